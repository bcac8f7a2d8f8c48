/**
 * Structural tests of the rules data, and the test that proves a yearly update is complete
 * ("temporal coverage": every parameter has exactly one value on the first and last day of every
 * quarter from coverageStart to coverageEnd).
 */
import { describe, expect, it } from 'vitest';
import { authorityIds, confirmConfidences, type DatedValue, type IsoDate, type Parameter, type Unit } from '../types';
import { coverageEnd, coverageStart } from '../params';
import { parameters } from './parameters';
import { sources } from './sources';

const units: Unit[] = ['EUR/year', 'EUR/month', 'EUR', 'weeks', 'months', 'days', 'eqf', 'fte', 'years', 'boolean', 'count'];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
function validIso(s: string): boolean {
  return isoDate.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

/** First and last day of every quarter between two dates (inclusive). */
export function quarterBoundaries(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const startYear = Number(start.slice(0, 4));
  const endYear = Number(end.slice(0, 4));
  for (let y = startYear; y <= endYear; y++) {
    for (const [first, last] of [['01-01', '03-31'], ['04-01', '06-30'], ['07-01', '09-30'], ['10-01', '12-31']] as const) {
      for (const d of [`${y}-${first}`, `${y}-${last}`]) if (d >= start && d <= end) out.push(d);
    }
  }
  return out;
}

function covering(p: Parameter, d: IsoDate): DatedValue[] {
  return p.values.filter((v) => v.from <= d && (v.to === undefined || d <= v.to));
}

const byId = new Map(parameters.map((p) => [p.id, p]));

describe('parameters: structure', () => {
  it('have unique ids of the form <authority|federal|eu>.<route or topic>[.<name>]', () => {
    const ids = parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of parameters) {
      expect(p.id).toMatch(/^[a-z-]+(\.[a-z0-9-]+){1,2}$/);
      expect(p.id.startsWith(`${p.authority}.`)).toBe(true);
      expect([...authorityIds, 'federal', 'eu']).toContain(p.authority);
    }
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s: description, unit, official URL', (_id, p) => {
    expect(p.description.length).toBeGreaterThan(10);
    expect(units).toContain(p.unit);
    expect(p.values.length).toBeGreaterThan(0);
    if (p.officialUrl !== undefined) expect(new URL(p.officialUrl).protocol).toBe('https:');
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s: every value cites at least one existing source', (_id, p) => {
    for (const v of p.values) {
      expect(v.sources.length).toBeGreaterThan(0);
      for (const s of v.sources) expect(Object.keys(sources)).toContain(s);
      expect(new Set(v.sources).size).toBe(v.sources.length);
    }
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s: values are sorted, well-dated and never overlap', (_id, p) => {
    p.values.forEach((v, i) => {
      expect(validIso(v.from)).toBe(true);
      if (v.to !== undefined) {
        expect(validIso(v.to)).toBe(true);
        expect(v.to >= v.from).toBe(true);
      }
      const next = p.values[i + 1];
      if (next !== undefined) {
        // Only the last value may be open-ended, and the next value starts after this one ends.
        expect(v.to).toBeDefined();
        expect(next.from > v.to!).toBe(true);
      }
    });
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s: value types match the unit', (_id, p) => {
    for (const v of p.values) {
      if (v.value === null) continue;
      if (p.unit === 'boolean') {
        expect(typeof v.value).toBe('boolean');
        continue;
      }
      expect(typeof v.value).toBe('number');
      const n = v.value as number;
      expect(Number.isFinite(n)).toBe(true);
      expect(n).toBeGreaterThan(0);
      if (p.unit === 'eqf') expect(Number.isInteger(n) && n >= 1 && n <= 8).toBe(true);
      if (p.unit === 'fte') expect(n).toBeLessThanOrEqual(1);
      if (['weeks', 'months', 'days', 'years'].includes(p.unit)) expect(Number.isInteger(n)).toBe(true);
      if (p.unit.startsWith('EUR')) expect(Math.round(n * 100) / 100).toBe(n); // whole cents
    }
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s: uncertain or missing values explain themselves', (_id, p) => {
    for (const v of p.values) {
      // A value the user must confirm, or a figure that was not found, carries a note saying why.
      if (confirmConfidences.includes(v.confidence)) expect(v.note?.length ?? 0).toBeGreaterThan(10);
      // null = "no such rule" (note says so) or "not found" (then it must be 'unverified').
      if (v.value === null) {
        expect(v.note?.length ?? 0).toBeGreaterThan(10);
        if (/not found/i.test(v.note ?? '')) expect(v.confidence).toBe('unverified');
      }
      if (v.confidence === 'unverified' && v.value === null) expect(v.note).toMatch(/not found/i);
      // Yearly indexation only makes sense for amounts, and for the year the value starts in or later.
      if (v.indexedFor !== undefined) {
        expect(p.unit.startsWith('EUR')).toBe(true);
        expect(v.indexedFor).toBeGreaterThanOrEqual(Number(v.from.slice(0, 4)));
      }
    }
  });
});

