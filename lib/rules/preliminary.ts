/**
 * Checks made before any route (docs/RULES.md "Preliminary checks"), in this order:
 * EEA or Swiss national, UK Withdrawal Agreement, unlimited labour-market access (permit not required);
 * self-employed (another procedure: out of scope); then the exemptions of reference §7 (permit not
 * required): posted by an employer established in another EEA state ("Vander Elst"), a student within
 * the hours allowed, a post-doctoral fellowship (Wallonia, German-speaking Community), an executive of
 * a headquarters (German-speaking Community), short business activities (Flanders, Brussels); and last
 * 90 days or less (a short-stay work authorisation: out of scope).
 *
 * A check `pass`es when the exemption or other procedure applies. A missing answer gives `unknown`
 * and does not block the routes; the first check that passes decides the verdict, unless a check
 * before it is unknown and would decide another one: then the verdict is `undetermined`, without
 * routes, and openQuestions names the answer that decides.
 */
import { isEeaNational, isSwissNational } from './data/countries';
import { Memo } from './memo';
import { salaryCheck } from './salary';
import { check, jobOf, outcomeOf, param, req, workerOf, type Job, type Worker } from './routes/shared';
import { S } from './routes/sourceIds';
import { andT, boolT, FAIL, PASS, missingT, notT, unknownT, type Term } from './tri';
import { authorityIds, type AuthorityId, type CheckResult, type IsoDate, type MessageValue, type ParameterUse, type Verdict, type VerdictReason } from './types';
import { residenceValues } from './answer-limits';
import type { Answers } from './answers';

export interface Preliminary {
  checks: CheckResult[];
  verdict: Verdict | null;
  reason: VerdictReason | null;
}

/** One memo per check, keyed by the answer it reads (undefined included): frozen results are shared. */
const memos = new Memo<VerdictReason, Memo<unknown, CheckResult>>();

function cached(
  key: unknown,
  id: VerdictReason,
  make: () => [Term, Record<string, MessageValue> | undefined],
  sources: readonly string[],
  parameters?: readonly ParameterUse[],
): CheckResult {
  const memo = memos.getOr(id, () => new Memo(1024));
  return memo.getOr(key, () => {
    const [t, values] = make();
    return Object.freeze(check(id, t, outcomeOf(t), values, sources, parameters));
  });
}

const order: readonly [VerdictReason, Verdict][] = [
  ['eea-national', 'permit-not-required'],
  ['swiss-national', 'permit-not-required'],
  ['uk-withdrawal-agreement', 'permit-not-required'],
  ['unlimited-labour-market-access', 'permit-not-required'],
  ['self-employed', 'out-of-scope'],
  ['posted-by-eea-employer', 'permit-not-required'],
  ['student-within-allowed-hours', 'permit-not-required'],
  ['post-doctoral-fellowship', 'permit-not-required'],
  ['headquarters-executive', 'permit-not-required'],
  ['short-business-activities', 'permit-not-required'],
  ['short-stay', 'out-of-scope'],
];

const verdictOf = (id: string): Verdict => (order.find(([r]) => r === id) as [VerdictReason, Verdict])[1];

const eeaSources = [S.eeaAgreement, S.flandersWhoNeedsPermit, S.brusselsExemptions];
const swissSources = [S.swissAgreement, S.flandersWhoNeedsPermit, S.brusselsExemptions];
const ukSources = [S.withdrawalAgreement, S.brusselsExemptions];
const unlimitedSources = [S.immigrationOfficeGuide, S.brusselsExemptions];
const selfEmployedSources = [S.flandersWhoNeedsPermit];
const shortStaySources = [S.workingInBelgiumShortStay];

/**
 * An undetermined verdict given before any route: an exemption still unknown could give another
 * verdict than a later preliminary check (whether a work authorisation is needed at all is open).
 */
export function undecidedBeforeRoutes(a: { verdict: Verdict; routes: readonly unknown[] }): boolean {
  return a.verdict === 'undetermined' && a.routes.length === 0;
}

