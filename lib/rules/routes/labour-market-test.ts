/**
 * The labour market test ("overige" / "autre cas" / "catégorie générale"): the vacancy was published
 * and no suitable candidate was found. docs/RULES.md "labour-market-test"; reference §5.4.
 */
import { andT, boolT, orT, FAIL, PASS, missingT, unknownT, type Term } from '../tri';
import type { CheckResult, Condition, Hint, IsoDate, ParameterUse } from '../types';
import { buildRoute, type RouteFn } from './build';
import { addDays, addMonths } from '../dates';
import { check, condition, jobOf, num, outcomeOf, param, req, sourcesOf, vacancyOf, workerOf, type Vacancy } from './shared';
import { fteCheck, mediumSkilledCheck, onListCheck } from './shortage-occupation';
import { S } from './sourceIds';

function weeksT(weeks: number | undefined, min: number, disputed: number | null = null): Term {
  if (weeks === undefined) return missingT('vacancy.continuousWeeks');
  if (weeks >= min) return PASS;
  // Wallonia: Sotra says 4 weeks where Securex, SD Worx and Forem say 5 (reference §5.4).
  if (disputed !== null && weeks >= disputed) return unknownT('rule-uncertain');
  return FAIL;
}

function noCandidateCheck(v: Vacancy, source: string): CheckResult {
  const f = v.suitableCandidateFound;
  const t: Term = f === undefined ? missingT('vacancy.suitableCandidateFound') : f ? FAIL : PASS;
  return check('no-suitable-candidate', t, outcomeOf(t), undefined, [source]);
}

/** Hint: publish for `weeksMore` more weeks, until publishedFrom + min weeks (or from asOf when unknown). */
function publishLonger(v: Vacancy, min: number, asOf: IsoDate): Hint | null {
  if (v.continuousWeeks === undefined || v.continuousWeeks >= min) return null;
  const weeksMore = min - v.continuousWeeks;
  const until = v.publishedFrom ? addDays(v.publishedFrom, min * 7) : addDays(asOf, weeksMore * 7);
  return { kind: 'publish-longer', weeksMore, until };
}

/** First filing day: publishedFrom + the minimum weeks × 7 days, when published and the start is known. */
function earliest(v: Vacancy, minWeeks: number | null): IsoDate | null {
  if (minWeeks === null || !v.publishedFrom || v.publishedWithPes === false) return null;
  return addDays(v.publishedFrom, minWeeks * 7);
}

