/**
 * The `?asOf=YYYY-MM-DD` of the guide pages: which day's rules to show. Absent → today in Brussels.
 * A date before the rules data starts cannot be shown (no figure covers it); a date after the
 * period the coverage test proves is shown with a warning (the latest known figures apply).
 */
import { isIsoDate } from '@/lib/rules/answer-limits';
import { coverageEnd, coverageStart } from '@/lib/rules/params';
import type { IsoDate } from '@/lib/rules/types';

export interface AsOfChoice {
  /** The date used for the figures. */
  asOf: IsoDate;
  /** The date typed in the form (kept on error so the user can correct it). */
  input: string;
  error: 'invalid' | 'too-early' | null;
  beyondCoverage: boolean;
}

export function readAsOf(raw: string | string[] | undefined, today: IsoDate): AsOfChoice {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 32);
  if (value === undefined || value === '') {
    return { asOf: today, input: today, error: null, beyondCoverage: today > coverageEnd };
  }
  if (!isIsoDate(value)) return { asOf: today, input: value, error: 'invalid', beyondCoverage: today > coverageEnd };
  if (value < coverageStart) return { asOf: today, input: value, error: 'too-early', beyondCoverage: today > coverageEnd };
  return { asOf: value, input: value, error: null, beyondCoverage: value > coverageEnd };
}

export { coverageEnd, coverageStart };
