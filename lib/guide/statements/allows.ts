/**
 * What the permit allows (guide.guidance.statements.*). Where the reference is silent (changing
 * employer, the job ending early), the statement says so and cites the authority that decides.
 */
import type { GuideStatement } from './types';

const SHORT_STAY = 'federal.short-stay.max-days';

export const allowsStatements: GuideStatement[] = [
  { id: 'singlePermit', section: 'allows', sources: ['dofi-single-permit', 'workinginbelgium-fixed-term'], parameters: { days: SHORT_STAY } },
  { id: 'employerApplies', section: 'allows', sources: ['workinginbelgium-fixed-term', 'vlaanderen-special-service'] },
  { id: 'otherRegionNewApplication', section: 'allows', sources: ['cooperation-agreement-2018'] },
  { id: 'changeOfEmployer', section: 'allows', sources: ['directive-2024-1233', 'dofi-home'] },
  { id: 'jobEnds', section: 'allows', sources: ['dofi-home', 'workinginbelgium-index'] },
  {
    id: 'validityFlanders',
    section: 'allows',
    routes: ['highly-skilled', 'executive', 'intra-corporate-transfer'],
    authorities: ['flanders'],
    sources: ['vlaanderen-permit-validity'],
    parameters: { years: 'flanders.permit.max-validity-years' },
  },
  {
    id: 'validityBrussels',
    section: 'allows',
    authorities: ['brussels'],
    sources: ['bal-hrsquare-2019'],
    parameters: { years: 'brussels.permit.max-validity-years' },
  },
  {
    id: 'validityWallonia',
    section: 'allows',
    authorities: ['wallonia'],
    sources: ['bal-hrsquare-2019'],
    parameters: { years: 'wallonia.permit.max-validity-years' },
  },
  { id: 'validityNotFound', section: 'allows', authorities: ['german-speaking-community'], sources: ['ostbelgienlive-permits'] },
  {
    id: 'validityNotFoundFlanders',
    section: 'allows',
    routes: ['eu-blue-card', 'researcher', 'shortage-occupation', 'labour-market-test'],
    authorities: ['flanders'],
    sources: ['vlaanderen-special-service'],
  },
  {
    id: 'under30Clause',
    section: 'allows',
    routes: ['highly-skilled'],
    authorities: ['flanders'],
    sources: ['agii-2024', 'kpmg-2024-223'],
    parameters: { age: 'flanders.highly-skilled.reduced-under-age' },
  },
  { id: 'brusselsNoExecutive', section: 'allows', routes: ['executive', 'highly-skilled'], authorities: ['brussels'], sources: ['reliance-littler-2024'] },
  {
    id: 'blueCardContract',
    section: 'allows',
    routes: ['eu-blue-card'],
    sources: ['directive-2021-1883'],
    parameters: { months: 'eu.eu-blue-card.min-contract-months' },
  },
  { id: 'ictTransfer', section: 'allows', routes: ['intra-corporate-transfer'], sources: ['directive-2014-66'] },
  {
    id: 'ictPriorEmploymentFlanders',
    section: 'allows',
    routes: ['intra-corporate-transfer'],
    authorities: ['flanders'],
    sources: ['vlaanderen-ict'],
    parameters: { months: 'flanders.intra-corporate-transfer.min-prior-group-months' },
  },
  {
    id: 'researcherSinglePermit',
    section: 'allows',
    routes: ['researcher'],
    sources: ['expat-centre-limburg-2023-researchers', 'eu-immigration-portal'],
    parameters: { days: 'eu.researcher.decision-days' },
  },
  {
    id: 'researcherPostdocGermanSpeaking',
    section: 'allows',
    routes: ['researcher'],
    authorities: ['german-speaking-community'],
    sources: ['ostbelgienlive-exemptions'],
    parameters: { years: 'german-speaking-community.researcher.postdoc-max-years', days: SHORT_STAY },
  },
  {
    id: 'researcherPostdocWallonia',
    section: 'allows',
    routes: ['researcher'],
    authorities: ['wallonia'],
    sources: ['unamur-postdoc'],
    parameters: { years: 'wallonia.researcher.postdoc-max-years', days: SHORT_STAY },
  },
  {
    id: 'shortageNoTest',
    section: 'allows',
    routes: ['shortage-occupation'],
    // Each authority's official list (the page shows only the one of the workplace).
    sources: ['vlaanderen-medium-skilled-list', 'brussels-bottleneck-annexes', 'wallonia-faq-migration-list', 'ostbelgienlive-permits'],
    link: 'shortage-lists',
  },
  {
    id: 'labourMarketTest',
    section: 'allows',
    routes: ['labour-market-test'],
    authorities: ['flanders', 'brussels', 'wallonia'],
    sources: ['vandelanotte-2024-06-27', 'brussels-other-cases', 'wallonia-general-category'],
  },
  {
    id: 'labourMarketTestGermanSpeaking',
    section: 'allows',
    routes: ['labour-market-test'],
    authorities: ['german-speaking-community'],
    sources: ['ostbelgienlive-permits'],
  },
  {
    id: 'lmtWorkerAbroadFlanders',
    section: 'allows',
    routes: ['labour-market-test'],
    authorities: ['flanders'],
    sources: ['vlaanderen-other', 'vandelanotte-2024-06-27'],
  },
  {
    id: 'lmtNotEnteredWallonia',
    section: 'allows',
    routes: ['labour-market-test'],
    authorities: ['wallonia'],
    sources: ['wallonia-general-category', 'securex-2024'],
  },
  { id: 'alreadyInBelgiumFlanders', section: 'allows', authorities: ['flanders'], sources: ['info-integration', 'lexgo-2021'] },
  { id: 'permanentPermit', section: 'allows', sources: ['workinginbelgium-index', 'ostbelgienlive-permits'] },
];
