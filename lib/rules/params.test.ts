import { describe, expect, it } from 'vitest';
import {
  allParameters,
  booleanOn,
  coverageStart,
  createLookup,
  getParameter,
  hasParameter,
  numberOn,
  parametersOn,
  valueOn,
} from './params';
import type { Parameter } from './types';

describe('valueOn: the rules data', () => {
  it('Flanders highly-skilled salary: 2025 amount, not carried forward in 2025', () => {
    const use = valueOn('flanders.highly-skilled.salary', '2025-06-01');
    expect(use).toMatchObject({
      id: 'flanders.highly-skilled.salary',
      value: 48_912,
      unit: 'EUR/year',
      validFrom: '2025-01-01',
      validTo: null,
      confidence: 'official',
      carriedForward: false,
      mustConfirm: false,
    });
    expect(use.officialUrl).toMatch(/^https:\/\/www\.vlaanderen\.be\//);
  });

  it('Flanders highly-skilled salary in 2026: the 2025 amount carried forward, to confirm', () => {
    const use = valueOn('flanders.highly-skilled.salary', '2026-03-01');
    expect(use.value).toBe(48_912);
    expect(use.carriedForward).toBe(true);
    expect(use.mustConfirm).toBe(true);
    expect(use.sources).toContain('kpmg-2026-018');
    // carried forward from the first day of the next year, not before
    expect(valueOn('flanders.highly-skilled.salary', '2025-12-31').carriedForward).toBe(false);
    expect(valueOn('flanders.highly-skilled.salary', '2026-01-01').carriedForward).toBe(true);
  });

  it('Flanders 2024 value is closed and not carried forward', () => {
    const use = valueOn('flanders.highly-skilled.salary', '2024-12-31');
    expect(use).toMatchObject({ value: 46_632, validFrom: '2024-01-01', validTo: '2024-12-31', carriedForward: false });
  });

  it('Wallonia 2026 amounts are set for 2026: not carried forward', () => {
    const use = valueOn('wallonia.highly-skilled.salary', '2026-03-01');
    expect(use).toMatchObject({ value: 53_220, carriedForward: false, mustConfirm: false, validFrom: '2026-01-01' });
    expect(valueOn('wallonia.highly-skilled.salary', '2025-12-31')).toMatchObject({ value: 51_613, validTo: '2025-12-31' });
  });

  it('federal fee: €148 carried forward in 2026 (2026 amount not found)', () => {
    expect(valueOn('federal.fee.administrative', '2025-06-01')).toMatchObject({ value: 148, carriedForward: false });
    expect(valueOn('federal.fee.administrative', '2026-11-21')).toMatchObject({ value: 148, carriedForward: true, mustConfirm: true });
    expect(valueOn('federal.fee.administrative', '2024-06-01')).toMatchObject({ value: 144, validTo: '2024-12-31' });
  });

  it('Flemish retribution: none on 2026-08-31, €180 from 2026-09-01 (conflicting)', () => {
    expect(valueOn('flanders.fee.retribution', '2026-08-31').value).toBeNull();
    const fee = valueOn('flanders.fee.retribution', '2026-09-01');
    expect(fee).toMatchObject({ value: 180, confidence: 'conflicting', mustConfirm: true, validFrom: '2026-09-01', validTo: null });
    expect(valueOn('flanders.fee.retribution', '2025-12-31')).toMatchObject({ value: null, mustConfirm: false });
  });

  it('mustConfirm follows the confidence', () => {
    expect(valueOn('german-speaking-community.highly-skilled.salary-open-ended', '2025-06-01').mustConfirm).toBe(true); // conflicting
    expect(valueOn('german-speaking-community.eu-blue-card.salary', '2025-06-01')).toMatchObject({ value: null, mustConfirm: true }); // unverified
    expect(valueOn('brussels.shortage-occupation.list-size', '2025-07-01').mustConfirm).toBe(true); // low
    expect(valueOn('brussels.highly-skilled.salary', '2025-06-01').mustConfirm).toBe(false); // official
    expect(valueOn('eu.researcher.min-eqf', '2025-06-01').mustConfirm).toBe(false); // derived
  });

  it('other boundaries of validity', () => {
    expect(valueOn('flanders.highly-skilled.position-requirement', '2025-12-31').value).toBe(false);
    expect(valueOn('flanders.highly-skilled.position-requirement', '2026-01-01').value).toBe(true);
    expect(valueOn('flanders.processing.fast-lane-days', '2025-04-30').value).toBeNull();
    expect(valueOn('flanders.processing.fast-lane-days', '2025-05-01').value).toBe(15);
    expect(valueOn('brussels.shortage-occupation.list-size', '2026-06-30').value).toBe(81);
    expect(valueOn('brussels.shortage-occupation.list-size', '2026-07-01')).toMatchObject({ value: null, confidence: 'unverified' });
    expect(valueOn('wallonia.shortage-occupation.list-size', '2026-09-30').value).toBe(56);
    expect(valueOn('wallonia.shortage-occupation.list-size', '2026-10-01').value).toBeNull();
    expect(valueOn('flanders.eu-blue-card.salary', '2024-04-30').value).toBe(55_958);
    expect(valueOn('flanders.eu-blue-card.salary', '2024-05-01')).toMatchObject({ value: 60_622, alternative: 60_621.6, mustConfirm: true });
  });

  it('throws on an unknown id or a date with no value', () => {
    expect(() => valueOn('flanders.highly-skilled.salry', '2025-06-01')).toThrow(/Unknown parameter/);
    expect(() => valueOn('wallonia.highly-skilled.salary', '2023-12-31')).toThrow(/No value/);
    expect(() => valueOn('brussels.highly-skilled.salary', '2023-12-31')).toThrow(/No value/);
    expect(() => valueOn('flanders.highly-skilled.salary', '')).toThrow(/No value/);
  });

  it('returns frozen objects shared between calls (no allocation per lookup)', () => {
    const a = valueOn('flanders.executive.salary', '2025-03-01');
    const b = valueOn('flanders.executive.salary', '2025-11-30');
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.sources)).toBe(true);
    expect(() => {
      (a as { value: unknown }).value = 1;
    }).toThrow();
    // a carried-forward use is a different (also shared) object
    const c = valueOn('flanders.executive.salary', '2026-03-01');
    expect(c).not.toBe(a);
    expect(c).toBe(valueOn('flanders.executive.salary', '2026-12-31'));
    expect(numberOn('flanders.executive.salary', '2025-03-01')).toBe(numberOn('flanders.executive.salary', '2025-04-01'));
  });
});