describe('parameters: temporal coverage (proves a yearly update is complete)', () => {
  const days = quarterBoundaries(coverageStart, coverageEnd);

  it('checks the first and last day of every quarter of the covered period', () => {
    expect(coverageStart).toBe('2024-01-01');
    expect(coverageEnd >= '2026-12-31').toBe(true);
    expect(days[0]).toBe('2024-01-01');
    expect(days).toContain('2026-12-31');
    expect(days).toContain('2026-06-30');
    expect(days.length).toBe(8 * (Number(coverageEnd.slice(0, 4)) + 1 - 2024));
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s has exactly one value on every quarter boundary', (_id, p) => {
    const gaps = days.filter((d) => covering(p, d).length !== 1);
    expect(gaps).toEqual([]);
  });

  it('detects a gap (the coverage check itself can fail)', () => {
    const gappy: Parameter = {
      id: 'test.gap.value',
      authority: 'federal',
      unit: 'EUR',
      description: 'test',
      values: [
        { from: '2024-01-01', to: '2025-12-30', value: 1, confidence: 'official', sources: ['dofi-fee-faq'] },
        { from: '2026-01-01', value: 2, confidence: 'official', sources: ['dofi-fee-faq'] },
      ],
    };
    expect(days.filter((d) => covering(gappy, d).length !== 1)).toEqual(['2025-12-31']);
  });
});

