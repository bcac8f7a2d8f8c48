/**
 * EU Blue Card (Directive (EU) 2021/1883). docs/RULES.md "eu-blue-card".
 */
import { andT, orT, FAIL, PASS, missingT, unknownT, type Term } from '../tri';
import type { CheckResult, Hint } from '../types';
import { buildRoute, type RouteFn } from './build';
import { experienceT, ictRoleT } from './common';
import { minDaysOfMonths } from '../dates';
import { check, jobOf, outcomeOf, param, reducedOptions, req, salaryCheck, sourcesOf, workerOf, type SalarySpec } from './shared';
import { S } from './sourceIds';

/**
 * Wallonia's "junior" Blue Card amount is for workers with under 3 years' experience (Brussels Times,
 * 26 Feb 2026, citing KPMG; secondary, the parameter is flagged must-confirm).
 */

export const euBlueCard: RouteFn = (answers, asOf, authority) => {
  const job = jobOf(answers);
  const worker = workerOf(answers);
  const checks: CheckResult[] = [];
  const hints: Hint[] = [];

  // Art. 5(1)(a): a work contract or binding job offer of at least six months. Six calendar months
  // last 181 to 184 days: from ⌈6 × 30.5⌉ = 183 days it passes, under 181 it fails, 181–182 depends
  // on the calendar months (rule-uncertain). Open-ended (null) passes.
  const monthsU = param('eu.eu-blue-card.min-contract-months', asOf);
  const months = req(monthsU);
  const passFrom = Math.ceil(months * 30.5);
  const failBelow = minDaysOfMonths(months);
  const d = job.durationDays;
  let dt: Term;
  let dOutcome: string;
  if (d === undefined) {
    dt = missingT('job.durationDays');
    dOutcome = 'missing';
  } else if (d === null) {
    dt = PASS;
    dOutcome = 'pass-open-ended';
  } else if (d >= passFrom) {
    dt = PASS;
    dOutcome = 'pass';
  } else if (d < failBelow) {
    dt = FAIL;
    dOutcome = 'fail';
  } else {
    dt = unknownT('rule-uncertain');
    dOutcome = 'uncertain';
  }
  const dValues: Record<string, number> = { months, passFrom, failBelow };
  if (typeof d === 'number') dValues.days = d;
  checks.push(check('contract-duration', dt, dOutcome, dValues, sourcesOf([monthsU], [S.blueCardDirective]), [monthsU]));

  // Art. 2(9) and Annex I: higher education (EQF 6) or, for ICT managers and specialists, 3 years of
  // relevant professional experience within the 7 years before the application.
  const minEqf = param('eu.eu-blue-card.min-eqf', asOf);
  const ictYears = param('eu.eu-blue-card.ict-min-experience-years', asOf);
  const eqf = worker.highestQualificationEqf;
  const eqfT: Term = eqf === undefined ? missingT('worker.highestQualificationEqf') : eqf >= req(minEqf) ? PASS : FAIL;
  const ictT = andT(ictRoleT(job.ictRole), experienceT(worker.relevantExperienceYears, req(ictYears)));
  const q = orT(eqfT, ictT);
  const windowU = param('eu.eu-blue-card.ict-experience-window-years', asOf);
  const qValues: Record<string, number> = { min: req(minEqf), years: req(ictYears), window: req(windowU) };
  if (eqf !== undefined) qValues.eqf = eqf;
  checks.push(
    check(
      'qualification',
      q,
      q.s === 'pass' ? (eqfT.s === 'pass' ? 'pass-eqf' : 'pass-ict') : outcomeOf(q),
      qValues,
      sourcesOf([minEqf, ictYears, windowU], [S.blueCardDirective]),
      [minEqf, ictYears, windowU],
      'qualification-blue-card',
    ),
  );

  let spec: SalarySpec;
  switch (authority) {
    case 'flanders':
      spec = {
        authority,
        asOf,
        salary: job.grossSalary,
        per: 'year',
        divisor: param('flanders.highly-skilled.monthly-divisor', asOf),
        options: [{ use: param('flanders.eu-blue-card.salary', asOf), variant: 'general' }],
      };
      break;
    case 'brussels':
      spec = { authority, asOf, salary: job.grossSalary, per: 'month', options: [{ use: param('brussels.eu-blue-card.salary', asOf), variant: 'general' }] };
      break;
    case 'wallonia': {
      const juniorBelow = param('wallonia.eu-blue-card.junior-below-experience-years', asOf);
      const junior = experienceT(worker.relevantExperienceYears, req(juniorBelow));
      // junior applies when experience < 3 years, i.e. when "at least 3 years" fails.
      const juniorApplies: Term = junior.s === 'pass' ? FAIL : junior.s === 'fail' ? PASS : junior;
      const o = reducedOptions(
        juniorApplies,
        { use: param('wallonia.eu-blue-card.salary', asOf), variant: 'general' },
        { use: param('wallonia.eu-blue-card.salary-junior', asOf), variant: 'junior' },
      );
      spec = { authority, asOf, salary: job.grossSalary, per: 'year', options: o.options, pending: o.pending };
      break;
    }
    case 'german-speaking-community':
      // Not found for the German-speaking Community: the parameter is null → rule-data-missing.
      spec = { authority, asOf, salary: job.grossSalary, per: 'year', options: [{ use: param('german-speaking-community.eu-blue-card.salary', asOf), variant: 'general' }] };
      break;
  }
  spec.extraSources = [S.blueCardDirective];
  const s = salaryCheck(spec);
  checks.push(s.check);
  hints.push(...s.hints);
  return buildRoute('eu-blue-card', authority, answers, asOf, checks, [], hints);
};
