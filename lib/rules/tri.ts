/**
 * Three-valued logic (Kleene): `pass`, `fail`, `unknown`.
 *
 * A missing answer never gives `pass` or `fail`; it gives `unknown` and names the answer paths that
 * would decide it. `Term` carries those paths through `and`/`or`/`not`, keeping only the paths of
 * the sub-terms that can still change the result (an `or` that already passes needs nothing more).
 */
import type { AnswerPath, CheckResult, RouteStatus, Tri, UnknownBecause } from './types';

export function and(a: Tri, b: Tri): Tri {
  if (a === 'fail' || b === 'fail') return 'fail';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'pass';
}

export function or(a: Tri, b: Tri): Tri {
  if (a === 'pass' || b === 'pass') return 'pass';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'fail';
}

export function not(a: Tri): Tri {
  return a === 'pass' ? 'fail' : a === 'fail' ? 'pass' : 'unknown';
}

export function allOf(xs: readonly Tri[]): Tri {
  let r: Tri = 'pass';
  for (const x of xs) {
    if (x === 'fail') return 'fail';
    if (x === 'unknown') r = 'unknown';
  }
  return r;
}

export function anyOf(xs: readonly Tri[]): Tri {
  let r: Tri = 'fail';
  for (const x of xs) {
    if (x === 'pass') return 'pass';
    if (x === 'unknown') r = 'unknown';
  }
  return r;
}

/** `undefined` (not answered) → unknown. */
export function fromBoolean(b: boolean | undefined | null): Tri {
  return b === true ? 'pass' : b === false ? 'fail' : 'unknown';
}

/** Route status: any `fail` → ineligible; else any `unknown` → unknown; else eligible. */
export function routeStatus(checks: readonly Pick<CheckResult, 'status'>[]): RouteStatus {
  let unknown = false;
  for (const c of checks) {
    if (c.status === 'fail') return 'ineligible';
    if (c.status === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'eligible';
}

// ---------------------------------------------------------------------------
// Terms: a three-valued result with the answers that would decide it
// ---------------------------------------------------------------------------

export interface Term {
  readonly s: Tri;
  /** Answer paths that would decide an `unknown` term (empty otherwise). */
  readonly m: readonly AnswerPath[];
  /** Why an `unknown` term is unknown. */
  readonly u?: UnknownBecause;
}

const none: readonly AnswerPath[] = Object.freeze([]);
export const PASS: Term = Object.freeze({ s: 'pass', m: none });
export const FAIL: Term = Object.freeze({ s: 'fail', m: none });
const missingTerms = new Map<AnswerPath, Term>();

/** Unknown because `path` is not answered. Memoized: the same frozen object every time. */
export function missingT(path: AnswerPath): Term {
  let t = missingTerms.get(path);
  if (!t) {
    t = Object.freeze({ s: 'unknown', m: Object.freeze([path]), u: 'answer-missing' }) as Term;
    missingTerms.set(path, t);
  }
  return t;
}

export function unknownT(u: Exclude<UnknownBecause, 'answer-missing'>): Term {
  return u === 'rule-uncertain' ? UNCERTAIN : u === 'unit-mismatch' ? UNIT : DATA_MISSING;
}
const UNCERTAIN: Term = Object.freeze({ s: 'unknown', m: none, u: 'rule-uncertain' });
const UNIT: Term = Object.freeze({ s: 'unknown', m: none, u: 'unit-mismatch' });
const DATA_MISSING: Term = Object.freeze({ s: 'unknown', m: none, u: 'rule-data-missing' });

/** pass/fail from a boolean, or unknown (answer missing) when the answer is absent. */
export function boolT(b: boolean | undefined | null, path: AnswerPath): Term {
  return b === true ? PASS : b === false ? FAIL : missingT(path);
}

export function notT(t: Term): Term {
  return t.s === 'pass' ? FAIL : t.s === 'fail' ? PASS : t;
}

/** Why several unknown terms are unknown: an answer could still decide it, or else the first reason. */
function mergeUnknown(ts: readonly Term[]): Term {
  let m: AnswerPath[] | null = null;
  let u: UnknownBecause | undefined;
  let single: Term | null = null;
  let count = 0;
  for (const t of ts) {
    if (t.s !== 'unknown') continue;
    count++;
    single = t;
    if (u === undefined || t.u === 'answer-missing') u = t.u;
    for (const p of t.m) {
      if (m === null) m = [];
      if (!m.includes(p)) m.push(p);
    }
  }
  if (count === 1 && single) return single;
  const res: Term = { s: 'unknown', m: m ?? none, u: u ?? 'answer-missing' };
  return res;
}

export function andT(...ts: Term[]): Term {
  let unknown = false;
  for (const t of ts) {
    if (t.s === 'fail') return FAIL;
    if (t.s === 'unknown') unknown = true;
  }
  return unknown ? mergeUnknown(ts) : PASS;
}

export function orT(...ts: Term[]): Term {
  let unknown = false;
  for (const t of ts) {
    if (t.s === 'pass') return PASS;
    if (t.s === 'unknown') unknown = true;
  }
  return unknown ? mergeUnknown(ts) : FAIL;
}
