/**
 * EU Blue Card (Directive (EU) 2021/1883). docs/RULES.md "eu-blue-card".
 */
import { andT, orT, FAIL, PASS, missingT, unknownT, type Term } from '../tri';
import { authorityIds, type AuthorityId, type CheckResult, type Hint, type IsoDate } from '../types';
import { buildRoute, type RouteFn } from './build';
import { experienceT, ictRoleT, notPostedCheck } from './common';
import { addMonths, minDaysOfMonths } from '../dates';
import { reducedOptions, salaryCheck, type SalaryOption } from '../salary';
import { thresholdParam } from '../salary-units';
import { hasParameter } from '../params';
import { check, jobOf, num, outcomeOf, param, req, sourcesOf, workerOf, type Worker } from './shared';
import { S } from './sourceIds';

/**
 * Wallonia's "junior" Blue Card amount applies when the worker "a obtenu un diplôme de l'enseignement
 * supérieur depuis moins de trois ans" at the application (emploi.wallonie.be, official): keyed on the
 * date of the diploma, not on years of experience (corrections of 30 November 2026 §C). A diploma
 * obtained exactly three years before the filing date is no longer "less than three years".
 */
function juniorT(worker: Worker, years: number, asOf: IsoDate): Term {
  const d = worker.higherEducationDiplomaDate;
  if (d === undefined) return missingT('worker.higherEducationDiplomaDate');
  return d > addMonths(asOf, -12 * years) && d <= asOf ? PASS : FAIL;
}

/** The parameter ids each authority uses, where it has its own (resolved once, not per evaluation). */
const own = (name: string, fallback: string | null) =>
  Object.fromEntries(authorityIds.map((a) => [a, hasParameter(`${a}.eu-blue-card.${name}`) ? `${a}.eu-blue-card.${name}` : fallback])) as Record<AuthorityId, string>;
const contractMonthsId = own('min-contract-months', 'eu.eu-blue-card.min-contract-months');
const ictRuleId = own('ict-experience-alternative', null) as Record<AuthorityId, string | null>;

export const euBlueCard: RouteFn = (answers, asOf, authority) => {
  const job = jobOf(answers);
  const worker = workerOf(answers);
  const checks: CheckResult[] = [];
  const hints: Hint[] = [];

  // Art. 5(1)(a): a work contract or binding job offer of at least six months. Six calendar months
  // last 181 to 184 days: from ⌈6 × 30.5⌉ = 183 days it passes, under 181 it fails, 181–182 depends
  // on the calendar months (rule-uncertain). Open-ended (null) passes.
  // Flanders (until 30 April 2024) and Brussels (until 30 September 2024) asked for 12 months before
  // they applied the recast directive: an authority's own parameter, else the directive's.
  const monthsU = param(contractMonthsId[authority], asOf);
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
  // The ICT experience alternative came with the recast directive: each region applied it from its reform.
  const ictRule = ictRuleId[authority];
  const ictAllowed = ictRule === null || param(ictRule, asOf).value === true;
  const ictT = ictAllowed ? andT(ictRoleT(job.ictRole), experienceT(worker.relevantExperienceYears, req(ictYears))) : FAIL;
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

  // Art. 3(2): the directive does not apply to workers posted to a Member State for the duration of
  // their posting (the former Brussels page listed "travailleurs détachés" among the excluded).
  checks.push(notPostedCheck(job.posted, [S.blueCardDirective, S.blueCardPostedBrussels], 'not-posted-blue-card'));

  let options: SalaryOption[];
  let pending: Term | undefined;
  const extraSources: string[] = [S.blueCardDirective];
  if (authority === 'wallonia') {
    const withinU = param('wallonia.eu-blue-card.junior-diploma-within-years', asOf);
    const general: SalaryOption = { use: param('wallonia.eu-blue-card.salary', asOf), variant: 'general' };
    const junior: SalaryOption = { use: param('wallonia.eu-blue-card.salary-junior', asOf), variant: 'junior' };
    // No junior amount before the Decree of 6 June 2024 (or not found): the general amount only.
    const o = num(junior.use) === null ? { options: [general], pending: undefined } : reducedOptions(juniorT(worker, req(withinU), asOf), general, junior);
    options = o.options;
    pending = o.pending;
    extraSources.push(S.walloniaBlueCard);
  } else {
    // The German-speaking Community's amount was not found: the parameter is null → rule-data-missing.
    options = [{ use: thresholdParam(authority, 'eu-blue-card.salary', asOf), variant: 'general' }];
  }
  const s = salaryCheck({ authority, asOf, job, options, pending, extraSources });
  if (authority === 'wallonia') s.check.parameters = [...s.check.parameters, param('wallonia.eu-blue-card.junior-diploma-within-years', asOf)];
  checks.push(s.check);
  hints.push(...s.hints);
  return buildRoute('eu-blue-card', authority, answers, asOf, checks, [], hints);
};
