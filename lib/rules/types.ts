/**
 * Types of the rules module. Pure data: no React, no Next.js.
 *
 * Two layers:
 *  - `Evaluation` is what the policy decides, language-neutral (message keys and values).
 *  - `Assessment` is the public contract of ../shared/api-contract.md, localized by `present()`.
 */

export const authorityIds = ['flanders', 'brussels', 'wallonia', 'german-speaking-community'] as const;
export type AuthorityId = (typeof authorityIds)[number];

export const routeIds = [
  'highly-skilled',
  'eu-blue-card',
  'executive',
  'intra-corporate-transfer',
  'researcher',
  'shortage-occupation',
  'labour-market-test',
] as const;
export type RouteId = (typeof routeIds)[number];

export const triValues = ['pass', 'fail', 'unknown'] as const;
export type Tri = (typeof triValues)[number];
export const routeStatuses = ['eligible', 'ineligible', 'unknown'] as const;
export type RouteStatus = (typeof routeStatuses)[number];
export const verdicts = ['permit-not-required', 'out-of-scope', 'eligible', 'not-eligible', 'undetermined'] as const;
export type Verdict = (typeof verdicts)[number];
export const verdictReasons = [
  'eea-national',
  'swiss-national',
  'uk-withdrawal-agreement',
  'unlimited-labour-market-access',
  'short-stay',
  'self-employed',
  // extensions (30 November 2026): the exemptions of reference §7
  'posted-by-eea-employer',
  'short-business-activities',
  'headquarters-executive',
  'post-doctoral-fellowship',
  'student-within-allowed-hours',
] as const;
export type VerdictReason = (typeof verdictReasons)[number];

/** ISO date, YYYY-MM-DD. Compared as strings (lexicographic order is date order). */
export type IsoDate = string;

/**
 * Path of one answer in the request, as in api-contract.md ("job.grossSalary", "worker.age").
 * The wizard asks a question when a check that still matters lists one of its paths in `missing`.
 */
export type AnswerPath =
  | 'workplace'
  | 'worker.nationality'
  | 'worker.age'
  | 'worker.highestQualificationEqf'
  | 'worker.relevantExperienceYears'
  | 'worker.residence'
  | 'worker.higherEducationDiplomaDate'
  | 'job.employment'
  | 'job.durationDays'
  | 'job.grossSalary'
  | 'job.fte'
  | 'job.requiredQualificationEqf'
  | 'job.highlyQualifiedPosition'
  | 'job.nurseOrTeacher'
  | 'job.ictRole'
  | 'job.executive'
  | 'job.intraCorporateTransfer'
  | 'job.researcherHostingAgreement'
  | 'job.onMigrationShortageList'
  | 'job.onPesShortageList'
  | 'job.posted'
  | 'job.postingEmployer'
  | 'job.thirteenthMonth'
  | 'job.shortBusinessActivities'
  | 'job.headquartersExecutive'
  | 'job.postDoctoralFellowship'
  | 'job.studentWithinAllowedHours'
  | 'job.shortageOccupation'
  | 'vacancy.publishedWithPes'
  | 'vacancy.publishedOnEures'
  | 'vacancy.continuousWeeks'
  | 'vacancy.publishedFrom'
  | 'vacancy.pesRecruitmentSupport'
  | 'vacancy.suitableCandidateFound';

// Sources and parameters (the data layer): parameter-types.ts.
export { confidences, confirmConfidences, units } from './parameter-types';
export type { Confidence, DatedValue, Parameter, ParameterUse, Source, SourceKind, Unit } from './parameter-types';
import type { ParameterUse } from './parameter-types';

// ---------------------------------------------------------------------------
// Evaluation (language-neutral)
// ---------------------------------------------------------------------------

/** Value interpolated into a message; `present()` formats it in the requested locale. */
export type MessageValue =
  | string
  | number
  | { money: number; per?: 'year' | 'month' }
  | { date: IsoDate }
  | { authority: AuthorityId }
  | { route: RouteId }
  /** ISO 3166-1 alpha-2 code, shown as the country's name in the user's language. */
  | { country: string }
  /** An occupation of data/shortage-lists.ts, by id: its title in the user's language. */
  | { occupation: string }
  /** A fraction shown as a percentage (working time: 0.8 → 80%). */
  | { percent: number }
  /** A message of its own, put into words first (for instance the pay and how it was counted). */
  | { message: Message };

