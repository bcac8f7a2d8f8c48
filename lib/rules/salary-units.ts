/**
 * The unit each authority states its salary thresholds in, the other unit it converts (if any), and
 * the threshold parameter in force (reference, "Corrections of 30 November 2026", §A). The check
 * itself is salary.ts.
 */
import { param } from './routes/shared';
import type { AuthorityId, IsoDate, ParameterUse } from './types';

export type SalaryPeriod = 'year' | 'month';

export interface SalaryUnitPolicy {
  /** The unit the authority states its thresholds in. */
  unit: SalaryPeriod;
  /**
   * The other unit the authority converts by a rule of its own, or null when it converts none. The
   * conversion may need more answers (Flanders: `job.posted`, then `job.thirteenthMonth`).
   */
  convertsFrom: SalaryPeriod | null;
}

const policies: Readonly<Record<AuthorityId, SalaryUnitPolicy>> = Object.freeze({
  flanders: Object.freeze({ unit: 'year', convertsFrom: 'month' }),
  brussels: Object.freeze({ unit: 'month', convertsFrom: null }),
  wallonia: Object.freeze({ unit: 'year', convertsFrom: null }),
  'german-speaking-community': Object.freeze({ unit: 'year', convertsFrom: null }),
});
const brusselsBeforeReform: SalaryUnitPolicy = Object.freeze({ unit: 'year', convertsFrom: null });

/**
 * Which salary unit the authority uses on `asOf` (today's rules when no date is given), and which
 * other unit it converts. Brussels has stated monthly base pay since 1 October 2024, annual gross pay
 * before (parameter brussels.salary.monthly-base-pay).
 */
export function salaryUnitPolicy(authority: AuthorityId, asOf?: IsoDate): SalaryUnitPolicy {
  if (authority === 'brussels' && asOf !== undefined && param('brussels.salary.monthly-base-pay', asOf).value === false) return brusselsBeforeReform;
  return policies[authority];
}

/**
 * The threshold parameter `<authority>.<key>` in force on `asOf`: Brussels states its amounts per
 * month since 1 October 2024 and per year before, in parameters of its own (`…-annual`).
 */
export function thresholdParam(authority: AuthorityId, key: string, asOf: IsoDate): ParameterUse {
  const annual = authority === 'brussels' && key !== 'executive.salary' && salaryUnitPolicy(authority, asOf).unit === 'year';
  return param(paramIds(authority, key)[annual ? 1 : 0], asOf);
}

/** The parameter ids `<authority>.<key>` and `<authority>.<key>-annual`, built once. */
const idMemo = new Map<AuthorityId, Map<string, readonly [string, string]>>();
function paramIds(authority: AuthorityId, key: string): readonly [string, string] {
  let byKey = idMemo.get(authority);
  if (!byKey) idMemo.set(authority, (byKey = new Map()));
  let ids = byKey.get(key);
  if (!ids) byKey.set(key, (ids = [`${authority}.${key}`, `${authority}.${key}-annual`] as const));
  return ids;
}