describe('numberOn / booleanOn', () => {
  it('returns the number with its use', () => {
    const n = numberOn('brussels.highly-skilled.salary', '2026-01-01');
    expect(n.value).toBe(3_703.44);
    expect(n.use).toBe(valueOn('brussels.highly-skilled.salary', '2026-01-01'));
    expect(numberOn('german-speaking-community.eu-blue-card.salary', '2026-01-01').value).toBeNull();
  });

  it('refuses the wrong type', () => {
    expect(() => numberOn('flanders.highly-skilled.position-requirement', '2026-01-01')).toThrow(/not numeric/);
    expect(() => booleanOn('flanders.highly-skilled.salary', '2026-01-01')).toThrow(/not boolean/);
    expect(booleanOn('flanders.highly-skilled.position-requirement', '2026-01-01').value).toBe(true);
  });
});

describe('parametersOn / allParameters', () => {
  it('lists every parameter once on any covered date', () => {
    for (const d of [coverageStart, '2025-07-01', '2026-09-01', '2026-12-31']) {
      const uses = parametersOn(d);
      expect(uses.map((u) => u.id)).toEqual(allParameters.map((p) => p.id));
      for (const u of uses) expect(u).toBe(valueOn(u.id, d));
    }
  });

  it('leaves out parameters without a value before the covered period', () => {
    expect(parametersOn('2024-06-01').map((u) => u.id)).toContain('wallonia.highly-skilled.salary');
    const ids = parametersOn('2023-12-31').map((u) => u.id);
    expect(ids).not.toContain('wallonia.highly-skilled.salary');
    expect(ids.length).toBeLessThan(allParameters.length);
  });

  it('exposes the definitions', () => {
    expect(hasParameter('eu.eu-blue-card.min-eqf')).toBe(true);
    expect(hasParameter('eu.eu-blue-card.nope')).toBe(false);
    expect(getParameter('flanders.fee.retribution')?.values).toHaveLength(3);
    expect(getParameter('nope')).toBeUndefined();
  });
});

