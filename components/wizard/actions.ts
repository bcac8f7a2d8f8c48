'use server';

/**
 * The server action of every question page (site and embedded). It checks the page's answer with
 * the question's own validation (its kind, lib/flow/kinds); on success it redirects (303) to the
 * next page with the answers in the query string; on failure it returns the errors and what was
 * typed, and the page is rendered again with the GOV.UK error pattern (also without JavaScript).
 *
 * Everything it receives is untrusted: the bound context is checked again here.
 */
import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/locales';
import { lookupsFor } from '@/lib/flow/lookups';
import { pathTo } from '@/lib/flow/next';
import { parseLocaleNumber } from '@/lib/flow/numbers';
import { formKeysOf, getQuestion, isStepId, UNKNOWN, type FieldIssue, type FormValues } from '@/lib/flow/questions';
import { flowHref, parseFlowParams, withAnswer } from '@/lib/flow/url';
import { lookupPostcode } from '@/lib/rules';
import { isStepActionInput } from '@/lib/security/action-input';
import { flowBase, isAuthorityId, todayInBrussels, workplaceOf } from './flow';
import { UNKNOWN_BUTTON, type StepFormState } from './types';

export interface StepActionContext {
  locale: string;
  mode: string;
  step: string;
  /** The query string of the page the form was on (the answers so far). */
  query: string;
  /** Region fixed by an embedding preset. */
  fixedRegion?: string;
}

export async function submitStep(context: StepActionContext, previous: StepFormState, formData: FormData): Promise<StepFormState> {
  // Hidden fields of the wrong shape (a forged post) get the page again, as it was: no 500.
  if (!isStepActionInput(context, previous, formData)) return { values: {}, issues: [], attempt: 1 };
  const { locale, step } = context;
  // A tampered context is not worth a 500: send the visitor back to the start of the tool.
  if (!isLocale(locale) || !isStepId(step)) redirect(`/${isLocale(locale) ? locale : 'en'}`);
  const mode = context.mode === 'embed' ? 'embed' : 'site';
  const fixedRegion = isAuthorityId(context.fixedRegion) ? context.fixedRegion : undefined;
  const options = fixedRegion ? { fixedRegion } : {};
  const params = parseFlowParams(new URLSearchParams(typeof context.query === 'string' ? context.query.slice(0, 4000) : ''));
  const question = getQuestion(step);
  const asOf = params.asOf ?? todayInBrussels();
  const { authority } = workplaceOf(params.state, options);

  const typed: Record<string, string> = {};
  for (const key of formKeysOf(step)) {
    const v = formData.get(key);
    if (typeof v === 'string') typed[key] = v.slice(0, 200);
  }
  const values: FormValues = formData.has(UNKNOWN_BUTTON) && question.unknown !== 'none' ? { [question.keys[0]!]: UNKNOWN } : typed;

  const result = question.validate(values, { parse: (s) => parseLocaleNumber(s, locale), authority, state: params.state });
  let issues: FieldIssue[] = result.ok ? [] : result.issues;
  // Server-only checks against data the browser does not get: a Belgian postcode, an occupation of the list.
  if (result.ok && result.values.postcode !== undefined && !lookupPostcode(result.values.postcode)) {
    issues = [{ field: 'postcode', code: 'unknown' }];
  }
  if (result.ok && result.values.occupation !== undefined) {
    const list = lookupsFor(locale, authority, asOf).shortageList('migration');
    if (!list?.occupations.some((o) => o.id === result.values.occupation)) issues = [{ field: 'shortageList', code: 'required' }];
  }
  if (!result.ok || issues.length) {
    return { values: typed, issues, attempt: (typeof previous?.attempt === 'number' ? previous.attempt : 0) + 1 };
  }

  const state = withAnswer(params.state, question, result.values);
  const path = pathTo(state, asOf, options);
  const base = flowBase(locale, mode);
  if (path.current === 'check-answers') {
    // At the end, the URL keeps only the answers on the path (abandoned branches dropped); a
    // "still needed" link of the result returns to the result.
    redirect(flowHref(base, params.returnTo === 'result' ? 'result' : 'check-answers', { ...params, state: path.state, returnTo: undefined }));
  }
  // On the way, later answers stay in the URL, so going back and forth never loses them.
  redirect(flowHref(base, path.current, { ...params, state }));
}
