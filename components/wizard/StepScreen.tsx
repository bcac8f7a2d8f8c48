/**
 * A question page, for the full site and the embedded mode alike (the embed pages of issue 4 render
 * this with mode="embed" and, for a preset that fixes the region, `fixedRegion`).
 */
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isReachable, previousStep } from '@/lib/flow/next';
import { getQuestion, isStepId } from '@/lib/flow/questions';
import { flowHref, toQueryString, type SearchParamsInput } from '@/lib/flow/url';
import { submitStep } from './actions';
import { FlowPage } from './FlowPage';
import { loadFlow } from './flow';
import { buildSpec } from './spec';
import { StepForm } from './StepForm';
import type { ScreenProps, StepFormState } from './types';

export interface StepScreenProps extends ScreenProps {
  step: string;
}

/** A parameter of the page's URL that is not an answer (the occupation search's `q`). */
function extra(searchParams: SearchParamsInput, key: string): string | undefined {
  const v = searchParams instanceof URLSearchParams ? searchParams.get(key) : searchParams[key];
  return (Array.isArray(v) ? v[0] : v) ?? undefined;
}

export async function StepScreen({ locale, mode, step, searchParams, fixedRegion }: StepScreenProps) {
  const ctx = loadFlow(locale, mode, searchParams, fixedRegion);
  // Smart Answers: an unknown page, or one that is not on the path, sends the user to the right one.
  // (A redirect, not notFound(): Next.js 16 renders notFound() of a dynamic page on the client only,
  // which leaves a blank page without JavaScript.)
  if (!isStepId(step) || !isReachable(ctx.path, step)) {
    const target = ctx.path.current;
    redirect(flowHref(ctx.base, target, target === 'check-answers' ? { ...ctx.params, state: ctx.path.state } : ctx.params));
  }
  const tc = await getTranslations({ locale, namespace: 'common' });
  const tw = await getTranslations({ locale, namespace: 'wizard' });
  const spec = await buildSpec(step, ctx, tc('siteName'), { q: extra(searchParams, 'q') });

  // Changing an answer from "Check your answers" (or from the result): back goes there. A new
  // follow-up question asked after a change goes back to the previous question (the answers page
  // would send it here again).
  const returning = ctx.params.returnTo && ctx.path.current === 'check-answers' ? ctx.params.returnTo : undefined;
  const backTarget = returning === 'result' ? 'result' : returning === 'answers' ? 'check-answers' : previousStep(ctx.path, step);
  const backHref = flowHref(ctx.base, backTarget, backTarget === 'check-answers' || backTarget === 'result' ? { ...ctx.params, state: ctx.path.state } : ctx.params);

  const initial: StepFormState = { values: getQuestion(step).formValues(ctx.params.state, locale, ctx.authority), issues: [], attempt: 0 };
  const action = submitStep.bind(null, {
    locale,
    mode,
    step,
    query: toQueryString(ctx.params).replace(/^\?/, ''),
    ...(fixedRegion ? { fixedRegion } : {}),
  });

  return (
    <FlowPage mode={mode} back={{ href: backHref, label: tw('common.back') }}>
      <StepForm key={step} spec={spec} action={action} initial={initial} location={{ base: ctx.base, params: ctx.params }} />
    </FlowPage>
  );
}
