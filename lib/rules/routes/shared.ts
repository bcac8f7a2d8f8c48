/**
 * Helpers shared by the route files: parameter look-up (memoized per date), check builders and the
 * salary comparison used by every route with a threshold.
 */
import { Memo } from '../memo';
import { valueOn } from '../params';
import { PASS, FAIL, missingT, unknownT, type Term } from '../tri';
import type { AnswerPath, AuthorityId, CheckResult, Condition, Hint, IsoDate, MessageValue, ParameterUse, Tri } from '../types';
import type { Answers } from '../answers';

// ---------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------

/**
 * valueOn(), memoized per date. params.ts already returns shared frozen objects; the memo saves its
 * search over the dated values (≈ 50 look-ups per evaluation, usually all on the same date).
 */
const byDate = new Memo<IsoDate, Memo<string, ParameterUse>>(512);
let lastDate: IsoDate | null = null;
let lastMap: Memo<string, ParameterUse> | null = null;
export function param(id: string, asOf: IsoDate): ParameterUse {
  let m = asOf === lastDate ? lastMap : byDate.get(asOf);
  if (!m) m = byDate.set(asOf, new Memo(1024));
  lastDate = asOf;
  lastMap = m;
  return m.get(id) ?? m.set(id, valueOn(id, asOf));
}

/** The numeric value of a parameter, or null when the rule does not exist (or is not known) on that date. */
export function num(u: ParameterUse): number | null {
  return typeof u.value === 'number' ? u.value : null;
}

/** The numeric value of a parameter that must exist. Throws (a programming or data error) otherwise. */
export function req(u: ParameterUse): number {
  if (typeof u.value !== 'number') throw new Error(`parameter ${u.id} has no numeric value on this date`);
  return u.value;
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

const noPaths: readonly AnswerPath[] = Object.freeze([]);
const noParams: readonly ParameterUse[] = Object.freeze([]);

export function uniq(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}

interface SourceNode {
  next: Map<unknown, SourceNode>;
  value?: string[];
}
const sourceTrie: SourceNode = { next: new Map() };

/**
 * Sources of the parameters used, then the extra ones, without duplicates; never empty if either is
 * given. Memoized in a trie keyed by the (shared, frozen) parameter objects and the extra ids, so the
 * hot path allocates nothing.
 */
export function sourcesOf(params: readonly ParameterUse[], extra?: readonly string[]): string[] {
  if (params.length === 1 && (!extra || extra.length === 0)) return (params[0] as ParameterUse).sources;
  let node = sourceTrie;
  for (let i = 0; i < params.length; i++) node = step(node, params[i]);
  node = step(node, '|');
  if (extra) for (let i = 0; i < extra.length; i++) node = step(node, extra[i]);
  if (!node.value) node.value = Object.freeze(computeSources(params, extra)) as string[];
  return node.value;
}

function step(node: SourceNode, key: unknown): SourceNode {
  let n = node.next.get(key);
  if (!n) {
    n = { next: new Map() };
    node.next.set(key, n);
  }
  return n;
}

function computeSources(params: readonly ParameterUse[], extra?: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of params) for (const x of p.sources) if (!out.includes(x)) out.push(x);
  if (extra) for (const x of extra) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * Builds a check from a term. The message key is `checks.<id>.<outcome>`, or `checks.<textId>.<outcome>`
 * when several authorities word the same check differently.
 */
export function check(
  id: string,
  t: Term,
  outcome: string,
  values: Record<string, MessageValue> | undefined,
  sources: readonly string[],
  parameters: readonly ParameterUse[] = noParams,
  textId: string = id,
): CheckResult {
  const c: CheckResult = {
    id,
    status: t.s,
    text: values ? { key: `checks.${textId}.${outcome}`, values } : { key: `checks.${textId}.${outcome}` },
    sources: sources as string[],
    parameters: parameters as ParameterUse[],
    missing: (t.s === 'unknown' && t.u === 'answer-missing' ? t.m : noPaths) as AnswerPath[],
  };
  if (t.s === 'unknown') c.unknownBecause = t.u ?? 'answer-missing';
  return c;
}

export function outcomeOf(t: Term): 'pass' | 'fail' | 'missing' | 'uncertain' | 'unit-mismatch' | 'data-missing' {
  if (t.s !== 'unknown') return t.s;
  switch (t.u) {
    case 'rule-uncertain':
      return 'uncertain';
    case 'unit-mismatch':
      return 'unit-mismatch';
    case 'rule-data-missing':
      return 'data-missing';
    default:
      return 'missing';
  }
}

export function condition(id: string, sources: readonly string[], values?: Record<string, MessageValue>): Condition {
  return {
    id,
    text: values ? { key: `conditions.${id}`, values } : { key: `conditions.${id}` },
    sources: sources as string[],
  };
}

/** `value >= min` as a term; `path` names the answer when `value` is missing. */
export function atLeastT(value: number | undefined | null, min: number, path: AnswerPath): Term {
  if (value === undefined || value === null) return missingT(path);
  return value >= min ? PASS : FAIL;
}

export function triTerm(s: Tri, path: AnswerPath): Term {
  return s === 'pass' ? PASS : s === 'fail' ? FAIL : missingT(path);
}

/** An answer of the `yes | no | unsure` kind: `unsure` or absent → unknown (answer-missing). */
export function yesNoT(v: 'yes' | 'no' | 'unsure' | undefined, path: AnswerPath): Term {
  return v === 'yes' ? PASS : v === 'no' ? FAIL : missingT(path);
}

export type Job = NonNullable<Answers['job']>;
export type Worker = NonNullable<Answers['worker']>;
export type Vacancy = NonNullable<Answers['vacancy']>;

const emptyJob: Job = Object.freeze({});
const emptyWorker: Worker = Object.freeze({});
const emptyVacancy: Vacancy = Object.freeze({});
export function jobOf(a: Answers): Job {
  return a.job ?? emptyJob;
}
export function workerOf(a: Answers): Worker {
  return a.worker ?? emptyWorker;
}
export function vacancyOf(a: Answers): Vacancy {
  return a.vacancy ?? emptyVacancy;
}
