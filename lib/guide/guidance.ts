/**
 * Guidance for the worker, per route: what the permit allows, what happens after the employer's
 * application, what the worker provides, family, and where to get help.
 *
 * Every statement is data: a message key (messages/{locale}/guide.json → guidance.statements.<id>)
 * and at least one source id. Figures that are rule parameters are read with `valueOn` on the page's
 * date (never copied here); figures the sources state that are not rule parameters are `values`.
 * Where the reference is silent (what happens when the job ends, changing employer, family
 * reunification), the statement says so and cites the authority that decides.
 *
 * Pure data and selection: no React, no Next.js.
 */
import { routeIds, type AuthorityId, type ParameterUse, type RouteId } from '@/lib/rules/types';

export const guideSectionIds = ['allows', 'steps', 'documents', 'family', 'help'] as const;
export type GuideSectionId = (typeof guideSectionIds)[number];

export interface GuideStatement {
  /** Message key under guide.guidance.statements. */
  id: string;
  section: GuideSectionId;
  /** Source ids (lib/guide/sources.ts resolves them). At least one. */
  sources: string[];
  /** Only on these route pages (default: every route). */
  routes?: readonly RouteId[];
  /** Only about these authorities (default: all). Shown with the authority's name. */
  authorities?: readonly AuthorityId[];
  /** ICU argument → rule parameter id, read with valueOn(id, asOf). The statement is left out when a value is null. */
  parameters?: Record<string, string>;
  /** ICU argument → a figure the sources state that is not a rule parameter. */
  values?: Record<string, number>;
  /** An internal page the statement points to. */
  link?: 'shortage-lists' | 'authorities';
}