describe('parameters: the brief and docs/RULES.md', () => {
  // [id, date, expected value, expected confidence]
  const expected: [string, IsoDate, number | boolean | null, DatedValue['confidence']][] = [
    ['federal.fee.administrative', '2024-06-01', 144, 'secondary'],
    ['federal.fee.administrative', '2025-06-01', 148, 'secondary'],
    ['federal.fee.administrative', '2026-06-01', 148, 'secondary'],
    ['federal.fee.visa-d', '2026-01-01', 180, 'official'],
    ['federal.fee.visa-d', '2026-07-01', 180, 'conflicting'],
    ['federal.processing.max-days', '2026-05-20', 120, 'derived'],
    ['federal.processing.max-days', '2026-05-21', 120, 'conflicting'],
    ['federal.minimum-monthly-income', '2024-03-31', 1_994.18, 'official'],
    ['federal.minimum-monthly-income', '2024-04-01', 2_029.88, 'official'],
    ['federal.minimum-monthly-income', '2025-01-31', 2_070.48, 'official'],
    ['federal.minimum-monthly-income', '2025-02-01', 2_111.89, 'official'],
    ['federal.minimum-monthly-income', '2026-04-01', 2_111.89, 'unverified'],
    ['federal.processing.max-days', '2025-01-01', 120, 'derived'],
    ['federal.fee.exempt-under-age', '2026-12-31', 18, 'official'],
    ['eu.eu-blue-card.min-contract-months', '2025-01-01', 6, 'official'],
    ['eu.eu-blue-card.min-eqf', '2025-01-01', 6, 'official'],
    ['eu.eu-blue-card.ict-min-experience-years', '2025-01-01', 3, 'official'],
    ['eu.researcher.min-eqf', '2026-01-01', 7, 'derived'],
    ['eu.researcher.decision-days', '2026-01-01', 60, 'official'],
    ['eu.intra-corporate-transfer.min-eqf-trainee', '2026-01-01', 6, 'derived'],
    ['flanders.highly-skilled.salary', '2024-12-31', 46_632, 'official'],
    ['flanders.highly-skilled.salary', '2025-01-01', 48_912, 'official'],
    ['flanders.highly-skilled.salary', '2026-12-31', 48_912, 'official'],
    ['flanders.highly-skilled.salary-reduced', '2024-06-01', 37_305.6, 'secondary'],
    ['flanders.highly-skilled.salary-reduced', '2026-06-01', 39_129.6, 'secondary'],
    ['flanders.highly-skilled.monthly-divisor', '2026-06-01', 13.92, 'official'],
    ['flanders.highly-skilled.min-eqf', '2024-12-31', 5, 'official'],
    ['flanders.highly-skilled.reduced-under-age', '2024-06-01', 30, 'official'],
    ['flanders.highly-skilled.reduced-under-age', '2025-01-01', 30, 'secondary'],
    ['flanders.highly-skilled.min-eqf', '2026-06-01', 5, 'secondary'],
    ['flanders.highly-skilled.position-requirement', '2025-12-31', false, 'secondary'],
    ['flanders.highly-skilled.position-requirement', '2026-01-01', true, 'secondary'],
    ['flanders.eu-blue-card.salary', '2024-04-30', 55_958, 'secondary'],
    ['flanders.eu-blue-card.salary', '2024-05-01', 60_622, 'conflicting'],
    ['flanders.eu-blue-card.min-contract-months', '2024-04-30', 12, 'secondary'],
    ['flanders.eu-blue-card.min-contract-months', '2024-05-01', 6, 'secondary'],
    ['flanders.eu-blue-card.salary', '2026-01-01', 63_586, 'secondary'],
    ['flanders.executive.salary', '2024-06-01', 74_611, 'secondary'],
    ['flanders.executive.salary', '2026-06-01', 78_259, 'secondary'],
    ['flanders.intra-corporate-transfer.salary-manager', '2025-06-01', 78_259, 'secondary'],
    ['flanders.intra-corporate-transfer.salary-specialist', '2025-06-01', 48_912, 'official'],
    ['flanders.intra-corporate-transfer.salary-trainee', '2024-06-01', 46_632, 'official'],
    ['flanders.intra-corporate-transfer.min-eqf-manager-specialist', '2025-06-01', 5, 'official'],
    ['flanders.intra-corporate-transfer.min-eqf-trainee', '2025-06-01', 6, 'official'],
    ['flanders.intra-corporate-transfer.min-prior-group-months', '2025-06-01', 3, 'official'],
    ['flanders.shortage-occupation.min-fte', '2025-06-01', 0.8, 'secondary'],
    ['flanders.shortage-occupation.min-eqf', '2025-06-01', 3, 'official'],
    ['flanders.shortage-occupation.max-eqf', '2025-06-01', 4, 'official'],
    ['flanders.shortage-occupation.list-size', '2023-09-01', 29, 'official'],
    ['flanders.shortage-occupation.list-size', '2025-12-31', 29, 'official'],
    ['flanders.shortage-occupation.list-size', '2026-01-01', 21, 'secondary'],
    ['flanders.labour-market-test.min-weeks', '2024-04-30', 6, 'official'],
    ['flanders.labour-market-test.min-weeks', '2025-06-01', 9, 'secondary'],
    ['flanders.labour-market-test.window-months', '2025-06-01', 4, 'secondary'],
    ['flanders.labour-market-test.min-eqf', '2024-04-30', null, 'secondary'],
    ['flanders.labour-market-test.min-eqf', '2025-12-31', 2, 'secondary'],
    ['flanders.labour-market-test.min-eqf', '2026-01-01', 3, 'conflicting'],
    ['flanders.labour-market-test.max-eqf', '2024-04-30', null, 'secondary'],
    ['flanders.labour-market-test.max-eqf', '2025-12-31', 4, 'secondary'],
    ['flanders.labour-market-test.max-eqf', '2026-01-01', 4, 'secondary'],
    ['flanders.labour-market-test.min-fte', '2026-01-01', 0.8, 'secondary'],
    ['flanders.processing.fast-lane-days', '2025-04-30', null, 'secondary'],
    ['flanders.processing.fast-lane-days', '2025-05-01', 15, 'secondary'],
    ['flanders.processing.other-days', '2025-12-31', null, 'secondary'],
    ['flanders.processing.other-days', '2026-01-01', 45, 'secondary'],
    ['flanders.fee.retribution', '2025-06-01', null, 'secondary'],
    ['flanders.fee.retribution', '2026-08-31', null, 'conflicting'],
    ['flanders.fee.retribution', '2026-09-01', 180, 'conflicting'],
    ['brussels.highly-skilled.salary', '2024-10-01', 3_591.12, 'official'],
    ['brussels.highly-skilled.salary', '2025-12-31', 3_703.44, 'official'],
    ['brussels.highly-skilled.salary', '2026-01-01', 3_703.44, 'secondary'],
    ['brussels.highly-skilled.min-eqf', '2025-06-01', 6, 'conflicting'],
    ['brussels.highly-skilled.salary-annual', '2024-09-30', 50_310, 'secondary'],
    ['brussels.highly-skilled.salary-annual', '2024-10-01', null, 'official'],
    ['brussels.highly-skilled.salary', '2024-09-30', null, 'official'],
    ['brussels.executive.salary', '2024-09-30', 83_936, 'secondary'],
    ['brussels.executive.route', '2024-10-01', false, 'secondary'],
    ['brussels.eu-blue-card.salary', '2025-06-01', 4_748, 'official'],
    ['brussels.eu-blue-card.salary', '2026-06-01', 4_748, 'secondary'],
    ['brussels.intra-corporate-transfer.salary-manager', '2025-06-01', 5_460.2, 'official'],
    ['brussels.intra-corporate-transfer.salary-specialist', '2025-06-01', 4_510.6, 'official'],
    ['brussels.intra-corporate-transfer.salary-trainee', '2025-06-01', 2_611.4, 'official'],
    ['brussels.executive.exemption-salary', '2025-06-01', 6_647.2, 'conflicting'],
    ['brussels.shortage-occupation.list-size', '2025-06-30', 82, 'low'],
    ['brussels.shortage-occupation.list-size', '2025-07-01', 81, 'low'],
    ['brussels.shortage-occupation.list-size', '2026-06-30', 81, 'low'],
    ['brussels.shortage-occupation.list-size', '2026-07-01', null, 'unverified'],
    ['brussels.labour-market-test.min-weeks', '2024-09-30', null, 'secondary'],
    ['brussels.labour-market-test.min-weeks', '2025-06-01', 5, 'secondary'],
    ['brussels.processing.max-days', '2025-06-01', 120, 'derived'],
    ['wallonia.highly-skilled.salary', '2024-08-31', 50_310, 'secondary'],
    ['wallonia.highly-skilled.salary-under-30', '2024-08-31', null, 'secondary'],
    ['wallonia.highly-skilled.salary-under-30', '2024-09-01', 40_248, 'secondary'],
    ['wallonia.highly-skilled.salary', '2025-12-31', 51_613, 'secondary'],
    ['wallonia.highly-skilled.salary', '2026-01-01', 53_220, 'secondary'],
    ['wallonia.highly-skilled.salary-under-30', '2025-06-01', 41_290, 'secondary'],
    ['wallonia.highly-skilled.salary-under-30', '2026-06-01', 42_576, 'secondary'],
    ['wallonia.highly-skilled.min-eqf', '2025-06-01', 6, 'conflicting'],
    ['wallonia.highly-skilled.min-experience-years', '2025-06-01', 3, 'official'],
    ['wallonia.eu-blue-card.salary', '2025-06-01', 66_738, 'secondary'],
    ['wallonia.eu-blue-card.salary', '2026-06-01', 68_815, 'secondary'],
    ['wallonia.eu-blue-card.salary-junior', '2025-06-01', 53_390, 'secondary'],
    ['wallonia.eu-blue-card.salary-junior', '2026-06-01', 55_052, 'secondary'],
    ['wallonia.executive.salary', '2025-06-01', 86_110, 'secondary'],
    ['wallonia.executive.salary', '2026-06-01', 88_790, 'secondary'],
    ['wallonia.intra-corporate-transfer.salary-manager', '2026-06-01', 68_815, 'secondary'],
    ['wallonia.intra-corporate-transfer.salary-specialist', '2025-06-01', 53_390, 'secondary'],
    ['wallonia.intra-corporate-transfer.salary-specialist', '2026-06-01', 55_053, 'secondary'],
    ['wallonia.intra-corporate-transfer.salary-trainee', '2025-06-01', 33_370, 'secondary'],
    ['wallonia.intra-corporate-transfer.salary-trainee', '2026-06-01', 34_408, 'secondary'],
    ['wallonia.shortage-occupation.list-size', '2025-09-30', 73, 'secondary'],
    ['wallonia.shortage-occupation.list-size', '2025-10-01', 56, 'unverified'],
    ['wallonia.shortage-occupation.list-size', '2026-10-01', null, 'unverified'],
    ['wallonia.labour-market-test.min-weeks', '2025-06-01', 5, 'conflicting'],
    ['wallonia.labour-market-test.window-months', '2025-06-01', 12, 'secondary'],
    ['wallonia.eu-blue-card.junior-diploma-within-years', '2025-06-01', 3, 'official'],
    ['wallonia.processing.examination-days', '2025-06-01', 15, 'official'],
    ['german-speaking-community.highly-skilled.salary-up-to-4-years', '2024-06-01', 49_830, 'official'],
    ['german-speaking-community.highly-skilled.salary-up-to-4-years', '2025-06-01', 51_180, 'conflicting'],
    ['german-speaking-community.highly-skilled.salary-up-to-4-years', '2026-06-01', 52_772, 'conflicting'],
    ['german-speaking-community.highly-skilled.salary-open-ended', '2024-06-01', 83_135, 'official'],
    ['german-speaking-community.highly-skilled.salary-open-ended', '2025-06-01', 85_388, 'conflicting'],
    ['german-speaking-community.highly-skilled.salary-open-ended', '2026-06-01', 88_045, 'conflicting'],
    ['german-speaking-community.highly-skilled.max-days-short', '2026-06-01', 1_461, 'derived'],
    ['german-speaking-community.executive.salary', '2026-06-01', 88_045, 'conflicting'],
    ['german-speaking-community.executive.exemption-salary', '2024-06-01', 83_135, 'official'],
    ['german-speaking-community.executive.exemption-salary', '2026-06-01', 88_045, 'conflicting'],
    ['german-speaking-community.eu-blue-card.salary', '2026-06-01', null, 'unverified'],
    ['german-speaking-community.intra-corporate-transfer.salary-manager', '2026-06-01', null, 'unverified'],
    ['german-speaking-community.intra-corporate-transfer.salary-specialist', '2026-06-01', null, 'unverified'],
    ['german-speaking-community.intra-corporate-transfer.salary-trainee', '2026-06-01', null, 'unverified'],
  ];

  it.each(expected)('%s on %s is %s (%s)', (id, date, value, confidence) => {
    const p = byId.get(id);
    expect(p, `parameter ${id} exists`).toBeDefined();
    const vs = covering(p!, date);
    expect(vs).toHaveLength(1);
    expect(vs[0]!.value).toBe(value);
    expect(vs[0]!.confidence).toBe(confidence);
  });

  it('uses the units of the brief', () => {
    const unitOf = (id: string) => byId.get(id)?.unit;
    expect(unitOf('flanders.highly-skilled.salary')).toBe('EUR/year');
    expect(unitOf('brussels.highly-skilled.salary')).toBe('EUR/month');
    expect(unitOf('wallonia.highly-skilled.salary')).toBe('EUR/year');
    expect(unitOf('german-speaking-community.highly-skilled.salary-open-ended')).toBe('EUR/year');
    expect(unitOf('flanders.highly-skilled.position-requirement')).toBe('boolean');
    expect(unitOf('flanders.labour-market-test.min-weeks')).toBe('weeks');
    expect(unitOf('flanders.shortage-occupation.list-size')).toBe('count');
    expect(unitOf('german-speaking-community.highly-skilled.max-days-short')).toBe('days');
    expect(unitOf('flanders.shortage-occupation.min-fte')).toBe('fte');
  });

  it('marks yearly-indexed amounts with the year they were set for', () => {
    const at = (id: string, d: IsoDate) => covering(byId.get(id)!, d)[0]!;
    expect(at('flanders.highly-skilled.salary', '2025-06-01').indexedFor).toBe(2025);
    expect(at('flanders.highly-skilled.salary', '2025-06-01').to).toBeUndefined();
    expect(at('federal.fee.administrative', '2025-06-01').indexedFor).toBe(2025);
    expect(at('wallonia.highly-skilled.salary', '2026-06-01').indexedFor).toBe(2026);
    expect(at('brussels.highly-skilled.salary', '2026-06-01').indexedFor).toBe(2026);
    expect(at('flanders.highly-skilled.salary', '2026-06-01').sources).toContain('kpmg-2026-018');
    expect(at('flanders.highly-skilled.salary', '2026-06-01').note).toMatch(/not found/);
  });

  it('derives the Flemish Blue Card amount from 130% of the highly-skilled amount', () => {
    const hs = covering(byId.get('flanders.highly-skilled.salary')!, '2025-06-01')[0]!.value as number;
    const bc = covering(byId.get('flanders.eu-blue-card.salary')!, '2025-06-01')[0]!.value as number;
    expect(Math.round(hs * 1.3)).toBe(bc);
  });

  it('keeps the Flemish reduced amount at 80% and the executive amount near 160%', () => {
    for (const d of ['2024-06-01', '2025-06-01']) {
      const hs = covering(byId.get('flanders.highly-skilled.salary')!, d)[0]!.value as number;
      const reduced = covering(byId.get('flanders.highly-skilled.salary-reduced')!, d)[0]!.value as number;
      const exec = covering(byId.get('flanders.executive.salary')!, d)[0]!.value as number;
      expect(Math.round(hs * 0.8 * 100) / 100).toBe(reduced);
      expect(Math.abs(exec - hs * 1.6)).toBeLessThan(1);
    }
  });

  it('gives a conflicting value the other figure (the band that stays unknown)', () => {
    for (const p of parameters) {
      for (const v of p.values) {
        if (v.alternative !== undefined) {
          expect(v.confidence, p.id).toMatch(/conflicting|unverified|low/);
          expect(typeof v.alternative).toBe(typeof v.value);
          expect(v.alternative).not.toBe(v.value);
        }
      }
    }
    const alt = (id: string, d: IsoDate) => covering(byId.get(id)!, d)[0]!.alternative;
    expect(alt('brussels.highly-skilled.min-eqf', '2025-06-01')).toBe(5);
    expect(alt('wallonia.labour-market-test.min-weeks', '2025-06-01')).toBe(4);
    expect(alt('flanders.labour-market-test.min-eqf', '2026-06-01')).toBe(2);
    expect(alt('federal.processing.max-days', '2026-06-01')).toBe(90);
    expect(alt('federal.fee.visa-d', '2026-07-01')).toBe(250);
    expect(alt('flanders.fee.retribution', '2026-09-01')).toBe(250);
  });

  it('records the sources\' disagreements in notes', () => {
    const noteOf = (id: string, d: IsoDate) => covering(byId.get(id)!, d)[0]!.note ?? '';
    expect(noteOf('flanders.fee.retribution', '2026-09-01')).toMatch(/200/);
    expect(noteOf('flanders.fee.retribution', '2026-09-01')).toMatch(/250/);
    expect(noteOf('brussels.intra-corporate-transfer.salary-manager', '2025-06-01')).toMatch(/115%.*110%/);
    expect(noteOf('brussels.executive.exemption-salary', '2025-06-01')).toMatch(/exemption/);
    expect(noteOf('wallonia.highly-skilled.min-eqf', '2025-06-01')).toMatch(/Bachelier \/ Graduate/);
    expect(noteOf('german-speaking-community.highly-skilled.salary-up-to-4-years', '2025-06-01')).toMatch(/EMN/);
    expect(noteOf('german-speaking-community.highly-skilled.salary-open-ended', '2026-06-01')).toMatch(/band/);
    expect(noteOf('german-speaking-community.highly-skilled.salary-open-ended', '2024-06-01')).toMatch(/undated/);
    expect(noteOf('wallonia.labour-market-test.min-weeks', '2025-06-01')).toMatch(/Sotra/);
    expect(noteOf('eu.researcher.min-eqf', '2025-06-01')).toMatch(/Art\. 3\(2\)/);
  });
});
