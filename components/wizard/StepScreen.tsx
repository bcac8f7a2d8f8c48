/**
 * A question page, for the full site and the embedded mode alike (the embed pages of issue 4 render
 * this with mode="embed" and, for a preset that fixes the region, `fixedRegion`).
 */
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { isReachable, previousStep } from '@/lib/flow/next';
import { isStepId } from '@/lib/flow/questions';
import { flowHref, toQueryString, type SearchParamsInput } from '@/lib/flow/url';
import type { AuthorityId } from '@/lib/rules/types';
import { submitStep } from './actions';
import { BackLink } from './BackLink';
import { loadFlow } from './flow';
import { buildSpec, salaryUnitOf } from './spec';
import { formValuesFor } from './values';
import { StepForm } from './StepForm';
import type { StepFormState, WizardMode } from './types';

export interface StepScreenProps {
  locale: Locale;
  mode: WizardMode;
  step: string;
  searchParams: SearchParamsInput;
  fixedRegion?: AuthorityId;
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
  const spec = await buildSpec(step, ctx, tc('siteName'));

  // Changing an answer from "Check your answers": back goes there. A new follow-up question asked
  // after a change goes back to the previous question (the answers page would send it here again).
  const changing = ctx.params.returnTo === 'answers' && ctx.path.current === 'check-answers';
  const backTarget = changing ? 'check-answers' : previousStep(ctx.path, step);
  const backHref = flowHref(ctx.base, backTarget, backTarget === 'check-answers' ? { ...ctx.params, state: ctx.path.state } : ctx.params);

  const defaults = step === 'salary' ? { salaryPer: salaryUnitOf(ctx.authority) } : {};
  const initial: StepFormState = {
    values: formValuesFor(step, ctx.params, locale, defaults),
    issues: [],
    attempt: 0,
  };
  const action = submitStep.bind(null, {
    locale,
    mode,
    step,
    query: toQueryString(ctx.params).replace(/^\?/, ''),
    ...(fixedRegion ? { fixedRegion } : {}),
  });

  return (
    <div className={mode === 'embed' ? 'px-3' : 'mx-auto w-full max-w-3xl px-4'}>
      <BackLink href={backHref} label={tw('common.back')} />
      <main id="main-content" className={mode === 'embed' ? 'pb-6 pt-3' : 'pb-12 pt-6'}>
        <StepForm key={step} spec={spec} action={action} initial={initial} location={{ base: ctx.base, params: ctx.params, defaults }} />
      </main>
    </div>
  );
}
