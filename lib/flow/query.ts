/**
 * The client-safe half of the URL codec: answers → query string, one answer replaced, the URL of a
 * page of the flow. Pure functions that load no question (types only), so the question form can
 * compute, in the browser, the URL of the page it is on with its own answer
 * (components/wizard/useStepForm.ts) without loading the questions' checks. Reading a query string (parseFlowParams) is lib/flow/url.ts,
 * which re-exports everything here.
 */
import type { IsoDate } from '@/lib/rules/types';
import type { AnswerKey, FlowState, Question, StepId } from './questions';

/** `return=answers` (a Change link of check your answers) or `return=result` (a "still needed" link of the result). */
export const returnTargets = ['answers', 'result'] as const;
export type ReturnTarget = (typeof returnTargets)[number];

export interface FlowParams {
  state: FlowState;
  /** Embedding preset id, passed through untouched (validated by the embed module). */
  preset?: string;
  /** Preview date. Absent: today in Brussels. */
  asOf?: IsoDate;
  /** After this answer, go back to the check-your-answers page, or to the result (a "still needed" link). */
  returnTo?: ReturnTarget;
}

/** Parameters of the flow's URLs that are not answers: never written as answers. */
const notAnswers = new Set(['preset', 'asOf', 'return', 'q']);

/** The query string for these parameters: sorted, without empty values; '' or '?a=b&…'. */
export function toQueryString(params: FlowParams): string {
  const sp = new URLSearchParams();
  for (const [key, value] of Object.entries(params.state)) {
    if (value !== undefined && !notAnswers.has(key)) sp.set(key, value);
  }
  if (params.preset) sp.set('preset', params.preset);
  if (params.asOf) sp.set('asOf', params.asOf);
  if (params.returnTo) sp.set('return', params.returnTo);
  sp.sort();
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** State with one question's keys replaced by new values (the other questions' answers kept). */
export function withAnswer(state: FlowState, q: Pick<Question, 'id' | 'keys'>, values: Readonly<Record<string, string | undefined>>): FlowState {
  const next: FlowState = { ...state };
  for (const key of q.keys) delete next[key as AnswerKey];
  // Answering the workplace by postcode or by region replaces both.
  if (q.id === 'workplace' || q.id === 'region') {
    delete next.postcode;
    delete next.region;
  }
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && !notAnswers.has(key)) next[key as AnswerKey] = value;
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