export const guideStatements: GuideStatement[] = [
  // ------------------------------------------------------------------ what the permit allows
  {
    id: 'singlePermit',
    section: 'allows',
    sources: ['dofi-single-permit', 'workinginbelgium-fixed-term'],
    values: { days: 90 },
  },
  {
    id: 'employerApplies',
    section: 'allows',
    sources: ['workinginbelgium-fixed-term', 'vlaanderen-special-service'],
  },
  {
    id: 'otherRegionNewApplication',
    section: 'allows',
    sources: ['cooperation-agreement-2018'],
  },
  {
    id: 'changeOfEmployer',
    section: 'allows',
    sources: ['directive-2024-1233', 'dofi-home'],
  },
  {
    id: 'jobEnds',
    section: 'allows',
    sources: ['dofi-home', 'workinginbelgium-index'],
  },
  {
    id: 'validityFlanders',
    section: 'allows',
    routes: ['highly-skilled', 'executive', 'intra-corporate-transfer'],
    authorities: ['flanders'],
    sources: ['vlaanderen-permit-validity'],
    values: { years: 3 },
  },
  {
    id: 'validityBrusselsWallonia',
    section: 'allows',
    authorities: ['brussels', 'wallonia'],
    sources: ['bal-hrsquare-2019'],
    values: { years: 3 },
  },
  {
    id: 'validityNotFound',
    section: 'allows',
    authorities: ['german-speaking-community'],
    sources: ['ostbelgienlive-permits'],
  },
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
  {
    id: 'brusselsNoExecutive',
    section: 'allows',
    routes: ['executive', 'highly-skilled'],
    authorities: ['brussels'],
    sources: ['reliance-littler-2024'],
  },
  {
    id: 'blueCardContract',
    section: 'allows',
    routes: ['eu-blue-card'],
    sources: ['directive-2021-1883'],
    parameters: { months: 'eu.eu-blue-card.min-contract-months' },
  },
  {
    id: 'ictTransfer',
    section: 'allows',
    routes: ['intra-corporate-transfer'],
    sources: ['directive-2014-66'],
  },
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
    id: 'researcherPostdoc',
    section: 'allows',
    routes: ['researcher'],
    authorities: ['german-speaking-community', 'wallonia'],
    sources: ['ostbelgienlive-exemptions', 'unamur-postdoc'],
    values: { years: 3, days: 90 },
  },
  {
    id: 'shortageNoTest',
    section: 'allows',
    routes: ['shortage-occupation'],
    sources: ['vlaanderen-medium-skilled-list'],
    link: 'shortage-lists',
  },
  {
    id: 'labourMarketTest',
    section: 'allows',
    routes: ['labour-market-test'],
    sources: ['vandelanotte-2024-06-27', 'brussels-other-cases', 'wallonia-general-category'],
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
  {
    id: 'alreadyInBelgiumFlanders',
    section: 'allows',
    authorities: ['flanders'],
    sources: ['info-integration', 'lexgo-2021'],
  },
  {
    id: 'permanentPermit',
    section: 'allows',
    sources: ['workinginbelgium-index', 'ostbelgienlive-permits'],
  },

  // ------------------------------------------------------------------ after the application
  {
    id: 'stepAdmissibility',
    section: 'steps',
    sources: ['brussels-single-permit-pages', 'myria-single-permit'],
    values: { completeDays: 15, forwardDays: 15 },
  },
  {
    id: 'stepDecision',
    section: 'steps',
    sources: ['brussels-single-permit-pages', 'myria-single-permit'],
    parameters: { days: 'federal.processing.max-days' },
  },
  {
    id: 'stepFastLane',
    section: 'steps',
    routes: ['highly-skilled'],
    authorities: ['flanders'],
    sources: ['fragomen-2025-05-13'],
    parameters: { days: 'flanders.processing.fast-lane-days' },
    values: { months: 3 },
  },
  {
    id: 'stepWalloniaExamination',
    section: 'steps',
    authorities: ['wallonia'],
    sources: ['wallonia-what-to-do'],
    values: { workingDays: 15, days: 15 },
  },
  {
    id: 'stepNotification',
    section: 'steps',
    authorities: ['flanders'],
    sources: ['vlaanderen-special-service'],
  },
  {
    id: 'stepVisa',
    section: 'steps',
    sources: ['dofi-fee-faq'],
    parameters: { fee: 'federal.fee.visa-d' },
  },
  {
    id: 'stepArrival',
    section: 'steps',
    sources: ['sotra-2024'],
    values: { days: 90 },
  },
  {
    id: 'stepResidenceCard',
    section: 'steps',
    sources: ['dofi-procedure-guide', 'brussels-exemptions'],
  },
  {
    id: 'stepRenewal',
    section: 'steps',
    sources: ['vlaanderen-filing-timing', 'vreemdelingenrecht-filing-timing'],
    values: { monthsBefore: 6, monthsLatest: 2 },
  },

  // ------------------------------------------------------------------ what the worker provides
  {
    id: 'docPassport',
    section: 'documents',
    sources: ['dofi-single-permit'],
  },
  {
    id: 'docPassportBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['brussels-annexes-blue-card'],
  },
  {
    id: 'docCriminalRecord',
    section: 'documents',
    sources: ['dofi-single-permit'],
    values: { age: 18 },
  },
  {
    id: 'docCriminalRecordFlanders',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['vlaanderen-forms'],
    values: { months: 6 },
  },
  {
    id: 'docCriminalRecordBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['brussels-annexes-blue-card'],
    values: { months: 6 },
  },
  {
    id: 'docMedical',
    section: 'documents',
    sources: ['dofi-single-permit'],
  },
  {
    id: 'docMedicalFlanders',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['vlaanderen-forms'],
    values: { months: 6 },
  },
  {
    id: 'docMedicalBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['brussels-annexes-blue-card'],
    values: { months: 6 },
  },
  {
    id: 'docDiplomaFlanders',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['kpmg-2026-026'],
  },
  {
    id: 'docDiplomaGraduatesFlanders',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['vlaanderen-diploma-fr'],
  },
  {
    id: 'docDiplomaWallonia',
    section: 'documents',
    routes: ['highly-skilled'],
    authorities: ['wallonia'],
    sources: ['wallonia-highly-qualified'],
    values: { years: 3 },
  },
  {
    id: 'docDiplomaRecognition',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['naric-vlaanderen'],
  },
  {
    id: 'docHealthInsurance',
    section: 'documents',
    sources: ['dofi-single-permit'],
  },
  {
    id: 'docHealthInsuranceWallonia',
    section: 'documents',
    authorities: ['wallonia'],
    sources: ['wallonia-general-category', 'wallonia-decree-2024-06-06-art-15'],
  },
  {
    id: 'docContractBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['brussels-annexes-blue-card'],
  },
  {
    id: 'docResidenceBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['brussels-annexes-blue-card'],
  },
  {
    id: 'docLanguageFlanders',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['vlaanderen-forms'],
  },
  {
    id: 'docLanguageBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['brussels-annexes-blue-card'],
  },

  // ------------------------------------------------------------------ family
  {
    id: 'familyInsurance',
    section: 'family',
    sources: ['dofi-single-permit'],
  },
  {
    id: 'familyReunification',
    section: 'family',
    sources: ['dofi-home'],
  },

  // ------------------------------------------------------------------ help
  {
    id: 'helpCompetentAuthority',
    section: 'help',
    sources: ['cooperation-agreement-2018', 'pdg-municipalities'],
    link: 'authorities',
  },
  {
    id: 'helpWorkingInBelgium',
    section: 'help',
    sources: ['workinginbelgium-index'],
    values: { days: 90 },
  },
  {
    id: 'helpEuPortal',
    section: 'help',
    sources: ['eu-immigration-portal'],
  },
  {
    id: 'helpIntegration',
    section: 'help',
    sources: ['info-integration'],
  },
  {
    id: 'helpImmigrationOffice',
    section: 'help',
    sources: ['dofi-home'],
  },
];

