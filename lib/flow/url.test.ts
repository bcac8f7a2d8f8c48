import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flowHref, parseFlowParams, toQueryString, withAnswer } from './url';
import { getQuestion, type FlowState } from './questions';

const state: FlowState = {
  case: 'group-transfer',
  postcode: '3000',
  nationality: 'IN',
  residence: 'abroad',
  employment: 'employee',
  contract: 'fixed',
  length: '18',
  lengthUnit: 'months',
  salary: '4000.5',
  salaryPer: 'month',
  thirteenth: 'no',
  age: 'unknown',
  qualification: 'master',
  fte: 'part',
  ftePercent: '80',
  shortageList: 'yes',
  occupation: 'roofer',
  publishedFrom: '2026-06-01',
};

describe('query string ↔ answers', () => {
  it('round-trips', () => {
    for (const returnTo of ['answers', 'result'] as const) {
      const qs = toQueryString({ state, preset: 'flanders_green', asOf: '2026-01-15', returnTo });
      expect(parseFlowParams(new URLSearchParams(qs))).toEqual({ state, preset: 'flanders_green', asOf: '2026-01-15', returnTo });
    }
  });

  it('drops the keys of the questions that are gone (posted, researcher): an old link asks the kind of move', () => {
    expect(parseFlowParams(new URLSearchParams('postcode=1000&posted=no&researcher=no')).state).toEqual({ postcode: '1000' });
  });

  it('is sorted, short and readable', () => {
    expect(toQueryString({ state: { salaryPer: 'year', salary: '52000', postcode: '3000', age: 'unknown' } })).toBe(
      '?age=unknown&postcode=3000&salary=52000&salaryPer=year',
    );
    expect(toQueryString({ state: {} })).toBe('');
  });

  it('reads Next.js searchParams objects (first value of repeated keys)', () => {
    expect(parseFlowParams({ postcode: ['1000', '3000'], age: '40', foo: 'bar' }).state).toEqual({ postcode: '1000', age: '40' });
  });

  it('drops unknown parameters and bad values safely', () => {
    const p = parseFlowParams(
      new URLSearchParams(
        'utm_source=x&postcode=12&nationality=ZZ&residence=moon&salary=-5&salaryPer=year&age=200&contract=fixed&length=6&asOf=2026-02-30&return=elsewhere&preset=<script>&fte=part',
      ),
    );
    expect(p).toEqual({ state: {} });
  });

  it('accepts a preview date only inside the range the rules cover', () => {
    expect(parseFlowParams(new URLSearchParams('asOf=2026-01-15')).asOf).toBe('2026-01-15');
    expect(parseFlowParams(new URLSearchParams('asOf=1990-01-01')).asOf).toBeUndefined();
    expect(parseFlowParams(new URLSearchParams('asOf=2026-13-01')).asOf).toBeUndefined();
  });

  it('keeps good answers next to bad ones', () => {
    const p = parseFlowParams(new URLSearchParams('postcode=1000&age=abc&salary=3703.44&salaryPer=month'));
    expect(p.state).toEqual({ postcode: '1000', salary: '3703.44', salaryPer: 'month' });
  });

  it('drops a whole question when one of its values is bad (no half answers)', () => {
    expect(parseFlowParams(new URLSearchParams('salary=52000&salaryPer=week')).state).toEqual({});
    expect(parseFlowParams(new URLSearchParams('contract=fixed&length=6&lengthUnit=fortnights')).state).toEqual({});
    // an open-ended contract needs no length: stray length values are dropped
    expect(parseFlowParams(new URLSearchParams('contract=open&length=6&lengthUnit=months')).state).toEqual({ contract: 'open' });
  });

  it('reads "unknown" as an answer ("I don\'t know") where the question allows it', () => {
    expect(parseFlowParams(new URLSearchParams('age=unknown&salary=unknown&residence=unknown')).state).toEqual({
      age: 'unknown',
      salary: 'unknown',
      residence: 'unknown',
    });
    expect(parseFlowParams(new URLSearchParams('employment=unknown&postcode=unknown')).state).toEqual({});
  });

  it('accepts the region instead of a postcode, and prefers the postcode when both are there', () => {
    expect(parseFlowParams(new URLSearchParams('region=brussels')).state).toEqual({ region: 'brussels' });
    expect(parseFlowParams(new URLSearchParams('region=atlantis')).state).toEqual({});
    expect(parseFlowParams(new URLSearchParams('region=brussels&postcode=3000')).state).toEqual({ postcode: '3000' });
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('case', 'postcode', 'region', 'salary', 'salaryPer', 'thirteenth', 'shortageList', 'occupation', 'age', 'contract', 'length', 'lengthUnit', 'publishedFrom', 'nationality', 'preset', 'asOf', 'x'), fc.string()), (dict) => {
        const p = parseFlowParams(dict);
        // whatever survives parses back to itself
        expect(parseFlowParams(new URLSearchParams(toQueryString(p)))).toEqual(p);
      }),
    );
  });
});

describe('withAnswer', () => {
  it('replaces the keys of one question and keeps the others', () => {
    const next = withAnswer(state, getQuestion('contract'), { contract: 'open' });
    expect(next.contract).toBe('open');
    expect(next.length).toBeUndefined();
    expect(next.lengthUnit).toBeUndefined();
    expect(next.salary).toBe('4000.5');
  });
  it('a region replaces a postcode and the reverse', () => {
    expect(withAnswer({ postcode: '3000' }, getQuestion('region'), { region: 'wallonia' })).toEqual({ region: 'wallonia' });
    expect(withAnswer({ region: 'wallonia' }, getQuestion('workplace'), { postcode: '1000' })).toEqual({ postcode: '1000' });
  });
});

describe('flowHref', () => {
  const base = { check: '/en/check', start: '/en' };
  it('links to question pages, check answers and the result with the answers', () => {
    expect(flowHref(base, 'salary', { state: { postcode: '1000' } })).toBe('/en/check/salary?postcode=1000');
    expect(flowHref(base, 'check-answers', { state: { postcode: '1000' }, returnTo: 'answers' })).toBe('/en/check/answers?postcode=1000');
    expect(flowHref(base, 'result', { state: { postcode: '1000' }, preset: 'brussels' })).toBe('/en/check/result?postcode=1000&preset=brussels');
  });
  it('the start page carries the preset and preview date, never answers', () => {
    expect(flowHref(base, 'start', { state: { postcode: '1000' }, preset: 'brussels', asOf: '2026-01-01' })).toBe(
      '/en?asOf=2026-01-01&preset=brussels',
    );
  });
});