export function preliminary(answers: Answers, asOf: IsoDate, authority: AuthorityId | null): Preliminary {
  const nat = answers.worker?.nationality;
  const res = answers.worker?.residence;
  const emp = answers.job?.employment;
  const dur = answers.job?.durationDays;
  // Work of 90 days or less needs a work authorisation (not a single permit) via Working in Belgium
  // (reference §1.5 and §7). The limit is a parameter: federal.short-stay.max-days.
  const shortStay = param('federal.short-stay.max-days', asOf);
  const maxDays = req(shortStay);

  const natT = (yes: boolean): Term => (nat === undefined ? missingT('worker.nationality') : yes ? PASS : FAIL);
  const resT = (v: string): Term => (res === undefined ? missingT('worker.residence') : res === v ? PASS : FAIL);
  const natValues = () => (nat === undefined ? undefined : { nationality: { country: nat } });

  const checks: CheckResult[] = [
    cached(nat, 'eea-national', () => [natT(nat !== undefined && isEeaNational(nat)), natValues()], eeaSources),
    cached(nat, 'swiss-national', () => [natT(nat !== undefined && isSwissNational(nat)), natValues()], swissSources),
    cached(res, 'uk-withdrawal-agreement', () => [resT('uk-withdrawal-agreement'), undefined], ukSources),
    cached(res, 'unlimited-labour-market-access', () => [resT('belgium-unlimited-labour-market'), undefined], unlimitedSources),
    cached(emp, 'self-employed', () => [emp === undefined ? missingT('job.employment') : emp === 'self-employed' ? PASS : FAIL, undefined], selfEmployedSources),
    ...exemptions(answers, asOf, authority, maxDays, shortStay),
    cached(
      `${dur}|${maxDays}`,
      'short-stay',
      () => [
        dur === undefined ? missingT('job.durationDays') : dur !== null && dur <= maxDays ? PASS : FAIL,
        typeof dur === 'number' ? { days: dur, max: maxDays } : ({ max: maxDays } as Record<string, number>),
      ],
      shortStaySources,
      [shortStay],
    ),
  ];
  for (let i = 0; i < checks.length; i++) {
    if (checks[i]!.status !== 'pass') continue;
    const verdict = verdictOf(checks[i]!.id);
    // An earlier check still unknown that would give another verdict (an EEA national is exempt
    // from the short-stay procedure and from the professional card): the verdict is not known yet,
    // and the routes do not apply either way.
    if (checks.slice(0, i).some((c) => c.status === 'unknown' && verdictOf(c.id) !== verdict)) return { checks, verdict: 'undetermined', reason: null };
    return { checks, verdict, reason: checks[i]!.id as VerdictReason };
  }
  return { checks, verdict: null, reason: null };
}

/**
 * The exemptions of reference §7 that depend on more than one answer (or on the authority). Each
 * check passes when the exemption applies; it is left out where the authority has no such exemption.
 */
function exemptions(answers: Answers, asOf: IsoDate, authority: AuthorityId | null, maxDays: number, shortStay: ParameterUse): CheckResult[] {
  const job = jobOf(answers);
  const worker = workerOf(answers);
  // The checks that read a few yes/no answers only are built once per combination, frozen and shared:
  // the combination is a number (each answer's value, or "not given"), per short-stay parameter value.
  const tri = (b: boolean | undefined) => (b === undefined ? 0 : b ? 1 : 2);
  const dur = job.durationDays;
  let key = authorityIndex(authority);
  key = key * 3 + tri(job.posted);
  key = key * 3 + (job.postingEmployer === undefined ? 0 : job.postingEmployer === 'eea' ? 1 : 2);
  key = key * 6 + residenceIndex(worker.residence);
  key = key * 3 + tri(job.studentWithinAllowedHours);
  key = key * 3 + tri(job.researcherHostingAgreement);
  key = key * 3 + tri(job.postDoctoralFellowship);
  key = key * 3 + tri(job.shortBusinessActivities);
  key = key * 3 + (dur === undefined ? 0 : dur !== null && dur <= maxDays ? 1 : 2);
  let memo = exemptionMemo.get(shortStay);
  if (!memo) exemptionMemo.set(shortStay, (memo = new Memo<number, readonly CheckResult[]>()));
  const fixed = memo.get(key) ?? memo.set(key, Object.freeze(fixedExemptions(job, worker, authority, maxDays, shortStay).map((c) => Object.freeze(c))));
  if (authority !== 'german-speaking-community') return fixed as CheckResult[];
  return [...fixed.slice(0, 3), headquartersExecutive(job, asOf), ...fixed.slice(3)];
}
const exemptionMemo = new Map<ParameterUse, Memo<number, readonly CheckResult[]>>();
const authorityIndex = (a: AuthorityId | null) => (a === null ? 0 : 1 + authorityIds.indexOf(a));
const residenceIndex = (r: Worker['residence']) => (r === undefined ? 0 : 1 + residenceValues.indexOf(r));

