/**
 * Checks made before any route (docs/RULES.md "Preliminary checks"), in this order:
 * EEA or Swiss national, UK Withdrawal Agreement, unlimited labour-market access (permit not required);
 * self-employed, 90 days or less (another procedure: out of scope).
 *
 * A check `pass`es when the exemption or other procedure applies. A missing answer gives `unknown`
 * and does not block the routes; the first check that passes decides the verdict.
 */
import { isEeaNational, isSwissNational } from './data/countries';
import { check, outcomeOf, param, req } from './routes/shared';
import { S } from './routes/sourceIds';
import { FAIL, PASS, missingT, type Term } from './tri';
import type { CheckResult, IsoDate, MessageValue, ParameterUse, Verdict, VerdictReason } from './types';
import type { Answers } from './answers';

export interface Preliminary {
  checks: CheckResult[];
  verdict: Verdict | null;
  reason: VerdictReason | null;
}

/** One memo per check, keyed by the answer it reads (undefined included): frozen results are shared. */
const memos = new Map<VerdictReason, Map<unknown, CheckResult>>();

function cached(
  key: unknown,
  id: VerdictReason,
  make: () => [Term, Record<string, MessageValue> | undefined],
  sources: readonly string[],
  parameters?: readonly ParameterUse[],
): CheckResult {
  let memo = memos.get(id);
  if (!memo) {
    memo = new Map();
    memos.set(id, memo);
  }
  let c = memo.get(key);
  if (!c) {
    if (memo.size > 1024) memo.clear();
    const [t, values] = make();
    c = check(id, t, outcomeOf(t), values, sources, parameters);
    Object.freeze(c);
    memo.set(key, c);
  }
  return c;
}

const order: readonly [VerdictReason, Verdict][] = [
  ['eea-national', 'permit-not-required'],
  ['swiss-national', 'permit-not-required'],
  ['uk-withdrawal-agreement', 'permit-not-required'],
  ['unlimited-labour-market-access', 'permit-not-required'],
  ['self-employed', 'out-of-scope'],
  ['short-stay', 'out-of-scope'],
];

const eeaSources = [S.eeaAgreement, S.flandersWhoNeedsPermit, S.brusselsExemptions];
const swissSources = [S.swissAgreement, S.flandersWhoNeedsPermit, S.brusselsExemptions];
const ukSources = [S.withdrawalAgreement, S.brusselsExemptions];
const unlimitedSources = [S.immigrationOfficeGuide, S.brusselsExemptions];
const selfEmployedSources = [S.flandersWhoNeedsPermit];
const shortStaySources = [S.workingInBelgiumShortStay];

export function preliminary(answers: Answers, asOf: IsoDate): Preliminary {
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
    if ((checks[i] as CheckResult).status === 'pass') {
      const [reason, verdict] = order[i] as [VerdictReason, Verdict];
      return { checks, verdict, reason };
    }
  }
  return { checks, verdict: null, reason: null };
}
