/**
 * The wizard's questions, in the order they are asked. Pure data and functions: no React, no Next.js,
 * no eligibility (that is lib/rules). Safe to import in a client component (only zod and answers.ts).
 *
 * Each question names:
 *  - `id`: its URL slug (/{locale}/check/{id});
 *  - `paths`: the answer paths it sets (lib/rules/types.ts AnswerPath), used by next.ts to skip it
 *    when the rules no longer need those answers;
 *  - `keys`: the query-string keys it owns, which are also the form field names;
 *  - `kind`: how the page renders it;
 *  - `validate`: form values (strings) → its normalized URL values, or field errors (codes);
 *  - `apply`: its URL values → the rules' answers ("unknown" → missing answer, or "unsure" for the
 *    two shortage-list questions whose answer set has that value).
 */
import { answerRanges, COUNTRY_CODE, isIsoDate, rangeIssue, residenceValues, type NumberRange } from '@/lib/rules/answer-limits';
import type { Answers, Job, Vacancy, Worker } from '@/lib/rules/answers';
import { authorityIds, type AnswerPath, type AuthorityId } from '@/lib/rules/types';
import { countryCodes, isNationalityCode, userAssignedNationalityCodes } from '@/lib/rules/data/countries';
import { canonicalNumber, parseCanonicalNumber } from './numbers';

export const UNKNOWN = 'unknown';

/** Every query-string key the flow owns. Also the `name` of the form field. */
export const answerKeys = [
  'postcode',
  'region',
  'nationality',
  'residence',
  'employment',
  'contract',
  'length',
  'lengthUnit',
  'salary',
  'salaryPer',
  'age',
  'qualification',
  'experience',
  'jobLevel',
  'hqPosition',
  'nurseTeacher',
  'posted',
  'executive',
  'ict',
  'transfer',
  'researcher',
  'fte',
  'ftePercent',
  'shortageList',
  'pesShortageList',
  'published',
  'eures',
  'weeks',
  'publishedFrom',
  'support',
  'candidate',
] as const;
export type AnswerKey = (typeof answerKeys)[number];

/** The wizard's answers as they live in the URL: normalized strings, "unknown" for "I don't know". */
export type FlowState = Partial<Record<AnswerKey, string>>;

/** Raw form values (FormData or react-hook-form values). */
export type FormValues = Record<string, unknown>;

/** Field error: the field name and a message code (translated at the edge: wizard.errors.{field}.{code}). */
export interface FieldIssue {
  field: AnswerKey;
  code: string;
}

export type ValidationResult = { ok: true; values: FlowState } | { ok: false; issues: FieldIssue[] };

/** How a question's "I don't know" is given: a radio option, a secondary button, or not at all. */
export type UnknownStyle = 'option' | 'button' | 'none';

export type QuestionKind =
  | 'postcode'
  | 'region'
  | 'country'
  | 'choice'
  | 'duration'
  | 'salary'
  | 'number'
  | 'fte'
  | 'date';

export type NumberParser = (text: string) => number | null;

/** The rules' answers being built from the URL values (every section present; empty ones removed later). */
export interface DraftAnswers {
  workplace: Answers['workplace'] | undefined;
  worker: Worker;
  job: Job;
  vacancy: Vacancy;
}

export interface Question {
  id: StepId;
  paths: readonly AnswerPath[];
  keys: readonly AnswerKey[];
  kind: QuestionKind;
  /** Values of the main field (radio options or select values), without "unknown". */
  options: readonly string[];
  unknown: UnknownStyle;
  /** Another page that answers the same question (the region page for the workplace). */
  alternativeOf?: StepId;
  /** The question counts as answered (its main key holds a value). */
  isAnswered(state: FlowState): boolean;
  validate(values: FormValues, parse: NumberParser): ValidationResult;
  apply(state: FlowState, draft: DraftAnswers): void;
}

// ---------------------------------------------------------------------------
// Value sets
// ---------------------------------------------------------------------------

