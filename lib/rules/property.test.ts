/**
 * Property-based tests (fast-check) over arbitrary schema-valid answers and dates.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { locales } from '../i18n/locales';
import { answersSchema, type Answers } from './answers';
import { evaluate } from './evaluate';
import { present, translationProblems } from './present';
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
  test('shape, citations, documents, verdict and recommendation', () => {
    translationProblems.length = 0;
    fc.assert(
      fc.property(answersArb, asOfArb, (a, asOf) => {
        const ev = evaluate(a, asOf);
        for (const locale of locales) {
          const as = JSON.parse(JSON.stringify(present(ev, locale)));
          expect(as.asOf).toBe(asOf);
          expect(typeof as.rulesVersion).toBe('string');
          expect(as.competentAuthority === null || (as.competentAuthority.name && as.competentAuthority.url.startsWith('https://'))).toBeTruthy();
          const statuses: string[] = as.routes.map((r: { status: string }) => r.status);
          for (const r of as.routes) {
            expect(r.checks.length).toBeGreaterThan(0);
            for (const c of r.checks) {
              expect(['pass', 'fail', 'unknown']).toContain(c.status);
              expect(c.citations.length).toBeGreaterThan(0);
              for (const cit of c.citations) expect(cit.url).toMatch(/^https:\/\//);
              expect(c.explanation.length).toBeGreaterThan(0);
              expect(c.explanation).not.toMatch(/^checks\./);
            }
            if (r.status === 'eligible') expect(r.documents.length).toBeGreaterThan(0);
            for (const d of r.documents) expect(d.title).not.toMatch(/^documents\./);
            // Each document rests on a source, written out once in the assessment's `sources`.
            for (const d of r.documents) {
              expect(d.sourceIds.length).toBeGreaterThan(0);
              for (const id of d.sourceIds) expect(as.sources[id]?.url, id).toMatch(/^https:\/\//);
            }
            for (const f of r.fees) expect(f.currency).toBe('EUR');
            expect(typeof r.processingTime.note).toBe('string');
          }
          switch (as.verdict) {
            case 'permit-not-required':
              expect(as.routes).toEqual([]);
              expect(as.verdictReason).not.toBeNull();
              break;
            case 'out-of-scope':
              expect(['short-stay', 'self-employed']).toContain(as.verdictReason);
              break;
            case 'eligible':
              expect(statuses).toContain('eligible');
              break;
            case 'not-eligible':
              expect(statuses.length).toBeGreaterThan(0);
              expect(statuses.every((s) => s === 'ineligible')).toBe(true);
              break;
            case 'undetermined':
              expect(statuses).not.toContain('eligible');
              break;
          }
          if (as.recommendedRoute === null) expect(statuses).not.toContain('eligible');
          else {
            expect(as.routes.find((r: { id: string }) => r.id === as.recommendedRoute).status).toBe('eligible');
            const exempt = as.routes.some((r: { id: string; status: string }) => r.id !== 'labour-market-test' && r.status === 'eligible');
            if (exempt) expect(as.recommendedRoute).not.toBe('labour-market-test');
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(translationProblems).toEqual([]);
  }, 60_000);
});
