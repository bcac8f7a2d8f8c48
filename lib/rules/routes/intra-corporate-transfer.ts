/**
 * Intra-corporate transferees (Directive 2014/66/EU): managers, specialists and trainees transferred
 * within a group from outside the EU. docs/RULES.md "intra-corporate-transfer".
 */
import { FAIL, PASS, missingT, type Term } from '../tri';
import type { CheckResult, Condition, Hint, ParameterUse } from '../types';
import { buildRoute, type RouteFn } from './build';
import { salaryCheck, type SalaryOption, type SalarySpec } from '../salary';
import { thresholdParam } from '../salary-units';
import { check, condition, jobOf, num, outcomeOf, param, req, sourcesOf, workerOf } from './shared';
import { S } from './sourceIds';

type IctType = 'manager' | 'specialist' | 'trainee';
const types: readonly IctType[] = ['manager', 'specialist', 'trainee'];

export const intraCorporateTransfer: RouteFn = (answers, asOf, authority) => {
  const job = jobOf(answers);
  const worker = workerOf(answers);
  const checks: CheckResult[] = [];
  const conditions: Condition[] = [];
  const hints: Hint[] = [];
  const type = job.intraCorporateTransfer;
  const pageSources = authority === 'flanders' ? [S.ictDirective, S.flandersIct] : [S.ictDirective];

  const tt: Term = type === undefined ? missingT('job.intraCorporateTransfer') : type === null ? FAIL : PASS;
  checks.push(check('transfer-type', tt, outcomeOf(tt), type ? { type } : undefined, pageSources));

  // Art. 2(1): the directive applies to workers who reside outside the EU when they apply.
  const r = worker.residence;
  const rt: Term = r === undefined ? missingT('worker.residence') : r === 'abroad' ? PASS : FAIL;
  checks.push(check('worker-outside-eu', rt, outcomeOf(rt), undefined, [S.ictDirective]));

  if (type !== null) {
    // Qualification: trainees need a university degree (art. 5(1)(c); Flanders: VKS 6); Flemish
    // managers and specialists VKS 5 (vlaanderen.be ICT page). Elsewhere the directive only asks
    // managers and specialists for evidence of qualifications and experience: the authority judges it.
    const eqf = worker.highestQualificationEqf;
    const minTraineeU = param(authority === 'flanders' ? 'flanders.intra-corporate-transfer.min-eqf-trainee' : 'eu.intra-corporate-transfer.min-eqf-trainee', asOf);
    const minMsU = authority === 'flanders' ? param('flanders.intra-corporate-transfer.min-eqf-manager-specialist', asOf) : null;
    const minTrainee = req(minTraineeU);
    const minMs = minMsU ? req(minMsU) : null;
    const used: ParameterUse[] = minMsU ? [minMsU, minTraineeU] : [minTraineeU];
    let q: Term | null = null;
    let min = minTrainee;
    if (type === 'trainee') {
      q = eqf === undefined ? missingT('worker.highestQualificationEqf') : eqf >= minTrainee ? PASS : FAIL;
    } else if (type === 'manager' || type === 'specialist') {
      if (minMs !== null) {
        min = minMs;
        q = eqf === undefined ? missingT('worker.highestQualificationEqf') : eqf >= minMs ? PASS : FAIL;
      } else {
        conditions.push(condition('ict-professional-qualifications', [S.ictDirective]));
      }
    } else {
      // Type not answered: the level that suffices for every type passes; below every type's level fails.
      const lowest = minMs ?? null;
      if (eqf === undefined) q = missingT('worker.highestQualificationEqf');
      else if (eqf >= minTrainee) q = PASS;
      else if (lowest !== null && eqf < lowest) {
        q = FAIL;
        min = lowest;
      } else q = missingT('job.intraCorporateTransfer');
    }
    if (q) {
      const values: Record<string, string | number> = { min, type: type ?? 'unknown' };
      if (eqf !== undefined) values.eqf = eqf;
      checks.push(check('qualification', q, outcomeOf(q), values, sourcesOf(used, pageSources), used, 'qualification-ict'));
    }

    const opts: Record<IctType, SalaryOption> = {
      manager: { use: thresholdParam(authority, 'intra-corporate-transfer.salary-manager', asOf), variant: 'manager' },
      specialist: { use: thresholdParam(authority, 'intra-corporate-transfer.salary-specialist', asOf), variant: 'specialist' },
      trainee: { use: thresholdParam(authority, 'intra-corporate-transfer.salary-trainee', asOf), variant: 'trainee' },
    };
    const spec: SalarySpec = {
      authority,
      asOf,
      job,
      options: type ? [opts[type as IctType]] : types.map((k) => opts[k]),
      extraSources: pageSources,
    };
    if (!type) spec.pending = missingT('job.intraCorporateTransfer');
    const s = salaryCheck(spec);
    checks.push(s.check);
    hints.push(...s.hints);
  }

  if (authority === 'flanders') {
    const m = param('flanders.intra-corporate-transfer.min-prior-group-months', asOf);
    const v = num(m);
    if (v !== null) conditions.push(condition('prior-group-employment', sourcesOf([m], [S.flandersIct]), { months: v }));
  } else {
    // Art. 5(1)(b): 3 to 12 months of uninterrupted prior employment in the group, as the Member State sets.
    conditions.push(condition('prior-group-employment-directive', [S.ictDirective]));
  }
  return buildRoute('intra-corporate-transfer', authority, answers, asOf, checks, conditions, hints);
};
