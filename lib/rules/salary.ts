/**
 * Salary as each authority counts it (reference, "Corrections of 30 November 2026", §A).
 *
 * Each authority states its thresholds in its own unit: Brussels in monthly base pay (since
 * 1 October 2024), Flanders, Wallonia and the German-speaking Community in annual gross pay. Only
 * Flanders publishes a rule to convert the other unit (vlaanderen.be "wages and allowances": a
 * monthly salary × 13.92 when a 13th month is paid on top of double holiday pay; × 12 for a secondment
 * on a foreign contract). Elsewhere a salary in the other unit is never converted.
 */
import type { AuthorityId } from './types';

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

/** Which salary unit the authority uses, and which other unit it converts. */
export function salaryUnitPolicy(authority: AuthorityId): SalaryUnitPolicy {
  return policies[authority];
}
