/**
 * Researchers with a hosting agreement (Directive (EU) 2016/801). No salary threshold was found;
 * decision within 60 days (art. 34). All four authorities.
 */
import { boolT, FAIL, PASS, missingT, type Term } from '../tri';
import type { CheckResult } from '../types';
import { buildRoute, type RouteFn } from './build';
import { check, jobOf, outcomeOf, param, req, sourcesOf, workerOf } from './shared';
import { S } from './sourceIds';

export const researcher: RouteFn = (answers, asOf, authority) => {
  const job = jobOf(answers);
  const worker = workerOf(answers);
  const checks: CheckResult[] = [];
  // Art. 10: a hosting agreement with a research organisation approved by the Member State.
  const h = boolT(job.researcherHostingAgreement, 'job.researcherHostingAgreement');
  checks.push(check('hosting-agreement', h, outcomeOf(h), undefined, [S.researcherDirective]));
  // Art. 3(2): a doctoral degree or a higher-education qualification giving access to doctoral programmes (EQF 7).
  const minU = param('eu.researcher.min-eqf', asOf);
  const min = req(minU);
  const eqf = worker.highestQualificationEqf;
  const q: Term = eqf === undefined ? missingT('worker.highestQualificationEqf') : eqf >= min ? PASS : FAIL;
  const values: Record<string, number> = { min };
  if (eqf !== undefined) values.eqf = eqf;
  checks.push(check('qualification', q, outcomeOf(q), values, sourcesOf([minU], [S.researcherDirective]), [minU], 'qualification-researcher'));
  return buildRoute('researcher', authority, answers, asOf, checks, [], []);
};