function fixedExemptions(job: Job, worker: Worker, authority: AuthorityId | null, maxDays: number, shortStay: ParameterUse): CheckResult[] {
  const out: CheckResult[] = [];
  const posted = boolT(job.posted, 'job.posted');

  // A non-EEA employee of an employer established in another EEA state, posted to Belgium to provide a
  // service, needs no work authorisation (CJEU, Vander Elst, C-43/93): a Limosa declaration instead.
  const eeaEmployer: Term = job.postingEmployer === undefined ? missingT('job.postingEmployer') : job.postingEmployer === 'eea' ? PASS : FAIL;
  // The employer's seat matters only for a posting: ask whether it is one first.
  const ve = job.posted === undefined ? posted : andT(posted, eeaEmployer);
  out.push(check('posted-by-eea-employer', ve, outcomeOf(ve), undefined, [S.vanderElst, S.eeaPostingOfficial, S.dgExemptionList, S.vanderElstConditions, S.limosa]));

  // A student in Belgium working within the hours allowed (holidays; at most 20 hours a week in term).
  const res = worker.residence;
  const inBelgium: Term = res === undefined ? missingT('worker.residence') : res === 'belgium-other' ? PASS : FAIL;
  // Ask about student work only for a worker living in Belgium (and not posted).
  const st = inBelgium.s !== 'pass' ? inBelgium : andT(notT(posted), boolT(job.studentWithinAllowedHours, 'job.studentWithinAllowedHours'));
  out.push(check('student-within-allowed-hours', st, outcomeOf(st), undefined, [S.brusselsExemptions]));

  // Post-doctoral scholars on a fellowship, up to 3 years: exempt in the German-speaking Community
  // (ostbelgienlive.be) and Wallonia (UNamur, secondary); asked for research positions only.
  if (authority === 'wallonia' || authority === 'german-speaking-community') {
    const research: Term = job.researcherHostingAgreement === false ? FAIL : job.researcherHostingAgreement === true ? PASS : missingT('job.researcherHostingAgreement');
    const pd = research.s === 'fail' ? FAIL : andT(research, boolT(job.postDoctoralFellowship, 'job.postDoctoralFellowship'));
    out.push(check('post-doctoral-fellowship', pd, outcomeOf(pd), { authority }, [S.dgExemptionList]));
  }

  // Short business activities (meetings, trade fairs, negotiations, audits …) of at most 90 days in any
  // 180, with a Limosa declaration: exempt in Flanders (vlaanderen.be) and Brussels (Reliance Littler).
  if (authority === 'flanders' || authority === 'brussels') {
    const dur = job.durationDays;
    const short: Term = dur === undefined ? missingT('job.durationDays') : dur !== null && dur <= maxDays ? PASS : FAIL;
    const sb = andT(short, boolT(job.shortBusinessActivities, 'job.shortBusinessActivities'));
    const sources = authority === 'flanders' ? [S.flandersWhoNeedsPermit, S.limosa] : [S.reliance, S.brusselsExemptions, S.limosa];
    out.push(check('short-business-activities', sb, outcomeOf(sb), { max: maxDays }, sources, [shortStay]));
  }
  return out;
}

/**
 * An executive of a headquarters paid more than the German-speaking Community's amount is exempt
 * (ostbelgienlive.be exemption page; art. 9 RD 9 June 1999 amounts, see the parameter).
 */
function headquartersExecutive(job: Job, asOf: IsoDate): CheckResult {
  const pay = salaryCheck({
    authority: 'german-speaking-community',
    asOf,
    job,
    options: [{ use: param('german-speaking-community.executive.exemption-salary', asOf), variant: 'general' }],
    strict: true,
    id: 'headquarters-executive-pay',
    extraSources: [S.dgExemptionList],
  }).check;
  const hq = andT(boolT(job.headquartersExecutive, 'job.headquartersExecutive'), termOf(pay));
  return check('headquarters-executive', hq, outcomeOf(hq), { pay: { message: pay.text } }, pay.sources, pay.parameters);
}

/** A check's result as a term (its missing answers, or why it is unknown). */
function termOf(c: CheckResult): Term {
  if (c.status !== 'unknown') return c.status === 'pass' ? PASS : FAIL;
  return c.unknownBecause === 'answer-missing' || c.unknownBecause === undefined ? { s: 'unknown', m: c.missing, u: 'answer-missing' } : unknownT(c.unknownBecause);
}
