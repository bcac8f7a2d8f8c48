/** The answers in words, for the check-your-answers page. */
import { getQuestion, UNKNOWN, type FlowState, type StepId } from '@/lib/flow/questions';
import { formatDate, formatMoney, formatNumber } from '@/lib/rules/format';
import type { Locale } from '@/lib/i18n/locales';
import type { AuthorityId } from '@/lib/rules/types';
import type { WizardT } from './spec';

export function answerText(step: StepId, state: FlowState, locale: Locale, t: WizardT, authority: AuthorityId | null, values: Record<string, string>): string {
  const q = getQuestion(step);
  const v = state[q.keys[0]!];
  if (v === UNKNOWN) return t('answers.unknown');
  const option = (key: string) => t(`steps.${step}.options.${key}` as never, values as never) as string;
  switch (step) {
    case 'workplace':
    case 'region':
      if (state.postcode) {
        return t('answers.postcodeOnly', { postcode: state.postcode, authority: authority ? t(`steps.region.options.${authority}` as never) : '' });
      }
      return state.region ? t(`steps.region.options.${state.region}` as never) : '';
    case 'nationality':
      return v ? (new Intl.DisplayNames([locale], { type: 'region' }).of(v) ?? v) : '';
    case 'contract':
      if (v === 'open') return t('answers.open');
      return t('answers.fixed', { length: formatNumber(locale, Number(state.length)), unit: state.lengthUnit ?? 'months' });
    case 'salary':
      return t('answers.salary', { amount: formatMoney(locale, Number(v)), per: state.salaryPer ?? 'year' });
    case 'age':
      return formatNumber(locale, Number(v));
    case 'experience':
      return t('answers.years', { years: Number(v) });
    case 'publication-weeks':
      return t('answers.weeks', { weeks: Number(v) });
    case 'publication-start':
      return v ? formatDate(locale, v) : '';
    case 'qualification':
      return t(`levels.${v}` as never);
    case 'job-level':
      return v === 'none' ? t('jobLevels.none') : t(`levels.${v}` as never);
    case 'working-time':
      return v === 'part' ? t('answers.part', { percent: formatNumber(locale, Number(state.ftePercent)) }) : t('answers.full');
    default:
      if (v === 'yes' || v === 'no') return t(`answers.${v}`);
      return v ? option(v) : '';
  }
}