export interface Message {
  /** Key in messages/{locale}/rules.json. */
  key: string;
  values?: Record<string, MessageValue>;
}

export const unknownBecauseValues = [
  'answer-missing', // the user has not answered (or said "I don't know")
  'unit-mismatch', // the salary was given per month where the authority uses a yearly amount, or the reverse
  'rule-data-missing', // the figure is not known for this authority and date
  'rule-uncertain', // sources disagree and the answer falls in the disputed band
] as const;
export type UnknownBecause = (typeof unknownBecauseValues)[number];

export interface CheckResult {
  id: string;
  status: Tri;
  text: Message;
  sources: string[];
  parameters: ParameterUse[];
  /** Answers that would decide this check. Empty unless status is `unknown` because of missing answers. */
  missing: AnswerPath[];
  unknownBecause?: UnknownBecause;
}

/** Something the authority assesses anyway and that no employer can answer in advance. */
export interface Condition {
  id: string;
  text: Message;
  sources: string[];
}

/** What would change the outcome ("a salary of €X or more would qualify"). */
export type Hint =
  | {
      kind: 'salary-at-least';
      /** The pay actually received that would meet the threshold (the highest figure that may apply). */
      amount: number;
      per: 'year' | 'month';
      checkId: string;
      /** The working time of the post, when part-time: the full-time salary needed is amount ÷ fte. */
      fte?: number;
      /** When the threshold depends on answers not given: every figure that may apply, lowest first. */
      alternatives?: { amount: number; variant: string }[];
      /** The answers that decide which figure applies. */
      dependsOn?: AnswerPath[];
    }
  | { kind: 'publish-longer'; weeksMore: number; until: IsoDate }
  | { kind: 'file-from'; date: IsoDate }
  | { kind: 'answer'; path: AnswerPath };

/** `federal` documents go to the Immigration Office (residence), `regional` to the competent authority. */
export const documentParts = ['federal', 'regional'] as const;

export interface DocumentRef {
  id: string;
  /** Key in messages/{locale}/rules.json under documents. */
  text: Message;
  /** Extra detail for this authority (for instance "every page of the passport"). */
  detail?: Message;
  sources: string[];
  part: (typeof documentParts)[number];
}

export const feePayers = ['employer', 'worker'] as const;

export interface FeeResult {
  id: string;
  amount: number;
  currency: 'EUR';
  payer: (typeof feePayers)[number];
  text: Message;
  parameter: ParameterUse;
  /** e.g. exempt for under-18s or Turkish nationals; then amount is 0. */
  exemption?: Message;
}

export interface ProcessingTime {
  targetDays: number | null;
  text: Message;
  parameter: ParameterUse | null;
}

export interface RouteResult {
  id: RouteId;
  status: RouteStatus;
  checks: CheckResult[];
  conditions: Condition[];
  documents: DocumentRef[];
  fees: FeeResult[];
  processingTime: ProcessingTime;
  earliestFilingDate: IsoDate | null;
  hints: Hint[];
  /**
   * Answers not given that could still change what this route advises, though not its status: its
   * documents and fees, and the figures of its hints (see lib/rules/relevance.ts).
   */
  adviceMissing: AnswerPath[];
}

export interface Evaluation {
  asOf: IsoDate;
  rulesVersion: IsoDate;
  authority: AuthorityId | null;
  /** Checks made before any route: exemptions (EEA, Swiss, UK WA, unlimited access) and other procedures. */
  preliminaryChecks: CheckResult[];
  verdict: Verdict;
  verdictReason: VerdictReason | null;
  recommendedRoute: RouteId | null;
  recommendation: Message | null;
  routes: RouteResult[];
  /** Answers that could still change the verdict or the recommended route (see lib/rules/relevance.ts). */
  openQuestions: AnswerPath[];
}
