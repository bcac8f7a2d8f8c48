/**
 * The answers ↔ query string codec (GOV.UK Smart Answers ADR 2: answers live in the URL only).
 *
 * - Keys are the short readable names of questions.ts `answerKeys` (also the form field names).
 * - Each question's values are checked with its own validation; a question whose values do not
 *   validate is dropped as a whole (it will be asked again). Unknown parameters are dropped.
 * - "I don't know" is stored as `unknown`, so the question counts as answered.
 * - `preset` (embedded mode) is carried through untouched; `asOf=YYYY-MM-DD` previews another date;
 *   `return=answers` sends a changed answer back to the check-your-answers page, `return=result` to
 *   the result (the links of what the result says is still needed).
 * - Output is sorted, so one set of answers has one URL.
 */
import { isIsoDate } from '@/lib/rules/answer-limits';
import { asOfMax, asOfMin } from '@/lib/rules/parse';
import { orderedQuestions, type FlowState, type Question } from './questions';
import { returnTargets, type FlowParams, type ReturnTarget } from './query';

// Writing a query string and the URLs of the flow's pages: lib/flow/query.ts (client-safe).
export { flowHref, toQueryString, withAnswer, type FlowBase, type FlowParams, type FlowTarget, type ReturnTarget } from './query';

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function first(input: SearchParamsInput, key: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(key) ?? undefined;
  const v = input[key];
  return Array.isArray(v) ? v[0] : v;
}

/** The values of one question read from the URL, or null when it holds none or they do not validate. */
function readQuestion(q: Question, input: SearchParamsInput): Record<string, string> | null {
  const values: Record<string, string> = {};
  for (const key of q.keys) {
    const v = first(input, key);
    if (v !== undefined) values[key] = v;
  }
  return Object.keys(values).length ? q.parse(values) : null;
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
  if (asOf !== undefined && isIsoDate(asOf) && asOf >= asOfMin && asOf <= asOfMax) out.asOf = asOf;
  const returnTo = first(input, 'return');
  if ((returnTargets as readonly string[]).includes(returnTo ?? '')) out.returnTo = returnTo as ReturnTarget;
  return out;
}
