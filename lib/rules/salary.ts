/**
 * Salary as each authority counts it (reference, "Corrections of 30 November 2026", §A).
 *
 * Each authority states its thresholds in its own unit: Brussels in monthly base pay (since
 * 1 October 2024), Flanders, Wallonia and the German-speaking Community in annual gross pay. Only
 * Flanders publishes a rule to convert the other unit (vlaanderen.be "wages and allowances": a
 * monthly salary × 13.92 when a 13th month is paid on top of double holiday pay; × 12 for a secondment
 * on a foreign contract). Elsewhere a salary in the other unit is never converted.
 */
import { check, num, param, sourcesOf } from './routes/shared';
import { salaryUnitPolicy, type SalaryPeriod } from './salary-units';
import { FAIL, PASS, missingT, unknownT, type Term } from './tri';
import type { AnswerPath, AuthorityId, CheckResult, Hint, IsoDate, MessageValue, ParameterUse } from './types';
import type { Job } from './answers';


/** A threshold that may apply, with the word that says which one it is (a `variant` in the messages). */
export interface SalaryOption {
  use: ParameterUse;
  variant: string;
}

export interface SalarySpec {
  authority: AuthorityId;
  asOf: IsoDate;
  job: Job;
  /** Thresholds that may apply: one when the answers determine it. */
  options: readonly SalaryOption[];
  /** When several options remain: why (missing answers, or rule-uncertain). */
  pending?: Term;
  extraSources?: readonly string[];
  /** `true`: the pay must be more than the threshold (the German-speaking Community's headquarters exemption); default: at least. */
  strict?: boolean;
  /** Check id (default `salary-threshold`) and message id (default the same). */
  id?: string;
  textId?: string;
}

export interface SalaryResult {
  check: CheckResult;
  hints: Hint[];
}

/** How a salary given in the other unit becomes the authority's: the factor, or null when no rule exists. */
interface Conversion {
  factor: number | null;
  basis: 'none' | 'thirteenthMonth' | 'posted';
}

const cents = (x: number): number => Math.round(x * 100);
const NONE: readonly Conversion[] = Object.freeze([Object.freeze({ factor: 1, basis: 'none' as const })]);
const NO_RULE: Conversion = Object.freeze({ factor: null, basis: 'none' as const });

/**
 * The conversions that may apply to the salary given, and the unanswered answers that would decide
 * between them. Flanders (vlaanderen.be "wages and allowances"; vreemdelingenrecht.be): a monthly
 * salary × 13.92 only with a 13th month on top of double holiday pay on a local contract, × 12 for a
 * secondment on a foreign contract; without a 13th month no rule is published. Elsewhere none.
 */
function conversions(spec: SalarySpec, per: SalaryPeriod, used: ParameterUse[], open: AnswerPath[]): readonly Conversion[] {
  const salary = spec.job.grossSalary!;
  if (salary.period === per) return NONE;
  const policy = salaryUnitPolicy(spec.authority, spec.asOf);
  if (policy.convertsFrom !== salary.period || spec.authority !== 'flanders') return [NO_RULE];
  const local: Conversion[] = [];
  const t13 = spec.job.thirteenthMonth;
  const posted = spec.job.posted;
  if (posted !== true) {
    const divisor = param('flanders.highly-skilled.monthly-divisor', spec.asOf);
    if (t13 !== false) used.push(divisor);
    if (t13 === true) local.push({ factor: num(divisor), basis: 'thirteenthMonth' });
    else if (t13 === false) local.push(NO_RULE);
    else {
      local.push({ factor: num(divisor), basis: 'thirteenthMonth' }, NO_RULE);
      open.push('job.thirteenthMonth');
    }
  }
  if (posted === false) return local;
  const twelve = param('flanders.highly-skilled.months-posted', spec.asOf);
  used.push(twelve);
  const secondment: Conversion = { factor: num(twelve), basis: 'posted' };
  if (posted === true) return [secondment];
  open.unshift('job.posted');
  return [secondment, ...local];
}

