/**
 * Every number, date, list and name format of the site, defined once. next-intl registers them for the
 * pages (lib/i18n/request.ts: `{amount, number, money}` in a message, or its formatter), and the rules'
 * presentation builds its formatters from the same definitions (lib/rules/format.ts), so a figure reads
 * the same in the API, on the result page and in the guide.
 */
import type { Formats } from 'use-intl/core';

export const formats = {
  number: {
    /** €52,000: whole euros. */
    money: { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 },
    /** €39,129.60: euros and cents. */
    moneyCents: { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    plain: { maximumFractionDigits: 2 },
    /** 0.8 → 80%. */
    percent: { style: 'percent', maximumFractionDigits: 1 },
  },
  dateTime: {
    /** 21 November 2026 / 21 novembre 2026 / 21. November 2026 (calendar dates, read in UTC). */
    long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  },
  list: {
    and: { style: 'long', type: 'conjunction' },
  },
} as const satisfies Formats;

/** Country names ("India", "Inde", "Indien"); the code itself when a name is unknown. */
export const countryNames = { type: 'region', fallback: 'code' } as const satisfies Intl.DisplayNamesOptions;
