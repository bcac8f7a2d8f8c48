/**
 * A question's answer as form values, and back from the URL. Client-safe (no rules data, no
 * next-intl server): the server fills the form with it (StepScreen) and so does the browser when
 * the router restores a page whose URL holds a newer answer (StepForm).
 */
import { getQuestion, UNKNOWN, urlNumberParser, type AnswerKey, type FlowState, type StepId } from '@/lib/flow/questions';
import { numberForInput } from '@/lib/flow/numbers';
import type { FlowParams } from '@/lib/flow/query';
import type { Locale } from '@/lib/i18n/locales';

/** The keys of a step's form fields (the workplace page has only the postcode, the region page only the region). */
export function formKeysOf(step: StepId): readonly AnswerKey[] {
  return step === 'workplace' ? ['postcode'] : step === 'region' ? ['region'] : getQuestion(step).keys;
}

/** The form values that show the current answer of a step (numbers in the page's language). */
export function formValuesFor(step: StepId, params: FlowParams, locale: Locale, defaults: Partial<Record<AnswerKey, string>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const keys = formKeysOf(step);
  for (const key of keys) {
    const value = params.state[key] ?? defaults[key];
    if (value === undefined) continue;
    const isNumberField = ['length', 'salary', 'age', 'experience', 'ftePercent', 'weeks'].includes(key);
    // "I don't know" leaves a text field empty; a radio or select shows it as chosen.
    if (value === UNKNOWN && (isNumberField || key === 'publishedFrom')) continue;
    out[key] = isNumberField ? numberForInput(value, locale) : value;
  }
  return out;
}

/**
 * The answer to a step's question in a query string, as the URL codec reads it (its own validation),
 * or null when the URL holds none or one that does not validate.
 */
export function answerInQuery(step: StepId, search: string): FlowState | null {
  const sp = new URLSearchParams(search);
  const values: Record<string, string> = {};
  for (const key of formKeysOf(step)) {
    const v = sp.get(key);
    if (v !== null) values[key] = v;
  }
  if (Object.keys(values).length === 0) return null;
  const r = getQuestion(step).validate(values, urlNumberParser);
  return r.ok ? r.values : null;
}