/**
 * Compares the pay actually received (the full-time amount, converted by the authority's own rule,
 * × fte) with the thresholds that may apply. Thresholds are not pro-rated (corrections of
 * 30 November 2026 §A). A check passes only when it passes for every value of the answers not
 * given, and fails only when it fails for all of them; a salary between two figures that sources
 * give for one threshold (`alternative`) is unknown, never the favourable figure.
 */
export function salaryCheck(spec: SalarySpec): SalaryResult {
  return simpleSalaryCheck(spec) ?? fullSalaryCheck(spec);
}

/**
 * The common case, without the general machinery (the hot path of evaluate()): one threshold, a salary
 * in the authority's own unit and the working time given. Null otherwise.
 */
function simpleSalaryCheck(spec: SalarySpec): SalaryResult | null {
  const { authority, asOf, job } = spec;
  const salary = job.grossSalary;
  const fte = job.fte;
  if (spec.options.length !== 1 || salary === undefined || fte === undefined) return null;
  const use = spec.options[0]!.use;
  const v = num(use);
  if (v === null) return null;
  const per = salaryUnitPolicy(authority, asOf).unit;
  if (salary.period !== per) return null;
  const alt = use.alternative ?? v;
  const low = alt < v ? alt : v;
  const high = alt > v ? alt : v;
  const received = Math.round(cents(salary.amount) * fte);
  const strict = spec.strict === true;
  const pass = strict ? received > cents(high) : received >= cents(high);
  const fail = strict ? received <= cents(low) : received < cents(low);
  const variant = spec.options[0]!.variant;
  const id = spec.id ?? 'salary-threshold';
  const textId = spec.textId ?? 'salary-threshold';
  const used = [use];
  const sources = sourcesOf(used, spec.extraSources);
  const pay = payValue(salary, null, per, fte);
  const date: MessageValue = { date: asOf };
  const strictV = strict ? 'yes' : 'no';
  if (pass) {
    const values: Record<string, MessageValue> = { authority, pay, threshold: { money: high, per }, variant, date, strict: strictV };
    return { check: check(id, PASS, 'pass', values, sources, used, textId), hints: [] };
  }
  const hint: Extract<Hint, { kind: 'salary-at-least' }> = { kind: 'salary-at-least', amount: high, per, checkId: id };
  if (fte < 1) hint.fte = fte;
  if (fail) {
    const values: Record<string, MessageValue> = { authority, pay, threshold: { money: low, per }, variant, date, partTime: fte < 1 ? 'yes' : 'no', strict: strictV };
    return { check: check(id, FAIL, 'fail', values, sources, used, textId), hints: [hint] };
  }
  // Between two figures that sources give for the same threshold: unknown, never the favourable one.
  const values: Record<string, MessageValue> = { authority, pay, low: { money: low, per }, high: { money: high, per }, variant, date, strict: strictV };
  return { check: check(id, unknownT('rule-uncertain'), 'band', values, sources, used, textId), hints: [hint] };
}

