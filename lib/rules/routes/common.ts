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
  const t = levelBetweenT(eqf, min, null, path);
  const values: Record<string, number> = { min: m };
  if (min.alternative !== undefined) values.alternative = min.alternative;
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

/**
 * The worker is not posted (seconded) by a foreign employer. `posted: true` fails; not answered,
 * unknown. Used where the law excludes secondment: the EU Blue Card (Directive 2021/1883 art. 3(2)),
 * the Flemish shortage and labour-market-test routes.
 */
export function notPostedCheck(posted: boolean | undefined, sources: readonly string[], textId: string): CheckResult {
  // Three possible results per message: built once, frozen and shared (the hot path of evaluate()).
  let byAnswer = notPostedMemo.get(textId);
  if (!byAnswer) notPostedMemo.set(textId, (byAnswer = []));
  const i = posted === undefined ? 0 : posted ? 1 : 2;
  let c = byAnswer[i];
  if (!c) {
    const t: Term = posted === undefined ? missingT('job.posted') : posted ? FAIL : PASS;
    c = byAnswer[i] = Object.freeze(check('not-posted', t, outcomeOf(t), undefined, Object.freeze([...sources]), [], textId));
  }
  return c;
}
/** Three results per message (not answered, posted, not posted), built once: a few fixed keys. */
const notPostedMemo = new Map<string, CheckResult[]>();

/**
 * A level between `minU` and `maxU` (both EQF). Where sources give another minimum (`alternative`),
 * a level between the two minimums is unknown (rule-uncertain), never the favourable reading.
 */
export function levelBetweenT(level: number | undefined, minU: ParameterUse, maxU: ParameterUse | null, path: AnswerPath): Term {
  if (level === undefined) return missingT(path);
  const min = req(minU);
  const alt = minU.alternative ?? min;
  if (maxU && level > req(maxU)) return FAIL;
  if (level >= Math.max(min, alt)) return PASS;
  if (level >= Math.min(min, alt)) return unknownT('rule-uncertain');
  return FAIL;
}
