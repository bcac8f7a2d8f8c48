/**
 * Numbers, money, dates, lists and country names in the user's language, with Intl formatters built once
 * per locale from the site's one set of formats (lib/i18n/formats.ts, which next-intl registers for the
 * pages too) and the BCP 47 tags of lib/i18n/locales.ts (en → en-IE gives "€52,000", fr-BE "52 000 €").
 */
import { countryNames, formats } from '../i18n/formats';
import { formatLocale, type Locale } from '../i18n/locales';
import type { IsoDate } from './types';
import { parseIso } from './dates';
import { memoize } from './memo';

interface Formatters {
  moneyWhole: Intl.NumberFormat;
  moneyCents: Intl.NumberFormat;
  number: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  list: Intl.ListFormat;
}

export const formatters: (locale: Locale) => Formatters = memoize((locale) => {
  const tag = formatLocale[locale];
  return {
    moneyWhole: new Intl.NumberFormat(tag, formats.number.money),
    moneyCents: new Intl.NumberFormat(tag, formats.number.moneyCents),
    number: new Intl.NumberFormat(tag, formats.number.plain),
    percent: new Intl.NumberFormat(tag, formats.number.percent),
    date: new Intl.DateTimeFormat(tag, formats.dateTime.long),
    list: new Intl.ListFormat(tag, formats.list.and),
  };
});

/** €52,000 / €39,129.60: cents only when the amount has them. */
export function formatMoney(locale: Locale, amount: number): string {
  const f = formatters(locale);
  return Math.round(amount * 100) % 100 === 0 ? f.moneyWhole.format(amount) : f.moneyCents.format(amount);
}

export function formatNumber(locale: Locale, n: number): string {
  return formatters(locale).number.format(n);
}

/** A fraction as a percentage: 0.8 → "80%" / "80 %". */
export function formatPercent(locale: Locale, fraction: number): string {
  return formatters(locale).percent.format(fraction);
}

/** 21 November 2026 / 21 novembre 2026 / 21. November 2026. */
export function formatDate(locale: Locale, iso: IsoDate): string {
  const { y, m, day } = parseIso(iso);
  return formatters(locale).date.format(Date.UTC(y, m - 1, day));
}

export function formatList(locale: Locale, items: readonly string[]): string {
  return formatters(locale).list.format(items);
}

/** A country's name in the user's language ("India", "Inde", "Indien"), or the code when unknown. */
const countryNamesOf = memoize((locale: Locale) => new Intl.DisplayNames([formatLocale[locale]], countryNames));
export function formatCountry(locale: Locale, code: string): string {
  return countryNamesOf(locale).of(code) ?? code;
}

/** Today's date in Europe/Brussels as YYYY-MM-DD (the default asOf). */
const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });
export function todayInBrussels(now: Date = new Date()): IsoDate {
  const parts = brusselsDay.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