function fullSalaryCheck(spec: SalarySpec): SalaryResult {
  const { authority, asOf, job } = spec;
  const id = spec.id ?? 'salary-threshold';
  const textId = spec.textId ?? 'salary-threshold';
  const per = salaryUnitPolicy(authority, asOf).unit;
  const used: ParameterUse[] = spec.options.map((o) => o.use);
  const bands: { o: SalaryOption; low: number; high: number }[] = [];
  for (const o of spec.options) {
    const v = num(o.use);
    if (v === null) continue;
    const alt = o.use.alternative ?? v;
    bands.push({ o, low: Math.min(v, alt), high: Math.max(v, alt) });
  }
  const date: MessageValue = { date: asOf };
  const strict = spec.strict ? 'yes' : 'no';
  const finish = (t: Term, outcome: string, values: Record<string, MessageValue>, hints: Hint[] = []): SalaryResult => {
    values.strict = strict;
    return { check: check(id, t, outcome, values, sourcesOf(used, spec.extraSources), used, textId), hints };
  };

  if (bands.length === 0) return finish(unknownT('rule-data-missing'), 'data-missing', { authority });
  const lo = bands.reduce((m, b) => Math.min(m, b.low), Infinity);
  const hi = bands.reduce((m, b) => Math.max(m, b.high), -Infinity);
  const several = bands.length > 1 && lo !== hi && spec.pending !== undefined;
  const first = bands[0]!;
  const variantOf = (b: { o: SalaryOption }) => b.o.variant;

  const salary = job.grossSalary;
  if (!salary) {
    const t = several ? mergeMissing(missingT('job.grossSalary'), spec.pending!) : missingT('job.grossSalary');
    return finish(t, 'missing', { authority, threshold: { money: lo, per }, variant: several ? 'lowest' : variantOf(first), date });
  }

  const open: AnswerPath[] = [];
  const conv = conversions(spec, per, used, open);
  const salaryV: MessageValue = { money: salary.amount, per: salary.period };
  if (conv.every((c) => c.factor === null)) {
    const reason = authority === 'flanders' && salary.period === 'month' ? 'noThirteenthMonth' : 'noRule';
    return finish(unknownT('unit-mismatch'), 'unit-mismatch', { authority, threshold: { money: lo, per }, per, given: salary.period, reason, date }, [
      { kind: 'answer', path: 'job.grossSalary' },
    ]);
  }
  if (conv.some((c) => c.factor === null)) {
    // One possible case has no conversion rule: whatever the amount, the answer that rules it out decides.
    return finish({ s: 'unknown', m: open, u: 'answer-missing' }, 'conversion-missing', { authority, salary: salaryV, per, date });
  }

  // The pay actually received, as a range over the answers not given.
  const fte = job.fte;
  if (fte === undefined) open.push('job.fte');
  let min = Infinity;
  let max = -Infinity;
  for (const c of conv) {
    const annual = cents(salary.amount * (c.factor as number));
    min = Math.min(min, fte === undefined ? 0 : Math.round(annual * fte));
    max = Math.max(max, fte === undefined ? annual : Math.round(annual * fte));
  }
  const single = conv.length === 1 ? conv[0]! : null;
  const pay = payValue(salary, single, per, fte);

  const meets = (x: number, threshold: number) => (spec.strict ? x > cents(threshold) : x >= cents(threshold));
  type Status = { s: 'pass' | 'fail' } | { s: 'unknown'; band: boolean };
  const statuses: Status[] = bands.map((b) => {
    if (meets(min, b.high)) return { s: 'pass' };
    if (!meets(max, b.low)) return { s: 'fail' };
    // Unknown: in the disputed band for every value of the open answers, or because of them.
    return { s: 'unknown', band: meets(min, b.low) && !meets(max, b.high) };
  });

  if (statuses.every((x) => x.s === 'pass')) {
    const top = bands.reduce((m, b) => (b.high > m.high ? b : m));
    return finish(PASS, 'pass', { authority, pay, threshold: { money: top.high, per }, variant: variantOf(top), date });
  }
  const hints = salaryHints(id, bands, statuses, per, fte, spec.pending);
  if (statuses.every((x) => x.s === 'fail')) {
    const bottom = bands.reduce((m, b) => (b.low < m.low ? b : m));
    const partTime = fte !== undefined && fte < 1 ? 'yes' : 'no';
    return finish(FAIL, 'fail', { authority, pay, threshold: { money: bottom.low, per }, variant: variantOf(bottom), date, partTime }, hints);
  }
  const differ = statuses.some((x) => x.s !== statuses[0]!.s);
  if (differ && several) {
    // Which threshold applies decides: the pending answers (or an uncertain rule), plus any open answer.
    const t = open.length ? mergeMissing({ s: 'unknown', m: open, u: 'answer-missing' }, spec.pending!) : spec.pending!;
    const low = bands.reduce((m, b) => (b.low < m.low ? b : m));
    const high = bands.reduce((m, b) => (b.high > m.high ? b : m));
    const values = { authority, pay, low: { money: low.low, per }, lowVariant: variantOf(low), high: { money: high.high, per }, highVariant: variantOf(high), date };
    return finish(t, t.u === 'rule-uncertain' ? 'depends-uncertain' : 'depends', values, hints);
  }
  const inBand = statuses.every((x) => x.s !== 'unknown' || x.band);
  if (inBand || open.length === 0) {
    // The pay lies between two figures that sources give for the same threshold.
    const b = bands.find((_, i) => statuses[i]!.s === 'unknown') ?? first;
    return finish(unknownT('rule-uncertain'), 'band', { authority, pay, low: { money: b.low, per }, high: { money: b.high, per }, variant: variantOf(b), date }, hints);
  }
  const t: Term = { s: 'unknown', m: open, u: 'answer-missing' };
  const outcome = open.includes('job.posted') || open.includes('job.thirteenthMonth') ? 'conversion-missing' : 'fte-missing';
  const top = bands.reduce((m, b) => (b.high > m.high ? b : m));
  return finish(t, outcome, { authority, pay, salary: salaryV, per, threshold: { money: top.high, per }, variant: variantOf(top), date }, hints);
}