describe('createLookup (semantics on synthetic data)', () => {
  const base = { authority: 'federal', unit: 'EUR', description: 'test parameter' } as const;
  const fee: Parameter = {
    ...base,
    id: 'federal.test.fee',
    officialUrl: 'https://example.org/fee',
    values: [
      { from: '2030-01-01', to: '2030-12-31', value: 10, confidence: 'official', sources: ['x'], indexedFor: 2030 },
      { from: '2031-01-01', value: 11, confidence: 'secondary', sources: ['x'], indexedFor: 2031 },
    ],
  };

  it('carries an indexed value forward only after its year', () => {
    const l = createLookup([fee]);
    expect(l.valueOn('federal.test.fee', '2031-12-31')).toMatchObject({ value: 11, carriedForward: false, mustConfirm: false });
    expect(l.valueOn('federal.test.fee', '2032-01-01')).toMatchObject({ value: 11, carriedForward: true, mustConfirm: true });
    expect(l.valueOn('federal.test.fee', '2040-05-05').carriedForward).toBe(true);
    expect(l.valueOn('federal.test.fee', '2030-12-31')).toMatchObject({ value: 10, validTo: '2030-12-31', carriedForward: false });
    expect(l.valueOn('federal.test.fee', '2030-01-01').officialUrl).toBe('https://example.org/fee');
    expect(() => l.valueOn('federal.test.fee', '2029-12-31')).toThrow(/No value/);
  });

  it('finds a value in a middle period and reports gaps', () => {
    const gappy: Parameter = {
      ...base,
      id: 'federal.test.gappy',
      values: [
        { from: '2030-01-01', to: '2030-03-31', value: 1, confidence: 'official', sources: ['x'] },
        { from: '2030-05-01', to: '2030-06-30', value: 2, confidence: 'low', sources: ['x'], note: 'n' },
        { from: '2030-07-01', value: 3, confidence: 'official', sources: ['x'] },
      ],
    };
    const l = createLookup([gappy]);
    expect(l.valueOn('federal.test.gappy', '2030-02-01').value).toBe(1);
    expect(() => l.valueOn('federal.test.gappy', '2030-04-15')).toThrow(/No value/);
    expect(l.valueOn('federal.test.gappy', '2030-05-01')).toMatchObject({ value: 2, mustConfirm: true });
    expect(l.valueOn('federal.test.gappy', '2035-01-01')).toMatchObject({ value: 3, carriedForward: false, mustConfirm: false });
    expect(l.parametersOn('2030-04-15')).toEqual([]);
  });

  it('rejects overlapping, unsorted or duplicate data', () => {
    const v = (from: string, to?: string) => ({ from, ...(to ? { to } : {}), value: 1, confidence: 'official' as const, sources: ['x'] });
    expect(() => createLookup([{ ...base, id: 'a.b.c', values: [v('2030-01-01', '2030-06-30'), v('2030-06-30')] }])).toThrow(/overlaps/);
    expect(() => createLookup([{ ...base, id: 'a.b.c', values: [v('2030-01-01'), v('2031-01-01')] }])).toThrow(/overlaps/);
    expect(() => createLookup([{ ...base, id: 'a.b.c', values: [v('2031-01-01', '2031-12-31'), v('2030-01-01')] }])).toThrow(/out of order/);
    expect(() => createLookup([{ ...base, id: 'a.b.c', values: [v('2031-01-01', '2030-12-31')] }])).toThrow(/ends before/);
    expect(() => createLookup([{ ...base, id: 'a.b.c', values: [v('2030-01-01')] }, { ...base, id: 'a.b.c', values: [v('2030-01-01')] }])).toThrow(/Duplicate/);
  });
});
