/** Check your answers (GOV.UK pattern): a summary list with Change links that come back here. */
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/govuk/SummaryList';
import { evaluationFor, finalVerdicts, previousStep } from '@/lib/flow/next';
import { getQuestion } from '@/lib/flow/questions';
import { flowHref } from '@/lib/flow/url';
import { FlowPage } from './FlowPage';
import { loadFlow } from './flow';
import { summaryContext } from './spec';
import type { ScreenProps } from './types';

export async function CheckAnswersScreen({ locale, mode, searchParams, fixedRegion }: ScreenProps) {
  const ctx = loadFlow(locale, mode, searchParams, fixedRegion);
  if (ctx.path.current !== 'check-answers') redirect(flowHref(ctx.base, ctx.path.current, ctx.params));
  const t = await getTranslations({ locale, namespace: 'wizard' });
  const tc = await getTranslations({ locale, namespace: 'common' });
  const params = { ...ctx.params, state: ctx.path.state, returnTo: undefined };
  const evaluation = evaluationFor(ctx.path.state, ctx.asOf, ctx.options);
  const ended = evaluation !== null && (finalVerdicts as readonly string[]).includes(evaluation.verdict);
  const back = previousStep(ctx.path, 'check-answers');
  const title = t('checkAnswers.title');
  const rows = ctx.path.visited.map((step) => {
    const s = summaryContext(t, step, locale, ctx.authority, ctx.asOf);
    const key = s.s('summary');
    return {
      id: step,
      key,
      value: getQuestion(step).summary(ctx.path.state, s),
      change: { href: flowHref(ctx.base, step, { ...params, returnTo: 'answers' }), label: t('checkAnswers.change') },
    };
  });

  return (
    <FlowPage mode={mode} documentTitle={`${title} – ${tc('siteName')}`} back={{ href: flowHref(ctx.base, back, params), label: t('common.back') }}>
      <h1 className="mb-4 text-3xl font-bold">{title}</h1>
      <p className="mb-6">{ended ? t('checkAnswers.ended') : t('checkAnswers.lead')}</p>
      <SummaryList rows={rows} />
      <p className="mb-6 text-muted">{t('checkAnswers.privacy')}</p>
      <a href={flowHref(ctx.base, 'result', params)} className="btn">
        {t('checkAnswers.button')}
      </a>
    </FlowPage>
  );
}