/**
 * The statements of one route page. With `authority`, statements about other authorities are left
 * out; without it, every authority's statements are kept (each is labelled with its authority).
 */
export function statementsFor(route: RouteId, authority: AuthorityId | null): GuideStatement[] {
  return guideStatements.filter(
    (s) =>
      (s.routes === undefined || s.routes.includes(route)) &&
      (authority === null || s.authorities === undefined || s.authorities.includes(authority)),
  );
}

export function isRouteId(value: unknown): value is RouteId {
  return typeof value === 'string' && (routeIds as readonly string[]).includes(value);
}

export interface ResolvedStatement {
  statement: GuideStatement;
  /** ICU arguments: plain numbers, or amounts of money to format in the page's language. */
  args: Record<string, number | { money: number }>;
  /** The rule parameters the statement shows, as used on the page's date. */
  uses: ParameterUse[];
  /** The statement's sources followed by those of its parameters, without repeats. */
  sources: string[];
}

/**
 * Reads the figures of each statement from the rules parameters (`lookup` is `valueOn` on the
 * page's date, or a fixture in tests). A statement whose parameter is missing or has no value on
 * that date (the rule does not exist then) is left out rather than shown with a wrong figure.
 */
export function resolveStatements(
  statements: readonly GuideStatement[],
  lookup: (parameterId: string) => ParameterUse | undefined,
): ResolvedStatement[] {
  const out: ResolvedStatement[] = [];
  for (const statement of statements) {
    const args: ResolvedStatement['args'] = { ...(statement.values ?? {}) };
    const uses: ParameterUse[] = [];
    let ok = true;
    for (const [arg, id] of Object.entries(statement.parameters ?? {})) {
      const use = lookup(id);
      if (!use || typeof use.value !== 'number') {
        ok = false;
        break;
      }
      uses.push(use);
      args[arg] = use.unit.startsWith('EUR') ? { money: use.value } : use.value;
    }
    if (!ok) continue;
    const sources = [...new Set([...statement.sources, ...uses.flatMap((u) => u.sources)])];
    out.push({ statement, args, uses, sources });
  }
  return out;
}
