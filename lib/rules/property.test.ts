/**
 * Property-based tests (fast-check) over arbitrary schema-valid answers and dates.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { locales } from '../i18n/locales';
import { answersSchema, type Answers } from './answers';
import { assessmentSchema } from './contract';
import { evaluate } from './evaluate';
import { present } from './present';
import { translationProblems } from './messages';
import { answersArb, asOfArb } from './testing/arbitraries';
import type { Evaluation, Tri } from './types';

const runs = { numRuns: 300 };

function salaryStatuses(ev: Evaluation): Map<string, Tri> {
  const m = new Map<string, Tri>();
  for (const r of ev.routes) for (const c of r.checks) if (c.id === 'salary-threshold') m.set(r.id, c.status);
  return m;
}

test('every generated answer set fits the schema (the arbitrary is honest)', () => {
  fc.assert(fc.property(answersArb, (a) => answersSchema.safeParse(a).success), runs);
});

test('raising the salary never turns a passing salary check into a failing one', () => {
  fc.assert(
    fc.property(answersArb, asOfArb, fc.integer({ min: 1, max: 100000 }), (a, asOf, raise) => {
      if (!a.job?.grossSalary) return;
      const higher: Answers = { ...a, job: { ...a.job, grossSalary: { ...a.job.grossSalary, amount: a.job.grossSalary.amount + raise } } };
      const after0 = evaluate(higher, asOf);
      // A higher salary may open an exemption (an executive of a headquarters): then no route is assessed.
      if (after0.verdict === 'permit-not-required') return;
      const before = salaryStatuses(evaluate(a, asOf));
      const after = salaryStatuses(after0);
      for (const [route, s] of before) {
        if (s === 'pass') expect(after.get(route)).toBe('pass');
        if (s === 'fail') expect(after.get(route)).not.toBe(undefined);
      }
      for (const [route, s] of after) if (s === 'fail') expect(before.get(route)).toBe('fail');
    }),
    runs,
  );
});

test('a missing answer never gives pass or fail to a check that lists it', () => {
  fc.assert(
    fc.property(answersArb, asOfArb, (a, asOf) => {
      const ev = evaluate(a, asOf);
      for (const r of ev.routes)
        for (const c of r.checks) {
          if (c.missing.length > 0) expect(c.status).toBe('unknown');
          if (c.status !== 'unknown') expect(c.unknownBecause).toBeUndefined();
          if (c.status === 'unknown') expect(c.unknownBecause).toBeDefined();
        }
    }),
    runs,
  );
});

test('same answers and date ⇒ deep-equal assessment', () => {
  fc.assert(
    fc.property(answersArb, asOfArb, fc.constantFrom(...locales), (a, asOf, locale) => {
      const copy = structuredClone(a);
      expect(present(evaluate(copy, asOf), locale)).toEqual(present(evaluate(a, asOf), locale));
    }),
    { numRuns: 150 },
  );
}, 60_000);

describe('any schema-valid answers ⇒ an assessment that fits the contract, in all four locales', () => {
  test('shape and rules of the contract (lib/rules/contract), texts translated', () => {
    translationProblems.length = 0;
    fc.assert(
      fc.property(answersArb, asOfArb, (a, asOf) => {
        const ev = evaluate(a, asOf);
        for (const locale of locales) {
          const as = JSON.parse(JSON.stringify(present(ev, locale)));
          // Shape, citations, documents, verdict and recommendation: the contract's schema and its rules.
          const parsed = assessmentSchema.safeParse(as);
          expect(parsed.error?.issues ?? []).toEqual([]);
          expect(as.asOf).toBe(asOf);
          // Texts are translated, not message keys.
          for (const r of as.routes) {
            for (const c of r.checks) expect(c.explanation).not.toMatch(/^checks\./);
            for (const d of r.documents) expect(d.title).not.toMatch(/^documents\./);
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(translationProblems).toEqual([]);
  }, 60_000);
});
