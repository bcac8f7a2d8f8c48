/**
 * Executives (leidinggevende / personnel de direction / Direktionspersonal). docs/RULES.md "executive".
 * Brussels has had no executive category since the reform of 1 October 2024 (Ordinance of
 * 1 February 2024): the route is left out there, and its highly-skilled route says so.
 */
import { boolT } from '../tri';
import type { CheckResult, Condition } from '../types';
import { buildRoute, type RouteFn } from './build';
import { check, condition, jobOf, num, outcomeOf, param, salaryCheck, sourcesOf, type SalarySpec } from './shared';
import { S } from './sourceIds';

export const executive: RouteFn = (answers, asOf, authority) => {
  if (authority === 'brussels') return null;
  const job = jobOf(answers);
  const checks: CheckResult[] = [];
  const conditions: Condition[] = [];
  const pageSource = authority === 'flanders' ? S.flandersExecutive : authority === 'wallonia' ? S.walloniaExecutive : S.dgHighlySkilled;

  const t = boolT(job.executive, 'job.executive');
  checks.push(check('executive-position', t, outcomeOf(t), undefined, [pageSource]));

  let spec: SalarySpec;
  if (authority === 'flanders') {
    spec = {
      authority,
      asOf,
      salary: job.grossSalary,
      per: 'year',
      divisor: param('flanders.highly-skilled.monthly-divisor', asOf),
      options: [{ use: param('flanders.executive.salary', asOf), variant: 'general' }],
    };
  } else {
    spec = { authority, asOf, salary: job.grossSalary, per: 'year', options: [{ use: param(`${authority}.executive.salary`, asOf), variant: 'general' }] };
  }
  spec.extraSources = [pageSource];
  const s = salaryCheck(spec);
  checks.push(s.check);

  if (authority === 'german-speaking-community') {
    // An executive employed by a headquarters is exempt from work authorisation above this amount
    // (ostbelgienlive.be exemption page).
    const ex = param('german-speaking-community.executive.exemption-salary', asOf);
    const v = num(ex);
    if (v !== null) conditions.push(condition('headquarters-exemption', sourcesOf([ex], [S.dgExemptions]), { amount: { money: v, per: 'year' } }));
  }
  return buildRoute('executive', authority, answers, asOf, checks, conditions, s.hints);
};
