/**
 * Executives (leidinggevende / personnel de direction / Direktionspersonal). docs/RULES.md "executive".
 * Brussels has had no executive category since the reform of 1 October 2024 (Ordinance of
 * 1 February 2024): the route is offered there only before that date (recommend.ts offeredRoutes),
 * and its highly-skilled route says so.
 */
import { boolT } from '../tri';
import type { CheckResult, Condition } from '../types';
import { buildRoute, type RouteFn } from './build';
import { salaryCheck } from '../salary';
import { check, jobOf, outcomeOf, param } from './shared';
import { S } from './sourceIds';

export const executive: RouteFn = (answers, asOf, authority) => {
  const job = jobOf(answers);
  const checks: CheckResult[] = [];
  const conditions: Condition[] = [];
  const pageSource =
    authority === 'flanders' ? S.flandersExecutive : authority === 'wallonia' ? S.walloniaExecutive : authority === 'brussels' ? S.brusselsReform : S.dgHighlySkilled;

  const t = boolT(job.executive, 'job.executive');
  checks.push(check('executive-position', t, outcomeOf(t), undefined, [pageSource]));

  const s = salaryCheck({ authority, asOf, job, options: [{ use: param(`${authority}.executive.salary`, asOf), variant: 'general' }], extraSources: [pageSource] });
  checks.push(s.check);

  return buildRoute('executive', authority, answers, asOf, checks, conditions, s.hints);
};