/** The pay in words: the salary given, its conversion and the part actually received. */
function payValue(salary: NonNullable<Job['grossSalary']>, c: Conversion | null, per: SalaryPeriod, fte: number | undefined): MessageValue {
  const values: Record<string, MessageValue> = { salary: { money: salary.amount, per: salary.period } };
  let amount = salary.amount;
  if (c && c.basis !== 'none' && c.factor !== null) {
    amount = cents(salary.amount * c.factor) / 100;
    values.factor = c.factor;
    values.annual = { money: amount, per };
  }
  values.conversion = c ? c.basis : 'none';
  if (fte !== undefined && fte < 1) {
    values.fte = { percent: fte };
    values.received = { money: Math.round(cents(amount) * fte) / 100, per };
    values.partTime = 'yes';
  } else values.partTime = 'no';
  return { message: { key: 'salary.pay', values } };
}

/**
 * "What would change the outcome": the pay that would meet the threshold. When the threshold depends
 * on answers not given, every figure that may apply, and the answers that decide.
 */
function salaryHints(
  checkId: string,
  bands: readonly { o: SalaryOption; low: number; high: number }[],
  statuses: readonly { s: string }[],
  per: SalaryPeriod,
  fte: number | undefined,
  pending: Term | undefined,
): Hint[] {
  const short = bands.filter((_, i) => statuses[i]!.s !== 'pass');
  if (short.length === 0) return [];
  const top = short.reduce((m, b) => (b.high > m.high ? b : m));
  const hint: Extract<Hint, { kind: 'salary-at-least' }> = { kind: 'salary-at-least', amount: top.high, per, checkId };
  if (fte !== undefined && fte < 1) hint.fte = fte;
  if (bands.length > 1 && pending) {
    hint.alternatives = [...bands].sort((a, b) => a.high - b.high).map((b) => ({ amount: b.high, variant: b.o.variant }));
    if (pending.u === 'answer-missing' && pending.m.length) hint.dependsOn = [...pending.m];
  }
  return [hint];
}

function mergeMissing(a: Term, b: Term): Term {
  if (b.s !== 'unknown' || b.u !== 'answer-missing') return a;
  const m = [...a.m];
  for (const p of b.m) if (!m.includes(p)) m.push(p);
  return { s: 'unknown', m, u: 'answer-missing' };
}

/**
 * The options for a threshold that depends on one three-valued condition: `special` when it holds,
 * `general` when it does not, both (pending) when it is unknown.
 */
export function reducedOptions(applies: Term, general: SalaryOption, special: SalaryOption): { options: SalaryOption[]; pending?: Term } {
  if (applies.s === 'pass') return { options: [special] };
  if (applies.s === 'fail') return { options: [general] };
  return { options: [special, general], pending: applies };
}
