/**
 * Date arithmetic on ISO strings (YYYY-MM-DD), without Date objects: the hot path of evaluate()
 * must not allocate Dates. Days are counted from 1970-01-01 with Howard Hinnant's civil-date
 * algorithms (proleptic Gregorian calendar).
 */
import { memoize } from './memo';
import type { IsoDate } from './types';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

export function parseIso(d: IsoDate): { y: number; m: number; day: number } {
  // charCode arithmetic: faster than split/parseInt and allocation-free apart from the result.
  const y =
    (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48);
  const m = (d.charCodeAt(5) - 48) * 10 + (d.charCodeAt(6) - 48);
  const day = (d.charCodeAt(8) - 48) * 10 + (d.charCodeAt(9) - 48);
  return { y, m, day };
}

export function yearOf(d: IsoDate): number {
  return (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48);
}

export function toIso(y: number, m: number, day: number): IsoDate {
  return `${y}-${pad2(m)}-${pad2(day)}`;
}

/** Days since 1970-01-01. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z0: number): IsoDate {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return toIso(y, m, d);
}

export function toDays(d: IsoDate): number {
  const { y, m, day } = parseIso(d);
  return daysFromCivil(y, m, day);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return civilFromDays(toDays(d) + n);
}

/** Days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDays(b) - toDays(a);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Adds calendar months; the day is clamped to the end of a shorter month (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const { y, m, day } = parseIso(d);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return toIso(ny, nm, Math.min(day, daysInMonth(ny, nm)));
}

/** Shortest number of days that `months` consecutive calendar months can last (6 → 181). */
export const minDaysOfMonths: (months: number) => number = memoize((months: number) => {
  let min = Infinity;
  // Any 4-year cycle contains every combination of start month and leap year.
  for (let start = 0; start < 48; start++) {
    let total = 0;
    for (let k = 0; k < months; k++) {
      const idx = start + k;
      const y = 2024 + Math.floor(idx / 12);
      total += daysInMonth(y, (idx % 12) + 1);
    }
    if (total < min) min = total;
  }
  return min;
});

// ---------------------------------------------------------------------------
// A contract length given in days, months or years, as days
// ---------------------------------------------------------------------------

export const durationUnits = ['days', 'months', 'years'] as const;
export type DurationUnit = (typeof durationUnits)[number];

/**
 * A contract length in days: months × 30.5 rounded up, years × 365.25 rounded (docs/RULES.md).
 *
 * Why: the rules count lengths in days (90 days or less is another procedure; the Blue Card needs
 * six months, which the rules compare in days), while an employer says "6 months" or "2 years".
 * 30.5 is the average length of a month (365.25 / 12 = 30.44) rounded up to the half day, so that
 * 6 months = 183 days; 365.25 is the average year, leap years included (4 years = 1,461 days).
 */
export function durationToDays(length: number, unit: DurationUnit): number {
  if (unit === 'days') return Math.round(length);
  if (unit === 'months') return Math.ceil(length * 30.5 - 1e-9);
  return Math.round(length * 365.25);
}
