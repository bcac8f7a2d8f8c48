/**
 * A parameter value for people: "€48,912 per year", "9 weeks", "EQF level 5", "0.8 FTE".
 * The unit words come from messages (guide.units), numbers and money from lib/rules/format.ts.
 */
import type { Locale } from '@/lib/i18n/locales';
import { formatMoney, formatNumber } from '@/lib/rules/format';
import type { ParameterUse, Unit } from '@/lib/rules/types';

/** Translator for guide.units.* and guide.common.* (next-intl's `t` fits). */
export type UnitTranslator = (key: string, values?: Record<string, string | number>) => string;

const unitKey: Record<Unit, string> = {
  'EUR/year': 'eurYear',
  'EUR/month': 'eurMonth',
  EUR: 'eur',
  weeks: 'weeks',
  months: 'months',
  days: 'days',
  years: 'years',
  eqf: 'eqf',
  fte: 'fte',
  count: 'count',
  boolean: 'boolean',
};

export function formatValue(use: Pick<ParameterUse, 'value' | 'unit'>, locale: Locale, t: UnitTranslator): string {
  const { value, unit } = use;
  if (value === null) return t('common.noRule');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (unit === 'EUR/year' || unit === 'EUR/month' || unit === 'EUR') {
    return t(`units.${unitKey[unit]}`, { amount: formatMoney(locale, value) });
  }
  if (unit === 'weeks' || unit === 'months' || unit === 'days' || unit === 'years') {
    // ICU plural needs the number; the formatted figure is the same for whole numbers.
    return t(`units.${unitKey[unit]}`, { n: value });
  }
  if (unit === 'boolean') return t(value ? 'common.yes' : 'common.no');
  return t(`units.${unitKey[unit]}`, { n: formatNumber(locale, value) });
}

/** Money for a statement's ICU argument (no unit words): "€180". */
export function formatAmount(value: number, locale: Locale): string {
  return formatMoney(locale, value);
}
