/**
 * The bounds and value sets of the answers (../shared/api-contract.md), as plain data.
 *
 * answer-fields.ts builds one zod/mini schema per answer from these; answers.ts builds the API's
 * schema from those, and the wizard checks typed answers with the same schemas (lib/flow/kinds).
 */

export interface NumberRange {
  readonly min: number;
  /** true: the value must be greater than `min` (fte, salary), not equal to it. */
  readonly minExclusive?: boolean;
  readonly max: number;
  readonly integer: boolean;
}

export const answerRanges = {
  age: { min: 15, max: 100, integer: true },
  highestQualificationEqf: { min: 0, max: 8, integer: true },
  relevantExperienceYears: { min: 0, max: 7, integer: false },
  durationDays: { min: 1, max: 36_500, integer: true },
  salaryAmount: { min: 0, minExclusive: true, max: 10_000_000, integer: false },
  fte: { min: 0, minExclusive: true, max: 1, integer: false },
  requiredQualificationEqf: { min: 0, max: 8, integer: true },
  continuousWeeks: { min: 0, max: 520, integer: true },
} as const satisfies Record<string, NumberRange>;

export const residenceValues = [
  'abroad',
  'belgium-unlimited-labour-market',
  'belgium-other',
  'eu-long-term-resident',
  'uk-withdrawal-agreement',
] as const;

/** ISO 3166-1 alpha-2 shape (whether the code exists is lib/rules/data/countries.ts). */
/** The periods a salary can be given for. */
export const salaryPeriods = ['year', 'month'] as const;

export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
