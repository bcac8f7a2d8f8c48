/** Check your answers (GOV.UK pattern): a summary list with Change links that come back here. */
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/govuk/SummaryList';
import type { Locale } from '@/lib/i18n/locales';
import { evaluationFor, finalVerdicts, previousStep } from '@/lib/flow/next';
import { getQuestion } from '@/lib/flow/questions';
import { flowHref, type SearchParamsInput } from '@/lib/flow/url';
import type { AuthorityId } from '@/lib/rules';
import { BackLink } from './BackLink';
import { loadFlow } from './flow';
import { summaryContext } from './spec';
import type { WizardMode } from './types';

export async function CheckAnswersScreen({
  locale,
  mode,
  searchParams,
  fixedRegion,
}: {
  locale: Locale;
  mode: WizardMode;
  searchParams: SearchParamsInput;
  fixedRegion?: AuthorityId;
}) {
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
    <div className={mode === 'embed' ? 'px-3' : 'mx-auto w-full max-w-3xl px-4'}>
      <title>{`${title} – ${tc('siteName')}`}</title>
      <BackLink href={flowHref(ctx.base, back, params)} label={t('common.back')} />
      <main id="main-content" className={mode === 'embed' ? 'pb-6 pt-3' : 'pb-12 pt-6'}>
        <h1 className="mb-4 text-3xl font-bold">{title}</h1>
        <p className="mb-6">{ended ? t('checkAnswers.ended') : t('checkAnswers.lead')}</p>
        <SummaryList rows={rows} />
        <p className="mb-6 text-muted">{t('checkAnswers.privacy')}</p>
        <a href={flowHref(ctx.base, 'result', params)} className="btn">
          {t('checkAnswers.button')}
        </a>
      </main>
    </div>
  );
}
