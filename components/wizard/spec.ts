/**
 * The description of a question page, with its texts translated on the server: the page's frame
 * here (title, caption, "why we ask", error messages) and the form from the question's kind
 * (lib/flow/kinds). Presentation only: which question comes next is lib/flow/next.ts.
 */
import { getTranslations } from 'next-intl/server';
import type { FormContext, SummaryContext, Translate } from '@/lib/flow/kinds/kind';
import { lookupsFor } from '@/lib/flow/lookups';
import { formKeysOf, getQuestion, type StepId } from '@/lib/flow/questions';
import { flowHref, toQueryString } from '@/lib/flow/url';
import type { AuthorityId } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/locales';
import type { FlowContext } from './flow';
import type { StepSpec } from './types';

export type WizardT = Awaited<ReturnType<typeof getTranslations<'wizard'>>>;

/** Values interpolated in a step's texts: the authority and its public employment service. */
export function stepValues(t: WizardT, authority: AuthorityId | null): Record<string, string> {
  const a = authority ?? 'flanders';
  return {
    authority: t(`common.authorities.${a}`),
    authorityName: t(`common.authorities.${a}`),
    pes: t(`common.pes.${a}`),
  };
}

/** The wizard's translator as the kinds see it (untyped keys), and one for a step's own texts. */
function translators(t: WizardT, step: StepId, authority: AuthorityId | null) {
  const values = stepValues(t, authority);
  const any: Translate = (key, v) => t(key as never, v as never) as string;
  const s: Translate = (key, v) => t(`steps.${step}.${key}` as never, { ...values, ...v } as never) as string;
  return { t: any, has: (key: string) => t.has(key as never), s, sHas: (key: string) => t.has(`steps.${step}.${key}` as never) };
}

/** What a question's summary needs (the check-your-answers page). */
export function summaryContext(t: WizardT, step: StepId, locale: Locale, authority: AuthorityId | null, asOf: string): SummaryContext {
  const { t: any, s } = translators(t, step, authority);
  return { locale, t: any, s, authority, lookups: lookupsFor(locale, authority, asOf) };
}

const codes = ['required', 'invalid', 'unknown', 'too_small', 'too_large', 'not_whole'];

export async function buildSpec(step: StepId, ctx: FlowContext, siteName: string, query: Record<string, string | undefined>): Promise<StepSpec> {
  const t = await getTranslations({ locale: ctx.locale, namespace: 'wizard' });
  const q = getQuestion(step);
  const tr = translators(t, step, ctx.authority);
  const hiddenParams = Object.fromEntries(new URLSearchParams(toQueryString(ctx.params)));
  const formContext: FormContext = {
    ...tr,
    locale: ctx.locale,
    authority: ctx.authority,
    asOf: ctx.asOf,
    state: ctx.params.state,
    href: (target) => flowHref(ctx.base, target as StepId, ctx.params),
    query,
    hiddenParams,
    lookups: lookupsFor(ctx.locale, ctx.authority, ctx.asOf),
  };
  const errors: Record<string, string> = {};
  for (const key of q.keys) {
    for (const code of codes) {
      const k = `errors.${key}.${code}`;
      if (t.has(k as never)) errors[`${key}.${code}`] = t(k as never) as string;
    }
  }
  const title = tr.s('title');
  return {
    step,
    locale: ctx.locale,
    authority: ctx.authority,
    title,
    documentTitle: `${title} – ${siteName}`,
    caption: t(`common.sections.${q.section}`),
    why: { summary: t('common.whyWeAsk'), text: tr.s('why') },
    form: q.form(formContext),
    keys: [...q.keys],
    formKeys: [...formKeysOf(step)],
    unknown: q.unknown,
    texts: {
      continue: t('common.continue'),
      or: t('common.or'),
      errorSummaryTitle: t('common.errorSummaryTitle'),
      errorPrefix: t('common.errorPrefix'),
      opensInNewTab: t('common.opensInNewTab'),
    },
    errors,
  };
}
