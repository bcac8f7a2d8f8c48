/**
 * Highly skilled workers (hooggeschoolde / personnel hautement qualifié / hochqualifizierte Arbeitnehmer).
 * docs/RULES.md "highly-skilled"; reference §1.1–1.4 and the corrections of 30 November 2026.
 */
import { reducedOptions, salaryCheck, type SalaryOption } from '../salary';
import { thresholdParam } from '../salary-units';
import { andT, boolT, notT, orT, missingT, unknownT, FAIL, PASS, type Term } from '../tri';
import type { CheckResult, Condition, Hint } from '../types';
import { buildRoute, type RouteFn } from './build';
import { ageBelowT, eqfCheck, experienceT, ictRoleT, levelBetweenT } from './common';
import { check, condition, jobOf, num, outcomeOf, param, req, sourcesOf, workerOf, type Job } from './shared';
import { S } from './sourceIds';

export const highlySkilled: RouteFn = (answers, asOf, authority) => {
  const job = jobOf(answers);
  const worker = workerOf(answers);
  const checks: CheckResult[] = [];
  const conditions: Condition[] = [];
  const hints: Hint[] = [];

  switch (authority) {
    case 'flanders': {
      checks.push(eqfCheck('qualification', worker.highestQualificationEqf, param('flanders.highly-skilled.min-eqf', asOf), [S.flandersHighlySkilled]));
      // From 2026 the position itself must be highly qualified (Flemish Government Decree of 2025;
      // KPMG 2026-026, Vandelanotte 26 Feb 2026). The parameter is false (or absent) before.
      const positionRule = param('flanders.highly-skilled.position-requirement', asOf);
      if (positionRule.value === true) {
        const t = boolT(job.highlyQualifiedPosition, 'job.highlyQualifiedPosition');
        checks.push(check('highly-qualified-position', t, outcomeOf(t), undefined, sourcesOf([positionRule]), [positionRule]));
      }
      // 80% threshold for workers under 30, nurses and teachers, on a local (Belgian) contract only:
      // never for posted workers (agii.be 2024; KPMG 2024-223). Equal passes.
      const full = param('flanders.highly-skilled.salary', asOf);
      const reduced = param('flanders.highly-skilled.salary-reduced', asOf);
      const underU = param('flanders.highly-skilled.reduced-under-age', asOf);
      const young = ageBelowT(worker.age, req(underU));
      const applies = andT(orT(young, boolT(job.nurseOrTeacher, 'job.nurseOrTeacher')), notT(boolT(job.posted, 'job.posted')));
      const general: SalaryOption = { use: full, variant: 'general' };
      const { options, pending } = reducedOptions(applies, general, { use: reduced, variant: 'reduced' });
      const extraSources = [S.flandersHighlySkilled, S.flandersWages];
      const s = salaryCheck({ authority, asOf, job, options, pending, extraSources });
      s.check.parameters = [...s.check.parameters, underU];
      checks.push(s.check);
      hints.push(...s.hints);
      // Under 30 only (not as a nurse or teacher): the permit ends the day before the 30th birthday
      // unless the contract raises the pay to the general threshold at 30 (agii.be, 2024).
      if (applies.s === 'pass' && young.s === 'pass' && job.nurseOrTeacher !== true && s.check.status !== 'fail') {
        const atThirty = salaryCheck({ authority, asOf, job, options: [general], extraSources });
        if (atThirty.check.status !== 'pass') {
          conditions.push(condition('raise-pay-at-30', sourcesOf([full, underU], [S.flandersReducedClause]), { threshold: { money: req(full), per: 'year' }, age: req(underU) }));
        }
      }
      break;
    }
    case 'brussels': {
      // A diploma after a three-year programme (art. 20, 1° of the Decision of 16 May 2024, EMN 2026);
      // agii.be says "graduaat, bachelor or master": EQF 5 is unknown (the parameter's alternative).
      checks.push(eqfCheck('qualification', worker.highestQualificationEqf, param('brussels.highly-skilled.min-eqf', asOf), [S.brusselsHighlySkilled]));
      const s = salaryCheck({
        authority,
        asOf,
        job,
        options: [{ use: thresholdParam(authority, 'highly-skilled.salary', asOf), variant: 'general' }],
        extraSources: [S.brusselsHighlySkilled],
      });
      checks.push(s.check);
      hints.push(...s.hints);
      // Since the reform of 1 Oct 2024 Brussels has no separate executive category: executives apply
      // as highly qualified (or may be exempt as senior executives of a headquarters).
      if (param('brussels.executive.route', asOf).value === false) conditions.push(condition('brussels-executives', [S.brusselsReform]));
      break;
    }
    case 'wallonia': {
      // Higher-education graduate, OR ICT manager/specialist, OR ≥ 3 years' relevant experience in the
      // last 7 (emploi.wallonie.be). EQF 6 per EMN; the official page says "Bachelier / Graduate au
      // minimum", so EQF 5 alone is rule-uncertain (the parameter's alternative).
      const minEqf = param('wallonia.highly-skilled.min-eqf', asOf);
      const minExp = param('wallonia.highly-skilled.min-experience-years', asOf);
      const eqfT = levelBetweenT(worker.highestQualificationEqf, minEqf, null, 'worker.highestQualificationEqf');
      const ictT = ictRoleT(job.ictRole);
      const expT = experienceT(worker.relevantExperienceYears, req(minExp));
      const t = orT(eqfT, ictT, expT);
      const outcome =
        t.s === 'pass'
          ? eqfT.s === 'pass'
            ? 'pass-eqf'
            : ictT.s === 'pass'
              ? 'pass-ict'
              : 'pass-experience'
          : outcomeOf(t);
      const windowU = param('wallonia.highly-skilled.experience-window-years', asOf);
      const values: Record<string, number> = { min: req(minEqf), years: req(minExp), window: req(windowU) };
      if (worker.highestQualificationEqf !== undefined) values.eqf = worker.highestQualificationEqf;
      const used = [minEqf, minExp, windowU];
      checks.push(check('qualification', t, outcome, values, sourcesOf(used, [S.walloniaHighlySkilled]), used, 'qualification-wallonia'));
      const general = param('wallonia.highly-skilled.salary', asOf);
      const young = param('wallonia.highly-skilled.salary-under-30', asOf);
      const underU = param('wallonia.highly-skilled.reduced-under-age', asOf);
      // No reduced amount for young workers before the Decree of 6 June 2024 (1 September 2024).
      const under = num(underU);
      const { options, pending } =
        under === null || num(young) === null
          ? { options: [{ use: general, variant: 'general' }], pending: undefined }
          : reducedOptions(ageBelowT(worker.age, under), { use: general, variant: 'general' }, { use: young, variant: 'under30' });
      const s = salaryCheck({ authority, asOf, job, options, pending, extraSources: [S.walloniaHighlySkilled] });
      if (under !== null) s.check.parameters = [...s.check.parameters, underU];
      checks.push(s.check);
      hints.push(...s.hints);
      break;
    }
    case 'german-speaking-community': {
      const dg = germanSpeakingCommunity(job, asOf);
      checks.push(dg.category);
      const s = salaryCheck({ authority, asOf, job, options: dg.options, pending: dg.pending, extraSources: [S.dgHighlySkilled] });
      s.check.parameters = [...s.check.parameters, dg.maxShort];
      checks.push(s.check);
      hints.push(...s.hints);
      conditions.push(condition('diploma-requirement-not-found', [S.dgHighlySkilled]));
      break;
    }
  }
  return buildRoute('highly-skilled', authority, answers, asOf, checks, conditions, hints);
};

