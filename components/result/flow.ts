/**
 * Everything the result pages take from the wizard's flow (lib/flow, components/wizard), in one
 * place: reading the answers from the URL, the links back into the flow, the answers in words.
 */
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { answerHref, stepForPath } from '@/lib/flow/paths';
import { getQuestion, toAnswers, type StepId } from '@/lib/flow/questions';
import { flowHref, type FlowParams, type SearchParamsInput } from '@/lib/flow/url';
import { assess, type AnswerPath, type Assessment, type AuthorityId } from '@/lib/rules';
import { newTabHint } from '@/components/govuk/ExternalLink';
import { flowBase, loadFlow, type FlowContext } from '@/components/wizard/flow';
import { summaryContext, type WizardT as FlowWizardT } from '@/components/wizard/spec';
import type { WizardMode } from '@/components/wizard/types';
import { loadTexts, textsOf, type Translate } from './texts';


export interface AnswerLink {
  /** The question page; answering it comes back to the result. */
  href: string;
  label: string;
}

export interface ResultContext {
  flow: FlowContext;
  assessment: Assessment;
  /** The `wizard` namespace's texts. */
  t: Translate;
  /** "(opens in a new tab)" for screen readers, one element for all the page's external links. */
  newTab: ReactElement;
  /** The answers on the path, without `return`: for links to the flow's pages. */
  params: FlowParams;
  href: (target: 'check-answers' | 'start' | 'result') => string;
  /** The page of one route of this result (same answers). */
  routeHref: (route: string) => string;
  /** The question that answers `path`; answering it comes back to the result. */
  answerLink: (path: AnswerPath) => AnswerLink;
  /** The answers given, in words, in the order they were asked (the check-your-answers rows). */
  answerRows: () => { step: StepId; label: string; value: string }[];
  /** The full site's result with the same answers (from an embedded page too): the link to share. */
  sharePath: string;
}

/**
 * Reads the answers of a result page. A flow that is not finished goes to its current question, as
 * on the check-your-answers page.
 */
export async function loadResult(locale: Locale, mode: WizardMode, searchParams: SearchParamsInput, fixedRegion?: AuthorityId): Promise<ResultContext> {
  const flow = loadFlow(locale, mode, searchParams, fixedRegion);
  if (flow.path.current !== 'check-answers') redirect(flowHref(flow.base, flow.path.current, flow.params));
  const answers = toAnswers(flow.path.state, flow.options, flow.asOf);
  if (!answers) redirect(flowHref(flow.base, 'workplace', flow.params));
  const assessment = assess(answers, locale, flow.asOf);
  await loadTexts();
  const t = textsOf(locale, 'wizard');
  // The flow's own helpers take next-intl's translator type; this one is called the same way.
  const tf = t as unknown as FlowWizardT;
  const params: FlowParams = { ...flow.params, state: flow.path.state, returnTo: undefined };
  const summaryOf = (step: StepId) => summaryContext(tf, step, locale, flow.authority, flow.asOf);
  const resultPath = flowHref(flow.base, 'result', params);
  const [path, query] = resultPath.split('?');
  // An embedded page's region fixed by its preset becomes the workplace answer; no preset.
  const shareState = fixedRegion ? { ...flow.path.state, region: fixedRegion } : flow.path.state;
  return {
    flow,
    assessment,
    t,
    newTab: newTabHint(t('result.opensInNewTab')),
    params,
    href: (target) => flowHref(flow.base, target, params),
    routeHref: (route) => `${path}/${route}${query ? `?${query}` : ''}`,
    answerLink: (p) => ({ href: answerHref(flow.base, p, params), label: summaryOf(stepForPath(p)).s('summary') }),
    answerRows: () =>
      flow.path.visited.map((step) => {
        const s = summaryOf(step);
        return { step, label: s.s('summary'), value: getQuestion(step).summary(flow.path.state, s) };
      }),
    sharePath: flowHref(flowBase(locale, 'site'), 'result', { state: shareState, asOf: flow.params.asOf }),
  };
}