/** Highest qualification in plain words, from lowest to highest, and its EQF level. */
export const qualificationLevels = {
  none: 0,
  vocational: 3,
  secondary: 4,
  'short-cycle': 5,
  bachelor: 6,
  master: 7,
  doctorate: 8,
} as const;
export type QualificationLevel = keyof typeof qualificationLevels;
const qualificationOptions = Object.keys(qualificationLevels) as QualificationLevel[];

/** Residence options in the order shown (the common case first). */
export const residenceOptions = [
  'abroad',
  'belgium-other',
  'belgium-unlimited-labour-market',
  'eu-long-term-resident',
  'uk-withdrawal-agreement',
] as const satisfies readonly (typeof residenceValues)[number][];

export const durationUnits = ['days', 'months', 'years'] as const;
export type DurationUnit = (typeof durationUnits)[number];

/** Contract length in days: months × 30.5 rounded up, years × 365.25 rounded (docs/RULES.md). */
export function durationToDays(length: number, unit: DurationUnit): number {
  if (unit === 'days') return Math.round(length);
  if (unit === 'months') return Math.ceil(length * 30.5 - 1e-9);
  return Math.round(length * 365.25);
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function raw(values: FormValues, key: string): string | undefined {
  const v = values[key];
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') return undefined;
  const t = s.trim();
  return t === '' ? undefined : t;
}

function fail(field: AnswerKey, code: string): ValidationResult {
  return { ok: false, issues: [{ field, code }] };
}

/** A number field: required, parsed in the page's language, checked against the answers' range (answer-limits.ts). */
function readNumber(
  values: FormValues,
  key: AnswerKey,
  parse: NumberParser,
  range: NumberRange,
): { ok: true; n: number } | { ok: false; result: ValidationResult } {
  const s = raw(values, key);
  if (s === undefined) return { ok: false, result: fail(key, 'required') };
  const n = parse(s);
  if (n === null) return { ok: false, result: fail(key, 'invalid') };
  const code = rangeIssue(range, n);
  if (code) return { ok: false, result: fail(key, code) };
  return { ok: true, n };
}

const yesNo = ['yes', 'no'] as const;
const bool = (v: string | undefined): boolean | undefined => (v === 'yes' ? true : v === 'no' ? false : undefined);

function answeredBy(key: AnswerKey) {
  return (state: FlowState) => state[key] !== undefined;
}

interface ChoiceSpec {
  id: StepId;
  key: AnswerKey;
  paths: readonly AnswerPath[];
  options: readonly string[];
  unknown: UnknownStyle;
  apply(value: string | undefined, draft: DraftAnswers): void;
}

/** A one-radio-group question ("I don't know" is a last radio option when allowed). */
function choice(spec: ChoiceSpec): Question {
  const allowed = spec.unknown === 'none' ? spec.options : [...spec.options, UNKNOWN];
  return {
    id: spec.id,
    paths: spec.paths,
    keys: [spec.key],
    kind: 'choice',
    options: spec.options,
    unknown: spec.unknown,
    isAnswered: answeredBy(spec.key),
    validate(values) {
      const v = raw(values, spec.key);
      if (v === undefined || !allowed.includes(v)) return fail(spec.key, 'required');
      return { ok: true, values: { [spec.key]: v } };
    },
    apply(state, draft) {
      const v = state[spec.key];
      spec.apply(v === UNKNOWN ? undefined : v, draft);
    },
  };
}

function yesNoQuestion(
  id: StepId,
  key: AnswerKey,
  path: AnswerPath,
  set: (value: boolean | undefined, draft: DraftAnswers) => void,
): Question {
  return choice({ id, key, paths: [path], options: yesNo, unknown: 'option', apply: (v, d) => set(bool(v), d) });
}

/** A single number with an "I don't know" button. */
function numberQuestion(
  id: StepId,
  key: AnswerKey,
  path: AnswerPath,
  range: NumberRange,
  set: (value: number | undefined, draft: DraftAnswers) => void,
): Question {
  return {
    id,
    paths: [path],
    keys: [key],
    kind: 'number',
    options: [],
    unknown: 'button',
    isAnswered: answeredBy(key),
    validate(values, parse) {
      if (raw(values, key) === UNKNOWN) return { ok: true, values: { [key]: UNKNOWN } };
      const r = readNumber(values, key, parse, range);
      if (!r.ok) return r.result;
      return { ok: true, values: { [key]: canonicalNumber(r.n) } };
    },
    apply(state, draft) {
      const v = state[key];
      set(v === undefined || v === UNKNOWN ? undefined : Number(v), draft);
    },
  };
}


// ---------------------------------------------------------------------------
// The questions
// ---------------------------------------------------------------------------

export const stepIds = [
  'workplace',
  'region',
  'nationality',
  'residence',
  'employment',
  'contract',
  'salary',
  'age',
  'qualification',
  'experience',
  'job-level',
  'highly-qualified',
  'nurse-or-teacher',
  'posted',
  'executive',
  'ict',
  'transfer',
  'researcher',
  'working-time',
  'shortage-list',
  'pes-shortage-list',
  'vacancy',
  'eures',
  'publication-weeks',
  'publication-start',
  'recruitment-support',
  'candidate',
] as const;
export type StepId = (typeof stepIds)[number];

const workplace: Question = {
  id: 'workplace',
  paths: ['workplace'],
  keys: ['postcode', 'region'],
  kind: 'postcode',
  options: [],
  unknown: 'none',
  isAnswered: (s) => s.postcode !== undefined || s.region !== undefined,
  validate(values) {
    const v = raw(values, 'postcode');
    if (v === undefined) return fail('postcode', 'required');
    const compact = v.replace(/\s/g, '').replace(/^B-?/i, '');
    if (!/^\d{4}$/.test(compact)) return fail('postcode', 'invalid');
    return { ok: true, values: { postcode: compact } };
  },
  apply(state, draft) {
    if (state.postcode !== undefined) draft.workplace = { postcode: state.postcode };
    else if (state.region !== undefined) draft.workplace = { region: state.region as AuthorityId };
  },
};

const region: Question = {
  id: 'region',
  alternativeOf: 'workplace',
  paths: ['workplace'],
  keys: ['region', 'postcode'],
  kind: 'region',
  options: authorityIds,
  unknown: 'none',
  isAnswered: workplace.isAnswered,
  validate(values) {
    const v = raw(values, 'region');
    if (v === undefined || !(authorityIds as readonly string[]).includes(v)) return fail('region', 'required');
    return { ok: true, values: { region: v } };
  },
  apply: workplace.apply,
};

const nationality: Question = {
  id: 'nationality',
  paths: ['worker.nationality'],
  keys: ['nationality'],
  kind: 'country',
  options: [],
  unknown: 'option',
  isAnswered: answeredBy('nationality'),
  validate(values) {
    const v = raw(values, 'nationality');
    if (v === undefined) return fail('nationality', 'required');
    if (v === UNKNOWN) return { ok: true, values: { nationality: UNKNOWN } };
    const code = v.toUpperCase();
    if (!COUNTRY_CODE.test(code) || !isKnownCountry(code)) return fail('nationality', 'required');
    return { ok: true, values: { nationality: code } };
  },
  apply(state, draft) {
    const v = state.nationality;
    if (v !== undefined && v !== UNKNOWN) draft.worker.nationality = v;
  },
};

const residence = choice({
  id: 'residence',
  key: 'residence',
  paths: ['worker.residence'],
  options: residenceOptions,
  unknown: 'option',
  apply: (v, d) => {
    if (v) d.worker.residence = v as Worker['residence'];
  },
});

const employment = choice({
  id: 'employment',
  key: 'employment',
  paths: ['job.employment'],
  options: ['employee', 'self-employed'],
  unknown: 'none',
  apply: (v, d) => {
    if (v) d.job.employment = v as Job['employment'];
  },
});

const contract: Question = {
  id: 'contract',
  paths: ['job.durationDays'],
  keys: ['contract', 'length', 'lengthUnit'],
  kind: 'duration',
  options: ['open', 'fixed'],
  unknown: 'option',
  isAnswered: answeredBy('contract'),
  validate(values, parse) {
    const c = raw(values, 'contract');
    if (c === 'open' || c === UNKNOWN) return { ok: true, values: { contract: c } };
    if (c !== 'fixed') return fail('contract', 'required');
    const issues: FieldIssue[] = [];
    const s = raw(values, 'length');
    const unit = raw(values, 'lengthUnit');
    const n = s === undefined ? null : parse(s);
    if (s === undefined) issues.push({ field: 'length', code: 'required' });
    else if (n === null || n <= 0) issues.push({ field: 'length', code: n === null ? 'invalid' : 'too_small' });
    if (unit === undefined || !(durationUnits as readonly string[]).includes(unit)) issues.push({ field: 'lengthUnit', code: 'required' });
    if (issues.length) return { ok: false, issues };
    if (unit === 'days' && !Number.isInteger(n)) return fail('length', 'not_whole');
    const days = durationToDays(n!, unit as DurationUnit);
    const code = rangeIssue(answerRanges.durationDays, days);
    if (code) return fail('length', code);
    return { ok: true, values: { contract: 'fixed', length: canonicalNumber(n!), lengthUnit: unit! } };
  },
  apply(state, draft) {
    if (state.contract === 'open') draft.job.durationDays = null;
    else if (state.contract === 'fixed' && state.length && state.lengthUnit) {
      draft.job.durationDays = durationToDays(Number(state.length), state.lengthUnit as DurationUnit);
    }
  },
};

const salary: Question = {
  id: 'salary',
  paths: ['job.grossSalary'],
  keys: ['salary', 'salaryPer'],
  kind: 'salary',
  options: ['month', 'year'],
  unknown: 'button',
  isAnswered: answeredBy('salary'),
  validate(values, parse) {
    if (raw(values, 'salary') === UNKNOWN) return { ok: true, values: { salary: UNKNOWN } };
    const issues: FieldIssue[] = [];
    const r = readNumber(values, 'salary', parse, answerRanges.salaryAmount);
    if (!r.ok && !r.result.ok) issues.push(...r.result.issues);
    const per = raw(values, 'salaryPer');
    if (per !== 'year' && per !== 'month') issues.push({ field: 'salaryPer', code: 'required' });
    if (issues.length || !r.ok) return { ok: false, issues };
    return { ok: true, values: { salary: canonicalNumber(r.n), salaryPer: per! } };
  },
  apply(state, draft) {
    if (state.salary && state.salary !== UNKNOWN && (state.salaryPer === 'year' || state.salaryPer === 'month')) {
      draft.job.grossSalary = { amount: Number(state.salary), period: state.salaryPer };
    }
  },
};

const age = numberQuestion('age', 'age', 'worker.age', answerRanges.age, (v, d) => {
  if (v !== undefined) d.worker.age = v;
});

const qualification = choice({
  id: 'qualification',
  key: 'qualification',
  paths: ['worker.highestQualificationEqf'],
  options: qualificationOptions,
  unknown: 'option',
  apply: (v, d) => {
    if (v) d.worker.highestQualificationEqf = qualificationLevels[v as QualificationLevel];
  },
});

const experience = numberQuestion(
  'experience',
  'experience',
  'worker.relevantExperienceYears',
  answerRanges.relevantExperienceYears,
  (v, d) => {
    if (v !== undefined) d.worker.relevantExperienceYears = v;
  },
);

const jobLevel = choice({
  id: 'job-level',
  key: 'jobLevel',
  paths: ['job.requiredQualificationEqf'],
  options: qualificationOptions,
  unknown: 'option',
  apply: (v, d) => {
    if (v) d.job.requiredQualificationEqf = qualificationLevels[v as QualificationLevel];
  },
});

const highlyQualified = yesNoQuestion('highly-qualified', 'hqPosition', 'job.highlyQualifiedPosition', (v, d) => {
  if (v !== undefined) d.job.highlyQualifiedPosition = v;
});
const nurseOrTeacher = yesNoQuestion('nurse-or-teacher', 'nurseTeacher', 'job.nurseOrTeacher', (v, d) => {
  if (v !== undefined) d.job.nurseOrTeacher = v;
});
const posted = yesNoQuestion('posted', 'posted', 'job.posted', (v, d) => {
  if (v !== undefined) d.job.posted = v;
});
const executive = yesNoQuestion('executive', 'executive', 'job.executive', (v, d) => {
  if (v !== undefined) d.job.executive = v;
});

const ict = choice({
  id: 'ict',
  key: 'ict',
  paths: ['job.ictRole'],
  options: ['none', 'specialist', 'manager'],
  unknown: 'option',
  apply: (v, d) => {
    if (v) d.job.ictRole = v as Job['ictRole'];
  },
});

const transfer = choice({
  id: 'transfer',
  key: 'transfer',
  paths: ['job.intraCorporateTransfer'],
  options: ['none', 'manager', 'specialist', 'trainee'],
  unknown: 'option',
  apply: (v, d) => {
    if (v) d.job.intraCorporateTransfer = v === 'none' ? null : (v as 'manager' | 'specialist' | 'trainee');
  },
});

const researcher = yesNoQuestion('researcher', 'researcher', 'job.researcherHostingAgreement', (v, d) => {
  if (v !== undefined) d.job.researcherHostingAgreement = v;
});

const workingTime: Question = {
  id: 'working-time',
  paths: ['job.fte'],
  keys: ['fte', 'ftePercent'],
  kind: 'fte',
  options: ['full', 'part'],
  unknown: 'option',
  isAnswered: answeredBy('fte'),
  validate(values, parse) {
    const f = raw(values, 'fte');
    if (f === 'full' || f === UNKNOWN) return { ok: true, values: { fte: f } };
    if (f !== 'part') return fail('fte', 'required');
    const s = raw(values, 'ftePercent');
    if (s === undefined) return fail('ftePercent', 'required');
    const n = parse(s.replace(/%$/, ''));
    if (n === null) return fail('ftePercent', 'invalid');
    const code = rangeIssue(answerRanges.fte, n / 100);
    if (code) return fail('ftePercent', code);
    return { ok: true, values: { fte: 'part', ftePercent: canonicalNumber(n) } };
  },
  apply(state, draft) {
    if (state.fte === 'full') draft.job.fte = 1;
    else if (state.fte === 'part' && state.ftePercent) draft.job.fte = Number(state.ftePercent) / 100;
  },
};

/** The two shortage-list questions: "I don't know" is the answer set's own "unsure". */
function shortageQuestion(id: StepId, key: AnswerKey, path: AnswerPath, field: 'onMigrationShortageList' | 'onPesShortageList'): Question {
  const base = choice({ id, key, paths: [path], options: yesNo, unknown: 'option', apply: () => undefined });
  return {
    ...base,
    apply(state, draft) {
      const v = state[key];
      if (v === 'yes' || v === 'no') draft.job[field] = v;
      else if (v === UNKNOWN) draft.job[field] = 'unsure';
    },
  };
}

const shortageList = shortageQuestion('shortage-list', 'shortageList', 'job.onMigrationShortageList', 'onMigrationShortageList');
const pesShortageList = shortageQuestion('pes-shortage-list', 'pesShortageList', 'job.onPesShortageList', 'onPesShortageList');

const vacancy = yesNoQuestion('vacancy', 'published', 'vacancy.publishedWithPes', (v, d) => {
  if (v !== undefined) d.vacancy.publishedWithPes = v;
});
const eures = yesNoQuestion('eures', 'eures', 'vacancy.publishedOnEures', (v, d) => {
  if (v !== undefined) d.vacancy.publishedOnEures = v;
});
const publicationWeeks = numberQuestion(
  'publication-weeks',
  'weeks',
  'vacancy.continuousWeeks',
  answerRanges.continuousWeeks,
  (v, d) => {
    if (v !== undefined) d.vacancy.continuousWeeks = v;
  },
);

const publicationStart: Question = {
  id: 'publication-start',
  paths: ['vacancy.publishedFrom'],
  keys: ['publishedFrom'],
  kind: 'date',
  options: [],
  unknown: 'button',
  isAnswered: answeredBy('publishedFrom'),
  validate(values) {
    const v = raw(values, 'publishedFrom');
    if (v === undefined) return fail('publishedFrom', 'required');
    if (v === UNKNOWN) return { ok: true, values: { publishedFrom: UNKNOWN } };
    const iso = normalizeDate(v);
    if (!iso || !isIsoDate(iso)) return fail('publishedFrom', 'invalid');
    if (iso < '2000-01-01' || iso > '2100-12-31') return fail('publishedFrom', 'invalid');
    return { ok: true, values: { publishedFrom: iso } };
  },
  apply(state, draft) {
    const v = state.publishedFrom;
    if (v !== undefined && v !== UNKNOWN) draft.vacancy.publishedFrom = v;
  },
};

const recruitmentSupport = yesNoQuestion('recruitment-support', 'support', 'vacancy.pesRecruitmentSupport', (v, d) => {
  if (v !== undefined) d.vacancy.pesRecruitmentSupport = v;
});
const candidate = yesNoQuestion('candidate', 'candidate', 'vacancy.suitableCandidateFound', (v, d) => {
  if (v !== undefined) d.vacancy.suitableCandidateFound = v;
});

/** Every question page, in the order asked (the region page is the workplace's alternative). */
export const questions: readonly Question[] = [
  workplace,
  region,
  nationality,
  residence,
  employment,
  contract,
  salary,
  age,
  qualification,
  experience,
  jobLevel,
  highlyQualified,
  nurseOrTeacher,
  posted,
  executive,
  ict,
  transfer,
  researcher,
  workingTime,
  shortageList,
  pesShortageList,
  vacancy,
  eures,
  publicationWeeks,
  publicationStart,
  recruitmentSupport,
  candidate,
];

const byId = new Map(questions.map((q) => [q.id, q]));

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && byId.has(value as StepId);
}

