/**
 * The labour market test ("overige" / "autre cas" / "catégorie générale"): the vacancy was published
 * and no suitable candidate was found. docs/RULES.md "labour-market-test"; reference §5.4 and the
 * corrections of 30 November 2026 §B–C.
 */
import { addDays, addMonths, daysBetween } from '../dates';
import { andT, boolT, orT, FAIL, PASS, missingT, unknownT, type Term } from '../tri';
import type { CheckResult, Condition, Hint, IsoDate, ParameterUse } from '../types';
import { buildRoute, type RouteFn } from './build';
import { notPostedCheck } from './common';
import { check, condition, jobOf, num, outcomeOf, param, req, sourcesOf, vacancyOf, workerOf, type Vacancy } from './shared';
import { fteCheck, mediumSkilledCheck, minimumIncomeCondition, onListCheck } from './shortage-occupation';
import { S } from './sourceIds';

/** At least `minU` weeks; where a source gives fewer weeks (`alternative`), the weeks in between are unknown. */
function weeksT(weeks: number | undefined, minU: ParameterUse): Term {
  if (weeks === undefined) return missingT('vacancy.continuousWeeks');
  const min = req(minU);
  const alt = minU.alternative ?? min;
  if (weeks >= Math.max(min, alt)) return PASS;
  if (weeks >= Math.min(min, alt)) return unknownT('rule-uncertain');
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

/**
 * The continuous publication must lie, for at least `minWeeks`, within the `months` before the
 * application is filed (asOf). The publication runs from `publishedFrom` for `continuousWeeks`; a
 * publication that began before the window and was still running inside it counts for the weeks that
 * fall inside it (corrections of 30 November 2026 §C). Days before the filing date count.
 */
function windowCheck(v: Vacancy, asOf: IsoDate, windowU: ParameterUse, minWeeksU: ParameterUse, extra: readonly string[], hints: Hint[], alternativeT?: Term): CheckResult {
  const months = req(windowU);
  const minWeeks = req(minWeeksU);
  const lowWeeks = Math.min(minWeeks, minWeeksU.alternative ?? minWeeks);
  const values: Record<string, number | { date: IsoDate }> = { months, weeks: minWeeks };
  const windowStart = addMonths(asOf, -months);
  values.windowStart = { date: windowStart };
  let t: Term;
  let outcome: string;
  if (!v.publishedFrom || v.continuousWeeks === undefined) {
    t = andT(v.publishedFrom ? PASS : missingT('vacancy.publishedFrom'), v.continuousWeeks === undefined ? missingT('vacancy.continuousWeeks') : PASS);
    outcome = 'missing';
  } else {
    const end = addDays(v.publishedFrom, v.continuousWeeks * 7);
    const from = v.publishedFrom > windowStart ? v.publishedFrom : windowStart;
    const to = end < asOf ? end : asOf;
    const days = Math.max(0, daysBetween(from, to));
    values.from = { date: v.publishedFrom };
    values.until = { date: end };
    values.days = days;
    values.inWindow = Math.floor(days / 7);
    if (days >= minWeeks * 7) {
      t = PASS;
      outcome = 'pass';
    } else if (days >= lowWeeks * 7) {
      t = unknownT('rule-uncertain');
      outcome = 'uncertain';
    } else if (v.continuousWeeks >= minWeeks && addDays(v.publishedFrom, minWeeks * 7) > asOf) {
      // Long enough, but not yet published for the minimum weeks on the filing date.
      t = FAIL;
      outcome = 'too-early';
      const ready = addDays(v.publishedFrom, minWeeks * 7);
      values.ready = { date: ready };
      hints.push({ kind: 'file-from', date: ready });
    } else if (end <= windowStart || (v.continuousWeeks >= minWeeks && addMonths(addDays(end, -minWeeks * 7), months) < asOf)) {
      t = FAIL;
      outcome = 'too-old';
    } else {
      t = FAIL;
      outcome = 'too-short';
    }
  }
  if (alternativeT) {
    // Wallonia: Forem's active management or pre-selection replaces the publication.
    const either = orT(t, alternativeT);
    if (either.s === 'pass' && t.s !== 'pass') outcome = 'pass-support';
    t = either;
  }
  return check('publication-window', t, outcome, values, sourcesOf([windowU, minWeeksU], extra), [windowU, minWeeksU]);
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
  const eures = boolT(v.publishedOnEures, 'vacancy.publishedOnEures');
  const support = boolT(v.pesRecruitmentSupport, 'vacancy.pesRecruitmentSupport');

  switch (authority) {
    case 'flanders': {
      // Only occupations on VDAB's knelpuntberoepenlijst (Vandelanotte, 27 Jun 2024).
      checks.push(onListCheck('on-pes-shortage-list', job, 'pes-study', authority, asOf, null, [S.flandersLmt, S.flandersOther], 'on-pes-shortage-list'));
      // Since 1 May 2024 only positions of VKS 2–4 (Vandelanotte); from 2026 VKS 3–4 per the EMN:
      // level 2 is disputed (the parameter's alternative). null before 1 May 2024: no level rule.
      const minEqf = param('flanders.labour-market-test.min-eqf', asOf);
      const maxEqf = param('flanders.labour-market-test.max-eqf', asOf);
      if (num(minEqf) !== null && num(maxEqf) !== null) checks.push(mediumSkilledCheck(job.requiredQualificationEqf, minEqf, maxEqf, [S.flandersLmt]));
      checks.push(fteCheck(job.fte, param('flanders.labour-market-test.min-fte', asOf), [S.flandersLmt]));
      // Belgian employer only, no secondment (reference §5.4; corrections of 30 November 2026 §B).
      checks.push(notPostedCheck(job.posted, [S.flandersLmt, S.flandersOther], 'not-posted-flanders-lmt'));
      // Published with VDAB AND on EURES for at least 9 continuous weeks (before 1 May 2024: on the
      // VDAB website for at least 6 weeks, still online when applying) ...
      const minWeeksU = param('flanders.labour-market-test.min-weeks', asOf);
      const minWeeks = req(minWeeksU);
      const euresU = param('flanders.labour-market-test.eures-required', asOf);
      const pub = euresU.value === true ? andT(pes, eures, weeksT(v.continuousWeeks, minWeeksU)) : andT(pes, weeksT(v.continuousWeeks, minWeeksU));
      checks.push(publicationCheck(pub, v, minWeeksU, euresU.value === true ? authority : 'flanders-before-2024-05', [S.flandersLmt, S.flandersOther]));
      const h = pub.s !== 'pass' ? publishLonger(v, minWeeks, asOf) : null;
      if (h) hints.push(h);
      // ... within the 4 months before the application is filed (asOf), from 1 May 2024.
      const windowU = param('flanders.labour-market-test.window-months', asOf);
      if (num(windowU) !== null) checks.push(windowCheck(v, asOf, windowU, minWeeksU, [S.flandersLmt], hints));
      else conditions.push(condition('still-online-at-filing', sourcesOf([windowU])));
      filing = earliest(v, minWeeks);
      checks.push(noCandidateCheck(v, S.flandersLmt));
      // The worker must still be abroad, unless an EU long-term resident (vlaanderen.be "overige").
      const r = worker.residence;
      const at: Term = r === undefined ? missingT('worker.residence') : r === 'abroad' || r === 'eu-long-term-resident' ? PASS : FAIL;
      checks.push(check('worker-abroad', at, outcomeOf(at), undefined, [S.flandersOther, S.flandersLmt]));
      conditions.push(condition('presumption-of-candidates', [S.flandersLmt]));
      break;
    }
    case 'brussels': {
      // Actiris publication for at least 5 continuous weeks, or Actiris' recruitment support (since the
      // reform of 1 October 2024; before it, Actiris examined the labour market without a fixed period).
      const minWeeksU = param('brussels.labour-market-test.min-weeks', asOf);
      if (num(minWeeksU) !== null) {
        const minWeeks = req(minWeeksU);
        const pub = orT(andT(pes, weeksT(v.continuousWeeks, minWeeksU)), support);
        checks.push(publicationCheck(pub, v, minWeeksU, authority, [S.brusselsLmt]));
        const h = pub.s !== 'pass' ? publishLonger(v, minWeeks, asOf) : null;
        if (h) hints.push(h);
        filing = earliest(v, minWeeks);
      }
      checks.push(noCandidateCheck(v, S.brusselsLmt));
      conditions.push(condition('actiris-examines', [S.brusselsLmt]));
      break;
    }
    case 'wallonia': {
      // Forem and EURES, for at least 5 continuous weeks (Sotra: 4, disputed) within the year before
      // the application (art. 2 §3 of the Walloon Decision of 6 June 2024; EMN 2026 §3.1); or Forem's
      // active management or pre-selection. The official's assessment of the employer's own search is
      // the third way, a condition.
      const minWeeksU = param('wallonia.labour-market-test.min-weeks', asOf);
      if (num(minWeeksU) !== null) {
        const minWeeks = req(minWeeksU);
        const pub = orT(andT(pes, eures, weeksT(v.continuousWeeks, minWeeksU)), support);
        checks.push(publicationCheck(pub, v, minWeeksU, authority, [S.walloniaLmt, S.emn2026]));
        const h = pub.s !== 'pass' ? publishLonger(v, minWeeks, asOf) : null;
        if (h) hints.push(h);
        checks.push(windowCheck(v, asOf, param('wallonia.labour-market-test.window-months', asOf), minWeeksU, [S.walloniaLmt, S.emn2026], hints, support));
        filing = earliest(v, minWeeks);
      } else {
        // Before the Decree of 6 June 2024 (1 September 2024): the publication rule was not found.
        conditions.push(condition('publication-rule-not-found-wallonia', sourcesOf([minWeeksU])));
      }
      checks.push(noCandidateCheck(v, S.walloniaLmt));
      conditions.push(condition('forem-certifies', [S.walloniaLmt]));
      conditions.push(condition('employer-justification-wallonia', [S.walloniaLmt, S.emn2026]));
      conditions.push(condition('not-entered-before-authorisation', [S.walloniaLmt]));
      conditions.push(condition('contract-clauses-wallonia', [S.walloniaGeneral]));
      break;
    }
    case 'german-speaking-community': {
      // ADG and EURES (EMN); the minimum duration was not found: a condition.
      const pub = andT(pes, eures);
      checks.push(publicationCheck(pub, v, null, authority, [S.dgLmt]));
      checks.push(noCandidateCheck(v, S.dgLmt));
      conditions.push(condition('european-labour-market', [S.dgLmt]));
      conditions.push(condition('publication-duration-not-found', [S.dgLmt]));
      break;
    }
  }
  conditions.push(minimumIncomeCondition(asOf));
  return buildRoute('labour-market-test', authority, answers, asOf, checks, conditions, hints, filing);
};

function publicationCheck(t: Term, v: Vacancy, minWeeksU: ParameterUse | null, authority: string, extra: readonly string[]): CheckResult {
  const used = minWeeksU ? [minWeeksU] : [];
  const values: Record<string, number | string> = { authority, min: minWeeksU ? req(minWeeksU) : 0 };
  if (minWeeksU?.alternative !== undefined) values.alternative = minWeeksU.alternative;
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
