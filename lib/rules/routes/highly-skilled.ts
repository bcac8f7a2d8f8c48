/**
 * Highly skilled workers (hooggeschoolde / personnel hautement qualifié / hochqualifizierte Arbeitnehmer).
 * docs/RULES.md "highly-skilled"; reference §1.1–1.4.
 */
import { andT, boolT, notT, orT, missingT, unknownT, type Term } from '../tri';
import type { CheckResult, Condition, Hint } from '../types';
import { buildRoute, type RouteFn } from './build';
import { ageBelowT, eqfCheck, eqfWithUncertainT, experienceT, ictRoleT } from './common';
import { check, condition, jobOf, outcomeOf, param, reducedOptions, req, salaryCheck, sourcesOf, workerOf, type SalaryOption } from './shared';
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
      const applies = andT(
        orT(ageBelowT(worker.age, req(underU)), boolT(job.nurseOrTeacher, 'job.nurseOrTeacher')),
        notT(boolT(job.posted, 'job.posted')),
      );
      const { options, pending } = reducedOptions(applies, { use: full, variant: 'general' }, { use: reduced, variant: 'reduced' });
      const s = salaryCheck({
        authority,
        asOf,
        salary: job.grossSalary,
        per: 'year',
        divisor: param('flanders.highly-skilled.monthly-divisor', asOf),
        options,
        pending,
        extraSources: [S.flandersHighlySkilled, S.flandersWages],
      });
      s.check.parameters = [...s.check.parameters, underU];
      checks.push(s.check);
      hints.push(...s.hints);
      break;
    }
    case 'brussels': {
      checks.push(eqfCheck('qualification', worker.highestQualificationEqf, param('brussels.highly-skilled.min-eqf', asOf), [S.brusselsHighlySkilled]));
      const s = salaryCheck({
        authority,
        asOf,
        salary: job.grossSalary,
        per: 'month',
        options: [{ use: param('brussels.highly-skilled.salary', asOf), variant: 'general' }],
        extraSources: [S.brusselsHighlySkilled],
      });
      checks.push(s.check);
      hints.push(...s.hints);
      // Since the reform of 1 Oct 2024 Brussels has no separate executive category: executives apply
      // as highly qualified (or may be exempt as senior executives of a headquarters).
      conditions.push(condition('brussels-executives', [S.brusselsReform]));
      break;
    }
    case 'wallonia': {
      // Higher-education graduate, OR ICT manager/specialist, OR ≥ 3 years' relevant experience in the
      // last 7 (emploi.wallonie.be). EQF 6 per EMN; the official page says "Bachelier / Graduate au
      // minimum", so EQF 5 alone is rule-uncertain.
      const minEqf = param('wallonia.highly-skilled.min-eqf', asOf);
      const minExp = param('wallonia.highly-skilled.min-experience-years', asOf);
      const eqfT = eqfWithUncertainT(worker.highestQualificationEqf, req(minEqf), req(minEqf) - 1);
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
      const { options, pending } = reducedOptions(ageBelowT(worker.age, req(underU)), { use: general, variant: 'general' }, { use: young, variant: 'under30' });
      const s = salaryCheck({ authority, asOf, salary: job.grossSalary, per: 'year', options, pending, extraSources: [S.walloniaHighlySkilled] });
      s.check.parameters = [...s.check.parameters, underU];
      checks.push(s.check);
      hints.push(...s.hints);
      break;
    }
    case 'german-speaking-community': {
      // Two thresholds by contract length: up to 4 years (≤ 1,461 days), open-ended. A fixed-term
      // contract longer than 4 years fits neither: rule-uncertain between the two.
      const short = param('german-speaking-community.highly-skilled.salary-up-to-4-years', asOf);
      const open = param('german-speaking-community.highly-skilled.salary-open-ended', asOf);
      const maxShort = param('german-speaking-community.highly-skilled.max-days-short', asOf);
      const shortOpt: SalaryOption = { use: short, variant: 'upTo4Years' };
      const openOpt: SalaryOption = { use: open, variant: 'openEnded' };
      const d = job.durationDays;
      let options: SalaryOption[];
      let pending: Term | undefined;
      if (d === undefined) {
        options = [shortOpt, openOpt];
        pending = missingT('job.durationDays');
      } else if (d === null) {
        options = [openOpt];
      } else if (d <= req(maxShort)) {
        options = [shortOpt];
      } else {
        options = [shortOpt, openOpt];
        pending = unknownT('rule-uncertain');
      }
      const s = salaryCheck({ authority, asOf, salary: job.grossSalary, per: 'year', options, pending, extraSources: [S.dgHighlySkilled] });
      s.check.parameters = [...s.check.parameters, maxShort];
      checks.push(s.check);
      hints.push(...s.hints);
      conditions.push(condition('diploma-requirement-not-found', [S.dgHighlySkilled]));
      break;
    }
  }
  return buildRoute('highly-skilled', authority, answers, asOf, checks, conditions, hints);
};
