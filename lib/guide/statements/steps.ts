/** After the employer's application: the steps in order (guide.guidance.statements.*). */
import type { GuideStatement } from './types';

export const stepStatements: GuideStatement[] = [
  {
    id: 'stepAdmissibility',
    section: 'steps',
    sources: ['myria-single-permit', 'brussels-single-permit-pages'],
    parameters: { completeDays: 'federal.processing.complete-file-days', forwardDays: 'federal.processing.forward-days' },
  },
  {
    id: 'stepDecision',
    section: 'steps',
    sources: ['myria-single-permit', 'brussels-single-permit-pages'],
    parameters: { days: 'federal.processing.max-days' },
  },
  {
    id: 'stepFastLane',
    section: 'steps',
    routes: ['highly-skilled'],
    authorities: ['flanders'],
    sources: ['fragomen-2025-05-13'],
    parameters: { days: 'flanders.processing.fast-lane-days', months: 'flanders.processing.fast-lane-chain-months' },
  },
  {
    id: 'stepWalloniaExamination',
    section: 'steps',
    authorities: ['wallonia'],
    sources: ['wallonia-what-to-do'],
    parameters: { workingDays: 'wallonia.processing.missing-documents-working-days', days: 'wallonia.processing.examination-days' },
  },
  { id: 'stepNotification', section: 'steps', authorities: ['flanders'], sources: ['vlaanderen-special-service'] },
  // The visa: at the Belgian post competent for the worker's usual residence (Law of 15 December 1980, art. 9).
  {
    id: 'stepVisa',
    section: 'steps',
    sources: ['dofi-visa-d', 'diplomatie-embassies', 'dofi-fee-faq'],
    parameters: { fee: 'federal.fee.visa-d' },
    link: 'embassies',
  },
  {
    id: 'stepArrival',
    section: 'steps',
    sources: ['dofi-visa-d', 'sotra-2024-04-26'],
    parameters: { registrationDays: 'federal.arrival.registration-days', days: 'federal.arrival.annex-46-max-days' },
  },
  { id: 'stepResidenceCard', section: 'steps', sources: ['dofi-procedure-guide', 'brussels-exemptions'] },
  // The filing times are given for Flanders only; elsewhere the guidance sends the worker to the authority.
  {
    id: 'stepRenewal',
    section: 'steps',
    authorities: ['flanders'],
    sources: ['vlaanderen-filing-timing', 'vreemdelingenrecht-filing-timing'],
    parameters: { monthsBefore: 'flanders.filing.earliest-months', monthsLatest: 'flanders.filing.renewal-latest-months' },
  },
  {
    id: 'stepRenewalAskAuthority',
    section: 'steps',
    authorities: ['brussels', 'wallonia', 'german-speaking-community'],
    sources: ['brussels-your-situation', 'wallonia-what-to-do', 'ostbelgienlive-permits'],
  },
];