/**
 * The German-speaking Community has two categories (art. 9 of the Royal Decree of 9 June 1999, as
 * ostbelgienlive.be applies it): employment of at most 4 years (≤ 1,461 days), and unlimited
 * employment that is not a posting ("unbefristete Beschäftigung, die nicht im Rahmen einer Entsendung
 * erfolgt"). A fixed-term contract longer than 4 years fits neither: rule-uncertain. An open-ended
 * posting fits neither: it fails (give the length of the posting to use the first category).
 */
function germanSpeakingCommunity(job: Job, asOf: string) {
  const short = param('german-speaking-community.highly-skilled.salary-up-to-4-years', asOf);
  const open = param('german-speaking-community.highly-skilled.salary-open-ended', asOf);
  const maxShort = param('german-speaking-community.highly-skilled.max-days-short', asOf);
  const shortOpt: SalaryOption = { use: short, variant: 'upTo4Years' };
  const openOpt: SalaryOption = { use: open, variant: 'openEnded' };
  const d = job.durationDays;
  const max = req(maxShort);
  let category: Term;
  let outcome: string;
  let options: SalaryOption[];
  let pending: Term | undefined;
  if (d === undefined) {
    category = missingT('job.durationDays');
    outcome = 'missing';
    options = job.posted === true ? [shortOpt] : [shortOpt, openOpt];
    pending = job.posted === true ? undefined : missingT('job.durationDays');
  } else if (d === null) {
    category = job.posted === undefined ? missingT('job.posted') : job.posted ? FAIL : PASS;
    outcome = job.posted === true ? 'fail-posted' : job.posted === false ? 'pass-open-ended' : 'missing-posted';
    options = [openOpt];
  } else if (d <= max) {
    category = PASS;
    outcome = 'pass-up-to-4-years';
    options = [shortOpt];
  } else {
    category = unknownT('rule-uncertain');
    outcome = 'uncertain';
    options = [shortOpt, openOpt];
    pending = unknownT('rule-uncertain');
  }
  const values: Record<string, number> = { max };
  if (typeof d === 'number') values.days = d;
  const check_ = check('employment-category', category, outcome, values, sourcesOf([maxShort], [S.dgHighlySkilled]), [maxShort]);
  return { category: check_, options, pending, maxShort };
}