export const labourMarketTest: RouteFn = (answers, asOf, authority) => {
  const job = jobOf(answers);
  const worker = workerOf(answers);
  const v = vacancyOf(answers);
  const checks: CheckResult[] = [];
  const conditions: Condition[] = [];
  const hints: Hint[] = [];
  let filing: IsoDate | null = null;
  const pes = boolT(v.publishedWithPes, 'vacancy.publishedWithPes');
  const support = boolT(v.pesRecruitmentSupport, 'vacancy.pesRecruitmentSupport');

  switch (authority) {
    case 'flanders': {
      // Only occupations on VDAB's knelpuntberoepenlijst (Vandelanotte, 27 Jun 2024).
      checks.push(onListCheck('on-pes-shortage-list', job.onPesShortageList, 'job.onPesShortageList', null, [S.flandersLmt, S.flandersOther], 'on-pes-shortage-list', authority));
      // From 2026 only medium-skilled positions (VKS 3–4): the parameters are null before.
      const minEqf = param('flanders.labour-market-test.min-eqf', asOf);
      const maxEqf = param('flanders.labour-market-test.max-eqf', asOf);
      if (num(minEqf) !== null && num(maxEqf) !== null) checks.push(mediumSkilledCheck(job.requiredQualificationEqf, minEqf, maxEqf, [S.flandersLmt]));
      checks.push(fteCheck(job.fte, param('flanders.labour-market-test.min-fte', asOf), [S.flandersLmt]));
      // Published with VDAB AND on EURES for at least 9 continuous weeks ...
      const minWeeksU = param('flanders.labour-market-test.min-weeks', asOf);
      const minWeeks = req(minWeeksU);
      const pub = andT(pes, boolT(v.publishedOnEures, 'vacancy.publishedOnEures'), weeksT(v.continuousWeeks, minWeeks));
      checks.push(publicationCheck(pub, v, minWeeksU, authority, [S.flandersLmt]));
      const h = pub.s !== 'pass' ? publishLonger(v, minWeeks, asOf) : null;
      if (h) hints.push(h);
      // ... within the 4 months before the application is filed (asOf).
      const windowU = param('flanders.labour-market-test.window-months', asOf);
      const windowMonths = req(windowU);
      filing = earliest(v, minWeeks);
      let wt: Term;
      let wOutcome: string;
      const wValues: Record<string, number | { date: IsoDate }> = { months: windowMonths, weeks: minWeeks };
      if (!v.publishedFrom) {
        wt = missingT('vacancy.publishedFrom');
        wOutcome = 'missing';
      } else {
        const windowStart = addMonths(asOf, -windowMonths);
        const ready = addDays(v.publishedFrom, minWeeks * 7);
        wValues.from = { date: v.publishedFrom };
        wValues.windowStart = { date: windowStart };
        wValues.ready = { date: ready };
        if (v.publishedFrom < windowStart) {
          wt = FAIL;
          wOutcome = 'too-old';
        } else if (ready > asOf) {
          wt = FAIL;
          wOutcome = 'too-early';
          hints.push({ kind: 'file-from', date: ready });
        } else {
          wt = PASS;
          wOutcome = 'pass';
        }
      }
      checks.push(check('publication-window', wt, wOutcome, wValues, sourcesOf([windowU, minWeeksU], [S.flandersLmt]), [windowU, minWeeksU]));
      checks.push(noCandidateCheck(v, S.flandersLmt));
      // The worker must still be abroad, unless an EU long-term resident (vlaanderen.be "overige").
      const r = worker.residence;
      const at: Term = r === undefined ? missingT('worker.residence') : r === 'abroad' || r === 'eu-long-term-resident' ? PASS : FAIL;
      checks.push(check('worker-abroad', at, outcomeOf(at), undefined, [S.flandersOther, S.flandersLmt]));
      conditions.push(condition('presumption-of-candidates', [S.flandersLmt]));
      conditions.push(condition('belgian-employer-no-secondment', [S.flandersLmt]));
      break;
    }
    case 'brussels': {
      // Actiris publication for at least 5 continuous weeks, or Actiris' recruitment support.
      const minWeeksU = param('brussels.labour-market-test.min-weeks', asOf);
      const minWeeks = req(minWeeksU);
      const pub = orT(andT(pes, weeksT(v.continuousWeeks, minWeeks)), support);
      checks.push(publicationCheck(pub, v, minWeeksU, authority, [S.brusselsLmt]));
      const h = pub.s !== 'pass' ? publishLonger(v, minWeeks, asOf) : null;
      if (h) hints.push(h);
      checks.push(noCandidateCheck(v, S.brusselsLmt));
      conditions.push(condition('actiris-examines', [S.brusselsLmt]));
      filing = earliest(v, minWeeks);
      break;
    }
    case 'wallonia': {
      // Forem: an offer published for at least 5 weeks (4 is disputed), or Forem's active management.
      const minWeeksU = param('wallonia.labour-market-test.min-weeks', asOf);
      const disputedU = param('wallonia.labour-market-test.min-weeks-disputed', asOf);
      const minWeeks = req(minWeeksU);
      const pub = orT(andT(pes, weeksT(v.continuousWeeks, minWeeks, num(disputedU))), support);
      checks.push(publicationCheck(pub, v, minWeeksU, authority, [S.walloniaLmt], disputedU));
      const h = pub.s !== 'pass' ? publishLonger(v, minWeeks, asOf) : null;
      if (h) hints.push(h);
      checks.push(noCandidateCheck(v, S.walloniaLmt));
      conditions.push(condition('forem-certifies', [S.walloniaLmt]));
      conditions.push(condition('not-entered-before-authorisation', [S.walloniaLmt]));
      conditions.push(condition('contract-clauses-wallonia', [S.walloniaGeneral]));
      filing = earliest(v, minWeeks);
      break;
    }
    case 'german-speaking-community': {
      // ADG and EURES (EMN); the minimum duration was not found: a condition.
      const pub = andT(pes, boolT(v.publishedOnEures, 'vacancy.publishedOnEures'));
      checks.push(publicationCheck(pub, v, null, authority, [S.dgLmt]));
      checks.push(noCandidateCheck(v, S.dgLmt));
      conditions.push(condition('european-labour-market', [S.dgLmt]));
      conditions.push(condition('publication-duration-not-found', [S.dgLmt]));
      break;
    }
  }
  return buildRoute('labour-market-test', authority, answers, asOf, checks, conditions, hints, filing);
};

function publicationCheck(
  t: Term,
  v: Vacancy,
  minWeeksU: ParameterUse | null,
  authority: string,
  extra: readonly string[],
  disputedU?: ParameterUse,
): CheckResult {
  const used = [minWeeksU, disputedU].filter((x): x is ParameterUse => !!x);
  const values: Record<string, number | string> = { authority, min: minWeeksU ? req(minWeeksU) : 0 };
  if (v.continuousWeeks !== undefined) values.weeks = v.continuousWeeks;
  // Recruitment support is an alternative to publishing in Brussels (Actiris) and Wallonia (Forem) only.
  const viaSupport =
    t.s === 'pass' &&
    (authority === 'brussels' || authority === 'wallonia') &&
    v.pesRecruitmentSupport === true &&
    !(v.publishedWithPes === true && minWeeksU !== null && (v.continuousWeeks ?? 0) >= req(minWeeksU));
  const outcome = viaSupport ? 'pass-support' : outcomeOf(t);
  return check('publication', t, outcome, values, used.length ? sourcesOf(used, extra) : [...extra], used, `publication-${authority}`);
}
