/**
 * Shortage occupations on the region's migration list: no labour market test.
 * docs/RULES.md "shortage-occupation"; reference §5.1–5.3.
 */
import { FAIL, PASS, missingT, type Term } from '../tri';
import type { CheckResult, Condition, MessageValue } from '../types';
import { buildRoute, type RouteFn } from './build';
import { atLeastT, check, condition, jobOf, num, outcomeOf, param, req, sourcesOf, workerOf, yesNoT } from './shared';
import { S } from './sourceIds';
import type { ParameterUse } from '../types';

/** The migration shortage list check. `unsure` → unknown, with a pointer to the official list. */
export function onListCheck(
  id: string,
  answer: 'yes' | 'no' | 'unsure' | undefined,
  path: 'job.onMigrationShortageList' | 'job.onPesShortageList',
  listSize: ParameterUse | null,
  sources: readonly string[],
  textId: string,
  authority: string,
): CheckResult {
  const t = yesNoT(answer, path);
  const outcome = answer === 'unsure' ? 'unsure' : outcomeOf(t);
  const values: Record<string, MessageValue> = { authority };
  const count = listSize ? num(listSize) : null;
  values.count = count ?? 0;
  return check(id, t, outcome, values, listSize ? sourcesOf([listSize], sources) : [...sources], listSize ? [listSize] : [], textId);
}

/** The position requires a medium level: EQF `min`–`max` (Flanders: VKS 3–4). */
export function mediumSkilledCheck(eqf: number | undefined, minU: ParameterUse, maxU: ParameterUse, extra: readonly string[]): CheckResult {
  const min = req(minU);
  const max = req(maxU);
  const t: Term = eqf === undefined ? missingT('job.requiredQualificationEqf') : eqf >= min && eqf <= max ? PASS : FAIL;
  const values: Record<string, number> = { min, max };
  if (eqf !== undefined) values.eqf = eqf;
  return check('medium-skilled', t, outcomeOf(t), values, sourcesOf([minU, maxU], extra), [minU, maxU]);
}

export function fteCheck(fte: number | undefined, minU: ParameterUse, extra: readonly string[]): CheckResult {
  const min = req(minU);
  const t = atLeastT(fte, min, 'job.fte');
  const values: Record<string, number> = { min };
  if (fte !== undefined) values.fte = fte;
  return check('fte', t, outcomeOf(t), values, sourcesOf([minU], extra), [minU]);
}

export const shortageOccupation: RouteFn = (answers, asOf, authority) => {
  const job = jobOf(answers);
  const worker = workerOf(answers);
  const checks: CheckResult[] = [];
  const conditions: Condition[] = [];
  switch (authority) {
    case 'flanders':
      // Ministerial migration list of medium-skilled functions (vermoeden van tekort), not VDAB's list.
      checks.push(onListCheck('on-shortage-list', job.onMigrationShortageList, 'job.onMigrationShortageList', param('flanders.shortage-occupation.list-size', asOf), [S.flandersShortage], 'on-shortage-list', authority));
      checks.push(mediumSkilledCheck(job.requiredQualificationEqf, param('flanders.shortage-occupation.min-eqf', asOf), param('flanders.shortage-occupation.max-eqf', asOf), [S.flandersShortage]));
      checks.push(fteCheck(job.fte, param('flanders.shortage-occupation.min-fte', asOf), [S.flandersShortage]));
      conditions.push(condition('joint-committee-skilled-pay', [S.flandersShortage]));
      break;
    case 'brussels':
      checks.push(onListCheck('on-shortage-list', job.onMigrationShortageList, 'job.onMigrationShortageList', param('brussels.shortage-occupation.list-size', asOf), [S.brusselsShortage], 'on-shortage-list', authority));
      break;
    case 'wallonia':
      checks.push(onListCheck('on-shortage-list', job.onMigrationShortageList, 'job.onMigrationShortageList', param('wallonia.shortage-occupation.list-size', asOf), [S.walloniaShortage], 'on-shortage-list', authority));
      // Contract clauses on travel costs and medical care (emploi.wallonie.be).
      conditions.push(condition('contract-clauses-wallonia', [S.walloniaGeneral]));
      break;
    case 'german-speaking-community': {
      // The route is limited to long-term residents of another EU state (unverified: must confirm).
      const r = worker.residence;
      const t: Term = r === undefined ? missingT('worker.residence') : r === 'eu-long-term-resident' ? PASS : FAIL;
      checks.push(check('eu-long-term-resident', t, outcomeOf(t), undefined, [S.dgShortage]));
      checks.push(onListCheck('on-shortage-list', job.onMigrationShortageList, 'job.onMigrationShortageList', null, [S.dgShortage], 'on-shortage-list', authority));
      break;
    }
  }
  return buildRoute('shortage-occupation', authority, answers, asOf, checks, conditions, []);
};
