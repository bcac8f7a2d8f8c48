/**
 * What every question kind provides (lib/flow/kinds/*.ts): one home per kind for parsing the URL,
 * validating the form, applying the answer to the rules' answers, the form fields, the form values
 * and the check-your-answers summary. Pure TypeScript: no React, no Next.js, no rules data (the
 * server hands look-ups in through `Lookups`), so a kind is safe in the browser.
 */
import type * as z from 'zod/mini';
import type { Locale } from '@/lib/i18n/locales';
import type { Job, Vacancy, Worker, Answers } from '@/lib/rules/answers';
import type { ShortageList, ShortageListKind, ShortageOccupation, TitleLanguage } from '@/lib/rules/data/shortage-lists';
import type { AnswerPath, AuthorityId, IsoDate } from '@/lib/rules/types';
import type { QuestionForm } from '../form';
import { parseCanonicalNumber } from '../numbers';

/** "I don't know", as the URL keeps it (the question then counts as answered). */
export const UNKNOWN = 'unknown';

/** Answers as the URL holds them: normalized strings by query-string key. */
export type State = Readonly<Partial<Record<string, string>>>;
/** Raw form values (FormData entries or react-hook-form values). */
export type FormValues = Record<string, unknown>;

/** A field error: the field name and a message code (translated at the edge: wizard.errors.{field}.{code}). */
export interface FieldIssue {
  field: string;
  code: string;
}
export type ValidationResult = { ok: true; values: Record<string, string> } | { ok: false; issues: FieldIssue[] };
export type NumberParser = (text: string) => number | null;

/** How "I don't know" is given: a last radio option (or select option), a secondary button, or not at all. */
export type UnknownStyle = 'option' | 'button' | 'none';

/** The caption above a question: which part of the check it belongs to. */
export type Section = 'case' | 'workplace' | 'candidate' | 'job' | 'vacancy';

/** What a check may depend on besides the typed values. */
export interface CheckContext {
  /** Reads a number as typed in the page's language (or the canonical form of the URL). */
  parse: NumberParser;
  /** The competent authority (it decides the salary's unit), or null when unknown. */
  authority: AuthorityId | null;
  /** The other answers (the salary page asks about a 13th month unless the worker is posted). */
  state: State;
}

