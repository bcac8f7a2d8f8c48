import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerRanges, isIsoDate, rangeIssue } from './answer-limits';
import { jobSchema, salarySchema, vacancySchema, workerSchema } from './answers';

/** Each range beside the zod schema of the API that is built from it. */
const pairs = [
  ['age', answerRanges.age, (n: number) => workerSchema.safeParse({ age: n }).success],
  ['highestQualificationEqf', answerRanges.highestQualificationEqf, (n: number) => workerSchema.safeParse({ highestQualificationEqf: n }).success],
  ['relevantExperienceYears', answerRanges.relevantExperienceYears, (n: number) => workerSchema.safeParse({ relevantExperienceYears: n }).success],
  ['durationDays', answerRanges.durationDays, (n: number) => jobSchema.safeParse({ durationDays: n }).success],
  ['salaryAmount', answerRanges.salaryAmount, (n: number) => salarySchema.safeParse({ amount: n, period: 'year' }).success],
  ['fte', answerRanges.fte, (n: number) => jobSchema.safeParse({ fte: n }).success],
  ['requiredQualificationEqf', answerRanges.requiredQualificationEqf, (n: number) => jobSchema.safeParse({ requiredQualificationEqf: n }).success],
  ['continuousWeeks', answerRanges.continuousWeeks, (n: number) => vacancySchema.safeParse({ continuousWeeks: n }).success],
] as const;

describe('answer ranges: the browser check and the API schema agree', () => {
  it.each(pairs)('%s at and around each bound', (_name, range, schemaAccepts) => {
    const probes = [range.min - 1, range.min - 0.01, range.min, range.min + 0.01, range.min + 1, range.max - 1, range.max - 0.01, range.max, range.max + 0.01, range.max + 1];
    for (const n of probes) expect([n, rangeIssue(range, n) === null]).toEqual([n, schemaAccepts(n)]);
  });

  it.each(pairs)('%s for any number', (_name, range, schemaAccepts) => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e4, max: 1e8, noNaN: true }), fc.integer({ min: -1000, max: 50_000 })), (n) => {
        expect(rangeIssue(range, n) === null).toBe(schemaAccepts(n));
      }),
    );
  });

  it('names the problem the wizard shows', () => {
    expect(rangeIssue(answerRanges.age, 14)).toBe('too_small');
    expect(rangeIssue(answerRanges.age, 101)).toBe('too_large');
    expect(rangeIssue(answerRanges.age, 30.5)).toBe('not_whole');
    expect(rangeIssue(answerRanges.fte, 0)).toBe('too_small');
    expect(rangeIssue(answerRanges.fte, 1)).toBeNull();
    expect(rangeIssue(answerRanges.salaryAmount, Number.POSITIVE_INFINITY)).toBe('invalid');
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('20260101')).toBe(false);
  });
});
