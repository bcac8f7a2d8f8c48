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

// ---------------------------------------------------------------------------
// Sources and parameters (the data layer)
// ---------------------------------------------------------------------------

/**
 * How far a figure can be trusted, as ../shared/reference/belgian-rules.md tags it.
 * `official`: stated on an official site; `secondary`: law firm, Big-4, payroll provider, serious press;
 * `derived`: computed by us from an official formula; `low`: aggregator or contradicting sources;
 * `conflicting`: sources disagree; `unverified`: not found in the sources we have, taken from the brief or the EMN baseline.
 */
export const confidences = ['official', 'secondary', 'derived', 'low', 'conflicting', 'unverified'] as const;
export type Confidence = (typeof confidences)[number];

/** Confidence levels for which the user is told to confirm the figure with the authority. */
export const confirmConfidences: readonly Confidence[] = ['low', 'conflicting', 'unverified'];

export type SourceKind = 'law' | 'decree' | 'official-page' | 'secondary' | 'eu-law';

export interface Source {
  id: string;
  title: string;
  url: string;
  /** Article or section, where there is one. */
  article?: string;
  kind: SourceKind;
  /** Date the source itself gives, or null when undated. */
  published: IsoDate | null;
  /** Date we checked the source. */
  checked: IsoDate;
  /**
   * The same page in the publisher's other language versions, where it has them (vlaanderen.be in
   * Dutch and English, economie-emploi.brussels in French, Dutch and English …). `title` and `url` above
   * are the version we cite; a reader sees the version in their own language when there is one.
   */
  localized?: Partial<Record<'nl' | 'fr' | 'de' | 'en', { title: string; url: string }>>;
}

export const units = ['EUR/year', 'EUR/month', 'EUR', 'weeks', 'months', 'days', 'eqf', 'fte', 'years', 'boolean', 'count'] as const;
export type Unit = (typeof units)[number];

/** One value of a parameter, valid from `from` to `to` (inclusive; open-ended when `to` is absent). */
export interface DatedValue<T = number | boolean | null> {
  from: IsoDate;
  to?: IsoDate;
  /** null = the rule does not exist in this period (for instance a fee not yet introduced). */
  value: T;
  confidence: Confidence;
  /** Source ids (see data/sources.ts). At least one. */
  sources: string[];
  /**
   * Year the amount was set for, when it is indexed yearly. A value used in a later year than
   * `indexedFor` is "carried forward" and the result says so.
   */
  indexedFor?: number;
  /** Short note for officials (English), for instance which source disagrees. */
  note?: string;
  /**
   * Where sources conflict (confidence `conflicting`): the other figure, and the sources that give it.
   * A check never resolves the band between `value` and `alternative` to the favourable figure: a
   * salary (or a period) inside it is `unknown` (rule-uncertain), and the answer shows both figures.
   */
  alternative?: T;
  alternativeSources?: string[];
}

export interface Parameter<T = number | boolean | null> {
  /** `<authority|federal|eu>.<route or topic>.<name>`, e.g. `wallonia.highly-skilled.salary-under-30`. */
  id: string;
  authority: AuthorityId | 'federal' | 'eu';
  unit: Unit;
  /** Plain-English description for the rules page and reviewers. */
  description: string;
  /** Official page where the user can confirm the figure. */
  officialUrl?: string;
  values: DatedValue<T>[];
}

/** A parameter value as used by one evaluation, shown to the user with its validity and sources. */
export interface ParameterUse {
  id: string;
  value: number | boolean | null;
  unit: Unit;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  confidence: Confidence;
  sources: string[];
  /** The value was set for an earlier year and still applies because no newer value is known. */
  carriedForward: boolean;
  /** The user must confirm this figure with the authority before relying on it. */
  mustConfirm: boolean;
  officialUrl?: string;
  /** The other figure where sources conflict (see DatedValue.alternative); its sources are in `sources`. */
  alternative?: number;
}

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
