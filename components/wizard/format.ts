/** Numbers, money and dates in each locale's conventions (nl-BE, fr-BE, de-BE, en-IE). */
import { formatLocale, type Locale } from '@/lib/i18n/locales';
import type { IsoDate } from '@/lib/rules/types';

export function formatDate(iso: IsoDate, locale: Locale): string {
  return new Intl.DateTimeFormat(formatLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export function formatMoney(amount: number, locale: Locale): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  return new Intl.NumberFormat(formatLocale[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(amount);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(formatLocale[locale], { maximumFractionDigits: 2 }).format(n);
}