/** The rules' answers being built from the URL values (every section present; empty ones removed later). */
export interface DraftAnswers {
  workplace: Answers['workplace'] | undefined;
  worker: Worker;
  job: Job;
  vacancy: Vacancy;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Look-ups in the rules data, done on the server and handed to the kinds that need them. */
export interface Lookups {
  /** The authority's list of this kind in force on the page's date (or its newest). */
  shortageList(kind: ShortageListKind): ShortageList | undefined;
  officialListUrl(kind: ShortageListKind): string | null;
  /** The site's page of shortage lists, for this authority. */
  listsPageHref(kind: ShortageListKind): string;
  /** Occupations of `list` whose title in any of the four languages matches every word of `query`. */
  searchOccupations(list: ShortageList, query: string): { occupation: ShortageOccupation; matchedIn: TitleLanguage[] }[];
  /** Text folded for matching (no accents, lower case), the same folding the search uses. */
  fold(text: string): string;
  /** A date in the page's language ("1 January 2026"). */
  formatDate(date: IsoDate): string;
  formatMoney(amount: number): string;
  formatNumber(n: number): string;
}

export interface FormContext {
  locale: Locale;
  /** The wizard's messages (messages/{locale}/wizard.json). */
  t: Translate;
  has(key: string): boolean;
  /** This question's own messages (wizard.steps.{id}.…), with the authority's names available as values. */
  s: Translate;
  sHas(key: string): boolean;
  authority: AuthorityId | null;
  asOf: IsoDate;
  state: State;
  /** The URL of another page of the flow, with the answers. */
  href(step: string): string;
  /** Parameters of the page's URL that are not answers (the occupation search's `q`). */
  query: Readonly<Record<string, string | undefined>>;
  /** The page URL's parameters, for the hidden fields of a GET form on the page. */
  hiddenParams: Record<string, string>;
  lookups: Lookups;
}

export interface SummaryContext {
  locale: Locale;
  t: Translate;
  s: Translate;
  authority: AuthorityId | null;
  lookups: Lookups;
}

export interface Question<Id extends string = string, Key extends string = string> {
  /** The URL slug: /{locale}/check/{id}. */
  id: Id;
  /** The query-string keys it owns, which are also its form fields' names. */
  keys: readonly Key[];
  /** The answer paths it sets (lib/rules/types.ts): the flow asks it when the rules need one of them. */
  paths: readonly AnswerPath[];
  section: Section;
  unknown: UnknownStyle;
  /** Asked first, whatever the rules need (the kind of move). */
  always?: boolean;
  /** Also asked, in its place, whenever these answers call for it (the role of a group transfer defines the case). */
  askedWhen?: (state: State) => boolean;
  /** Another page that answers the same question (the region page for the workplace). */
  alternativeOf?: string;
  /** The keys its form shows (the workplace page has only the postcode). Default: `keys`. */
  formKeys?: readonly Key[];
  /** The question counts as answered (an answer that no longer fits, like a salary in the wrong unit, does not). */
  isAnswered(state: State, authority: AuthorityId | null): boolean;
  /** Its values read from a URL (canonical numbers), normalized, or null when they do not validate. */
  parse(values: Readonly<Record<string, string>>): Record<string, string> | null;
  /** Its form's values checked: the values for the URL, or every problem at once. */
  validate(values: FormValues, ctx: CheckContext): ValidationResult;
  /** Its URL values → the rules' answers ("unknown" → missing answer). */
  apply(state: State, draft: DraftAnswers): void;
  form(ctx: FormContext): QuestionForm;
  /** The values its form shows for the current answer (numbers written in the page's language). */
  formValues(state: State, locale: Locale, authority: AuthorityId | null): Record<string, string>;
  /** The answer in words, for the check-your-answers page. */
  summary(state: State, ctx: SummaryContext): string;
}

// ---------------------------------------------------------------------------
// Helpers shared by the kinds
// ---------------------------------------------------------------------------

/** A form value as trimmed text, or undefined when empty. */
export function raw(values: FormValues | Readonly<Record<string, string>>, key: string): string | undefined {
  const v = (values as FormValues)[key];
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') return undefined;
  const t = s.trim();
  return t === '' ? undefined : t;
}

export function fail(field: string, code: string): ValidationResult {
  return { ok: false, issues: [{ field, code }] };
}

/** The wizard's message code for a value the answer's zod schema refuses. */
export function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') return 'too_small';
  if (issue.code === 'too_big') return 'too_large';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'not_whole';
  return 'invalid';
}

/** A value checked with the answer's own schema (lib/rules/answer-fields.ts): null, or the message code. */
export function schemaIssue(schema: z.ZodMiniType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : issueCode(r.error.issues[0]!);
}

/** A required number field: typed in the page's language, checked with the answer's schema. */
export function readNumber(values: FormValues, key: string, parse: NumberParser, schema: z.ZodMiniType, scale = 1): { n: number } | { issue: FieldIssue } {
  const s = raw(values, key);
  if (s === undefined) return { issue: { field: key, code: 'required' } };
  const n = parse(s);
  if (n === null) return { issue: { field: key, code: 'invalid' } };
  const code = schemaIssue(schema, n / scale);
  return code ? { issue: { field: key, code } } : { n };
}

/** `{ [key]: value }`, or nothing when the value is missing (a question's form values). */
export function valueOf(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}

/** yes → true, no → false, anything else (unknown, missing) → undefined. */
export function bool(v: string | undefined): boolean | undefined {
  return v === 'yes' ? true : v === 'no' ? false : undefined;
}

/** Reading a URL is validating its canonical values (numbers with a point, no grouping). */
export function parsed(q: Pick<Question, 'validate'>, values: Readonly<Record<string, string>>): Record<string, string> | null {
  const r = q.validate(values, { parse: parseCanonicalNumber, authority: null, state: {} });
  return r.ok ? r.values : null;
}