export function getQuestion(id: StepId): Question {
  return byId.get(id)!;
}

/** The questions that nextStep chooses from (alternatives such as the region page excluded). */
export const orderedQuestions: readonly Question[] = questions.filter((q) => !q.alternativeOf);

/** The question a key belongs to (the workplace owns both postcode and region). */
export function questionOfKey(key: AnswerKey): Question {
  return orderedQuestions.find((q) => q.keys.includes(key))!;
}

/** A date typed as YYYY-MM-DD (date input) or D/M/YYYY, D.M.YYYY, D-M-YYYY (typed by hand). */
export function normalizeDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------
// Countries: the rules module's ISO 3166-1 list and Kosovo (XK). Names come from Intl.DisplayNames.
// ---------------------------------------------------------------------------

export function allCountryCodes(): readonly string[] {
  return nationalityCodes;
}

const nationalityCodes: readonly string[] = [...countryCodes, ...userAssignedNationalityCodes];

export function isKnownCountry(code: string): boolean {
  return isNationalityCode(code);
}

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

export interface FlowOptions {
  /** Region fixed by an embedding preset: the workplace question is skipped. */
  fixedRegion?: AuthorityId;
}

/**
 * The rules' answers for the given URL values. Null while the workplace is unknown (the rules need it).
 * "I don't know" becomes a missing answer (or "unsure" for the shortage lists).
 */
export function toAnswers(state: FlowState, options: FlowOptions = {}, asOf?: string): Answers | null {
  const draft: DraftAnswers = { workplace: undefined, worker: {}, job: {}, vacancy: {} };
  for (const q of orderedQuestions) q.apply(state, draft);
  if (options.fixedRegion) draft.workplace = { region: options.fixedRegion };
  if (!draft.workplace) return null;
  const answers: Answers = { workplace: draft.workplace };
  if (asOf) answers.asOf = asOf;
  if (Object.keys(draft.worker).length) answers.worker = draft.worker;
  if (Object.keys(draft.job).length) answers.job = draft.job;
  if (Object.keys(draft.vacancy).length) answers.vacancy = draft.vacancy;
  return answers;
}

/** The canonical number parser used for values read back from the URL. */
export const urlNumberParser: NumberParser = parseCanonicalNumber;
