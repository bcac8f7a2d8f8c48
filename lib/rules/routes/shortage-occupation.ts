/**
 * Shortage occupations on the region's migration list: no labour market test.
 * docs/RULES.md "shortage-occupation"; reference §5.1–5.3.
 */
import type { ShortageListKind } from '../data/shortage-lists';
import { findOccupation, listInForce } from '../shortage';
import { FAIL, PASS, missingT, unknownT, type Term } from '../tri';
import type { AuthorityId, CheckResult, Condition, IsoDate, MessageValue, ParameterUse } from '../types';
import { buildRoute, type RouteFn } from './build';
import { levelBetweenT, notPostedCheck } from './common';
import { atLeastT, check, condition, jobOf, num, outcomeOf, param, req, sourcesOf, workerOf, yesNoT, type Job } from './shared';
import { S } from './sourceIds';

/**
 * Is the job on the authority's list of this kind in force on the filing date? The employer answers
 * yes / no / unsure, or names the occupation (`job.shortageOccupation`, an entry of
 * data/shortage-lists.ts). A list whose validity has ended, or that was not found, never opens the
 * route: "yes" is then unknown, and the check says the list in force could not be confirmed and links
 * the official list (issue "Right at every edge" §6).
 */
export function onListCheck(
  id: string,
  job: Job,
  kind: ShortageListKind,
  authority: AuthorityId,
  asOf: IsoDate,
  listSize: ParameterUse | null,
  sources: readonly string[],
  textId: string,
): CheckResult {
  const path = kind === 'migration' ? 'job.onMigrationShortageList' : 'job.onPesShortageList';
  const answer = kind === 'migration' ? job.onMigrationShortageList : job.onPesShortageList;
  const { confirmed, latest } = listInForce(authority, kind, asOf);
  const values: Record<string, MessageValue> = { authority };
  const count = listSize ? num(listSize) : null;
  values.count = count ?? 0;
  const used = listSize ? [listSize] : [];
  const cite = (extra: readonly string[]) => (listSize ? sourcesOf([listSize], [...sources, ...extra]) : [...sources, ...extra]);
  const official = latest ? latest.officialSources : [];
  const named = kind === 'migration' && job.shortageOccupation !== undefined ? findOccupation(authority, job.shortageOccupation) : null;
  if (named) values.occupation = { occupation: named.occupation.id };

  let t: Term;
  let outcome: string;
  if (named) {
    // The named occupation decides (it is more precise than yes / no / unsure).
    const inForce = confirmed !== null && named.list.id === confirmed.id;
    const st = named.occupation.status;
    if (!inForce) {
      // An occupation of another list (an expired one, or one not in force on the filing date): it is
      // not on the list in force only if we know that list whole; otherwise that cannot be confirmed.
      const known = confirmed !== null && confirmed.completeness === 'full';
      t = known ? FAIL : unknownT('rule-data-missing');
      outcome = known ? 'fail-removed' : 'list-not-confirmed';
      if (latest?.validTo) values.validTo = { date: latest.validTo };
      values.expired = latest?.validTo && latest.validTo < asOf ? 'yes' : 'no';
    } else if (st === 'removed') {
      t = FAIL;
      outcome = 'fail-removed';
    } else if (st === 'proposed-added' || st === 'proposed-removed') {
      t = unknownT('rule-uncertain');
      outcome = 'occupation-proposed';
    } else {
      t = PASS;
      outcome = 'pass-occupation';
    }
    return check(id, t, outcome, values, cite([...named.occupation.sources, ...official]), used, textId);
  }
  if (answer === 'no') {
    t = FAIL;
    outcome = 'fail';
  } else if (!confirmed) {
    // No list in force that we could confirm: never opens the route.
    t = answer === undefined ? missingT(path) : unknownT('rule-data-missing');
    outcome = answer === undefined ? 'missing' : 'list-not-confirmed';
    if (latest?.validTo) values.validTo = { date: latest.validTo };
    values.expired = latest?.validTo && latest.validTo < asOf ? 'yes' : 'no';
    return check(id, t, outcome, values, cite(official), used, textId);
  } else {
    t = yesNoT(answer, path);
    outcome = answer === 'unsure' ? 'unsure' : outcomeOf(t);
  }
  return check(id, t, outcome, values, cite(answer === 'unsure' ? official : []), used, textId);
}

/** The position requires a medium level: EQF `min`–`max` (Flanders: VKS 3–4). */
export function mediumSkilledCheck(eqf: number | undefined, minU: ParameterUse, maxU: ParameterUse, extra: readonly string[]): CheckResult {
  const t = levelBetweenT(eqf, minU, maxU, 'job.requiredQualificationEqf');
  const values: Record<string, number> = { min: minU.value as number, max: maxU.value as number };
  if (minU.alternative !== undefined) values.alternative = minU.alternative;
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
      checks.push(onListCheck('on-shortage-list', job, 'migration', authority, asOf, param('flanders.shortage-occupation.list-size', asOf), [S.flandersShortage], 'on-shortage-list'));
      checks.push(mediumSkilledCheck(job.requiredQualificationEqf, param('flanders.shortage-occupation.min-eqf', asOf), param('flanders.shortage-occupation.max-eqf', asOf), [S.flandersShortage]));
      checks.push(fteCheck(job.fte, param('flanders.shortage-occupation.min-fte', asOf), [S.flandersShortage]));
      // A worker who would work through a secondment "will not qualify" (vlaanderen.be, medium-skilled shortage occupations).
      checks.push(notPostedCheck(job.posted, [S.flandersShortage], 'not-posted-flanders-shortage'));
      conditions.push(condition('joint-committee-skilled-pay', [S.flandersShortage]));
      break;
    case 'brussels':
      checks.push(onListCheck('on-shortage-list', job, 'migration', authority, asOf, param('brussels.shortage-occupation.list-size', asOf), [S.brusselsShortage], 'on-shortage-list'));
      break;
    case 'wallonia':
      checks.push(onListCheck('on-shortage-list', job, 'migration', authority, asOf, param('wallonia.shortage-occupation.list-size', asOf), [S.walloniaShortage], 'on-shortage-list'));
      // Contract clauses on travel costs and medical care (emploi.wallonie.be).
      conditions.push(condition('contract-clauses-wallonia', [S.walloniaGeneral]));
      break;
    case 'german-speaking-community': {
      // The route is limited to long-term residents of another EU state (unverified: must confirm).
      const r = worker.residence;
      const t: Term = r === undefined ? missingT('worker.residence') : r === 'eu-long-term-resident' ? PASS : FAIL;
      checks.push(check('eu-long-term-resident', t, outcomeOf(t), undefined, [S.dgShortage]));
      checks.push(onListCheck('on-shortage-list', job, 'migration', authority, asOf, null, [S.dgShortage], 'on-shortage-list'));
      break;
    }
  }
  conditions.push(minimumIncomeCondition(asOf));
  return buildRoute('shortage-occupation', authority, answers, asOf, checks, conditions, []);
};

/**
 * Routes without a salary threshold of their own: the pay must still reach the joint committee's
 * minimum wage and never be less than the guaranteed average minimum monthly income (GAMMI, CCT 43).
 */
export function minimumIncomeCondition(asOf: IsoDate): Condition {
  const u = param('federal.minimum-monthly-income', asOf);
  const v = num(u);
  return condition('minimum-income', sourcesOf([u]), { amount: { money: v ?? 0, per: 'month' }, from: { date: u.validFrom } });
}
