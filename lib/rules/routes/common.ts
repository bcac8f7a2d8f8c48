/** Terms and checks that several routes share (qualification level, worker's age, yes/no answers). */
import { FAIL, PASS, missingT, unknownT, type Term } from '../tri';
import type { AnswerPath, CheckResult, ParameterUse } from '../types';
import { check, outcomeOf, req, sourcesOf } from './shared';

/** `worker.age < limit` (age is in whole years on asOf). */
export function ageBelowT(age: number | undefined, limit: number): Term {
  if (age === undefined) return missingT('worker.age');
  return age < limit ? PASS : FAIL;
}

/** A qualification check: EQF level of the worker's highest qualification at least `min`. */
export function eqfCheck(
  id: string,
  eqf: number | undefined,
  min: ParameterUse,
  extraSources: readonly string[] = [],
  path: AnswerPath = 'worker.highestQualificationEqf',
): CheckResult {
  const m = req(min);
  const t: Term = eqf === undefined ? missingT(path) : eqf >= m ? PASS : FAIL;
  const values: Record<string, number> = { min: m };
  if (eqf !== undefined) values.eqf = eqf;
  return check(id, t, outcomeOf(t), values, sourcesOf([min], extraSources), [min], 'qualification');
}

/** EQF ≥ min passes, exactly `uncertainAt` is rule-uncertain, lower fails. */
export function eqfWithUncertainT(eqf: number | undefined, min: number, uncertainAt: number | null): Term {
  if (eqf === undefined) return missingT('worker.highestQualificationEqf');
  if (eqf >= min) return PASS;
  if (uncertainAt !== null && eqf === uncertainAt) return unknownT('rule-uncertain');
  return FAIL;
}

export function ictRoleT(role: 'none' | 'specialist' | 'manager' | undefined): Term {
  if (role === undefined) return missingT('job.ictRole');
  return role === 'none' ? FAIL : PASS;
}

export function experienceT(years: number | undefined, min: number): Term {
  if (years === undefined) return missingT('worker.relevantExperienceYears');
  return years >= min ? PASS : FAIL;
}
