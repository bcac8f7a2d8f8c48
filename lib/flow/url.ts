/**
 * The answers ↔ query string codec (GOV.UK Smart Answers ADR 2: answers live in the URL only).
 *
 * - Keys are the short readable names of questions.ts `answerKeys` (also the form field names).
 * - Each question's values are checked with its own validation; a question whose values do not
 *   validate is dropped as a whole (it will be asked again). Unknown parameters are dropped.
 * - "I don't know" is stored as `unknown`, so the question counts as answered.
 * - `preset` (embedded mode) is carried through untouched; `asOf=YYYY-MM-DD` previews another date;
 *   `return=answers` sends a changed answer back to the check-your-answers page.
 * - Output is sorted, so one set of answers has one URL.
 */
import { isoDate } from '@/lib/rules/answers';
import { asOfMax, asOfMin } from '@/lib/rules/parse';
import type { IsoDate } from '@/lib/rules/types';
import { answerKeys, getQuestion, orderedQuestions, urlNumberParser, type AnswerKey, type FlowState, type Question, type StepId } from './questions';

export interface FlowParams {
  state: FlowState;
  /** Embedding preset id, passed through untouched (validated by the embed module). */
  preset?: string;
  /** Preview date. Absent: today in Brussels. */
  asOf?: IsoDate;
  /** After this answer, go back to the check-your-answers page. */
  returnTo?: 'answers';
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const answerKeySet = new Set<string>(answerKeys);

function first(input: SearchParamsInput, key: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(key) ?? undefined;
  const v = input[key];
  return Array.isArray(v) ? v[0] : v;
}

/** The values of one question read from the URL, or null when they do not validate. */
function readQuestion(q: Question, input: SearchParamsInput): FlowState | null {
  const values: Record<string, string> = {};
  let any = false;
  for (const key of q.keys) {
    const v = first(input, key);
    if (v !== undefined) {
      values[key] = v;
      any = true;
    }
  }
  if (!any) return null;
  // The workplace is given by postcode or by region: read whichever is there (postcode first).
  if (q.id === 'workplace') {
    if (values.postcode !== undefined) {
      const r = q.validate({ postcode: values.postcode }, urlNumberParser);
      if (r.ok) return r.values;
    }
    if (values.region !== undefined) {
      const r = getQuestion('region').validate({ region: values.region }, urlNumberParser);
      if (r.ok) return r.values;
    }
    return null;
  }
  const r = q.validate(values, urlNumberParser);
  return r.ok ? r.values : null;
}

const presetPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads the flow's parameters from a query string (URLSearchParams or Next's searchParams object). */
export function parseFlowParams(input: SearchParamsInput): FlowParams {
  const state: FlowState = {};
  for (const q of orderedQuestions) {
    const values = readQuestion(q, input);
    if (values) Object.assign(state, values);
  }
  const out: FlowParams = { state };
  const preset = first(input, 'preset');
  if (preset !== undefined && presetPattern.test(preset)) out.preset = preset;
  const asOf = first(input, 'asOf');
  // A preview date inside the range the rules cover (the same bounds as the API's asOf).
  if (asOf !== undefined && isoDate.safeParse(asOf).success && asOf >= asOfMin && asOf <= asOfMax) out.asOf = asOf;
  if (first(input, 'return') === 'answers') out.returnTo = 'answers';
  return out;
}

/** The query string for these parameters: sorted, without empty values; '' or '?a=b&…'. */
export function toQueryString(params: FlowParams): string {
  const sp = new URLSearchParams();
  for (const [key, value] of Object.entries(params.state)) {
    if (value !== undefined && answerKeySet.has(key)) sp.set(key, value);
  }
  if (params.preset) sp.set('preset', params.preset);
  if (params.asOf) sp.set('asOf', params.asOf);
  if (params.returnTo) sp.set('return', params.returnTo);
  sp.sort();
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** State with one question's keys replaced by new values (the other questions' answers kept). */
export function withAnswer(state: FlowState, q: Question, values: FlowState): FlowState {
  const next: FlowState = { ...state };
  for (const key of q.keys) delete next[key];
  // Answering the workplace by postcode or by region replaces both.
  if (q.id === 'workplace' || q.id === 'region') {
    delete next.postcode;
    delete next.region;
  }
  for (const [key, value] of Object.entries(values) as [AnswerKey, string | undefined][]) {
    if (value !== undefined) next[key] = value;
  }
  return next;
}

/** Where the flow's pages live: `/{locale}/check` on the site, `/{locale}/embed/check` when embedded. */
export interface FlowBase {
  /** Path of the question pages, without a trailing slash: `/en/check`. */
  check: string;
  /** Path of the start page: `/en`. */
  start: string;
}

export type FlowTarget = StepId | 'check-answers' | 'result' | 'start';

/** The URL of a page of the flow, with the answers in the query string. */
export function flowHref(base: FlowBase, target: FlowTarget, params: FlowParams): string {
  if (target === 'start') {
    // The start page carries only the embedding preset and the preview date, never answers.
    return `${base.start}${toQueryString({ state: {}, preset: params.preset, asOf: params.asOf })}`;
  }
  const path = target === 'check-answers' ? 'answers' : target;
  const query = toQueryString(target === 'check-answers' || target === 'result' ? { ...params, returnTo: undefined } : params);
  return `${base.check}/${path}${query}`;
}
