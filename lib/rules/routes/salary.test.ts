/**
 * Salary thresholds of every route of every authority: threshold − €0.01 fails, equal and + €0.01
 * pass, in 2025 and in 2026, with and without the optional answers (age, nurse/teacher, posted,
 * experience, contract length, transfer type). docs/RULES.md "Routes and their checks".
 */
import { describe, expect, test } from 'vitest';
import type { Answers } from '../answers';
import { evaluate } from '../evaluate';
import type { AuthorityId, IsoDate, RouteId } from '../types';
import { base, cents, checkOf, num, salaryStatus } from '../testing/fixtures';

const years: IsoDate[] = ['2025-06-01', '2026-06-01'];

interface Case {
  name: string;
  authority: AuthorityId;
  route: RouteId;
  param: string;
  per: 'year' | 'month';
  worker?: Answers['worker'];
  job?: Answers['job'];
}

const cases: Case[] = [
  { name: 'Flanders highly skilled, 30 or older', authority: 'flanders', route: 'highly-skilled', param: 'flanders.highly-skilled.salary', per: 'year', worker: { age: 30 }, job: { nurseOrTeacher: false, posted: false } },
  { name: 'Flanders highly skilled, under 30, local contract', authority: 'flanders', route: 'highly-skilled', param: 'flanders.highly-skilled.salary-reduced', per: 'year', worker: { age: 29 }, job: { posted: false } },
  { name: 'Flanders highly skilled, nurse or teacher aged 45', authority: 'flanders', route: 'highly-skilled', param: 'flanders.highly-skilled.salary-reduced', per: 'year', worker: { age: 45 }, job: { nurseOrTeacher: true, posted: false } },
  { name: 'Flanders highly skilled, under 30 but posted', authority: 'flanders', route: 'highly-skilled', param: 'flanders.highly-skilled.salary', per: 'year', worker: { age: 25 }, job: { nurseOrTeacher: true, posted: true } },
  { name: 'Brussels highly skilled', authority: 'brussels', route: 'highly-skilled', param: 'brussels.highly-skilled.salary', per: 'month' },
  { name: 'Wallonia highly skilled, 30 or older', authority: 'wallonia', route: 'highly-skilled', param: 'wallonia.highly-skilled.salary', per: 'year', worker: { age: 30 } },
  { name: 'Wallonia highly skilled, under 30', authority: 'wallonia', route: 'highly-skilled', param: 'wallonia.highly-skilled.salary-under-30', per: 'year', worker: { age: 29 } },
  { name: 'German-speaking Community, contract of 4 years', authority: 'german-speaking-community', route: 'highly-skilled', param: 'german-speaking-community.highly-skilled.salary-up-to-4-years', per: 'year', job: { durationDays: 1461 } },
  { name: 'German-speaking Community, open-ended', authority: 'german-speaking-community', route: 'highly-skilled', param: 'german-speaking-community.highly-skilled.salary-open-ended', per: 'year', job: { durationDays: null } },
  { name: 'Flanders Blue Card', authority: 'flanders', route: 'eu-blue-card', param: 'flanders.eu-blue-card.salary', per: 'year' },
  { name: 'Brussels Blue Card', authority: 'brussels', route: 'eu-blue-card', param: 'brussels.eu-blue-card.salary', per: 'month' },
  { name: 'Wallonia Blue Card, 3 years of experience', authority: 'wallonia', route: 'eu-blue-card', param: 'wallonia.eu-blue-card.salary', per: 'year', worker: { relevantExperienceYears: 3 } },
  { name: 'Wallonia Blue Card, junior', authority: 'wallonia', route: 'eu-blue-card', param: 'wallonia.eu-blue-card.salary-junior', per: 'year', worker: { relevantExperienceYears: 2 } },
  { name: 'Flanders executive', authority: 'flanders', route: 'executive', param: 'flanders.executive.salary', per: 'year' },
  { name: 'Wallonia executive', authority: 'wallonia', route: 'executive', param: 'wallonia.executive.salary', per: 'year' },
  { name: 'German-speaking Community executive', authority: 'german-speaking-community', route: 'executive', param: 'german-speaking-community.executive.salary', per: 'year' },
  ...(['manager', 'specialist', 'trainee'] as const).flatMap((type) => [
    { name: `Flanders ICT ${type}`, authority: 'flanders' as const, route: 'intra-corporate-transfer' as const, param: `flanders.intra-corporate-transfer.salary-${type}`, per: 'year' as const, job: { intraCorporateTransfer: type } },
    { name: `Brussels ICT ${type}`, authority: 'brussels' as const, route: 'intra-corporate-transfer' as const, param: `brussels.intra-corporate-transfer.salary-${type}`, per: 'month' as const, job: { intraCorporateTransfer: type } },
    { name: `Wallonia ICT ${type}`, authority: 'wallonia' as const, route: 'intra-corporate-transfer' as const, param: `wallonia.intra-corporate-transfer.salary-${type}`, per: 'year' as const, job: { intraCorporateTransfer: type } },
  ]),
];

describe.each(cases)('$name', (c) => {
  test.each(years)('on %s: −€0.01 fails, equal and +€0.01 pass', (asOf) => {
    const t = num(c.param, asOf);
    const at = (amount: number) =>
      salaryStatus(base(c.authority, { worker: c.worker, job: { ...c.job, grossSalary: { amount, period: c.per } } }), asOf, c.route);
    const below = at(cents(t, -1));
    expect(below.status).toBe('fail');
    expect(below.parameters.map((p) => p.id)).toContain(c.param);
    expect(at(t).status).toBe('pass');
    expect(at(cents(t, 1)).status).toBe('pass');
    expect(below.sources.length).toBeGreaterThan(0);
  });
});

describe('the figures of docs/RULES.md are the ones compared', () => {
  const figures: [string, IsoDate, number][] = [
    ['flanders.highly-skilled.salary', '2025-06-01', 48912],
    ['flanders.highly-skilled.salary', '2026-06-01', 48912],
    ['flanders.highly-skilled.salary-reduced', '2025-06-01', 39129.6],
    ['brussels.highly-skilled.salary', '2026-06-01', 3703.44],
    ['wallonia.highly-skilled.salary', '2025-12-31', 51613],
    ['wallonia.highly-skilled.salary', '2026-01-01', 53220],
    ['wallonia.highly-skilled.salary-under-30', '2025-06-01', 41290],
    ['wallonia.highly-skilled.salary-under-30', '2026-06-01', 42576],
    ['german-speaking-community.highly-skilled.salary-up-to-4-years', '2026-06-01', 49830],
    ['german-speaking-community.highly-skilled.salary-open-ended', '2026-06-01', 83135],
    ['flanders.eu-blue-card.salary', '2026-06-01', 63586],
    ['brussels.eu-blue-card.salary', '2026-06-01', 4748],
    ['wallonia.eu-blue-card.salary', '2025-06-01', 66738],
    ['wallonia.eu-blue-card.salary', '2026-06-01', 68815],
    ['wallonia.eu-blue-card.salary-junior', '2026-06-01', 55052],
    ['flanders.executive.salary', '2026-06-01', 78259],
    ['wallonia.executive.salary', '2026-06-01', 88790],
    ['brussels.intra-corporate-transfer.salary-manager', '2026-06-01', 5460.2],
    ['brussels.intra-corporate-transfer.salary-trainee', '2026-06-01', 2611.4],
    ['wallonia.intra-corporate-transfer.salary-specialist', '2026-06-01', 55053],
  ];
  test.each(figures)('%s on %s = %d', (id, asOf, v) => {
    expect(num(id, asOf)).toBe(v);
  });
});

describe('Flanders: monthly salary × 13.92', () => {
  const asOf = '2026-06-01';
  const at = (amount: number) =>
    salaryStatus(base('flanders', { worker: { age: 40 }, job: { posted: false, nurseOrTeacher: false, grossSalary: { amount, period: 'month' } } }), asOf, 'highly-skilled');
  test('€3,513.79 a month × 13.92 = €48,911.96 fails; €3,513.80 × 13.92 = €48,912.10 passes', () => {
    expect(at(3513.79).status).toBe('fail');
    const pass = at(3513.8);
    expect(pass.status).toBe('pass');
    expect(pass.text.values?.conversion).toBe('yes');
    expect(pass.text.values?.annual).toEqual({ money: 48912.1, per: 'year' });
    expect(pass.parameters.map((p) => p.id)).toContain('flanders.highly-skilled.monthly-divisor');
  });
  test('the Blue Card and executive checks convert too', () => {
    const ev = evaluate(base('flanders', { job: { grossSalary: { amount: 6000, period: 'month' } } }), asOf);
    expect(checkOf(ev, 'eu-blue-card', 'salary-threshold').status).toBe('pass'); // 83,520 ≥ 63,586
    expect(checkOf(ev, 'executive', 'salary-threshold').status).toBe('pass'); // 83,520 ≥ 78,259
  });
  test('the failing hint is in the authority unit (per year)', () => {
    const ev = evaluate(base('flanders', { worker: { age: 40 }, job: { posted: false, nurseOrTeacher: false, grossSalary: { amount: 3000, period: 'month' } } }), asOf);
    expect(ev.routes.find((r) => r.id === 'highly-skilled')?.hints).toContainEqual({ kind: 'salary-at-least', amount: 48912, per: 'year', checkId: 'salary-threshold' });
  });
});

describe('no official conversion: unit-mismatch', () => {
  const cases: [AuthorityId, RouteId, 'year' | 'month'][] = [
    ['brussels', 'highly-skilled', 'year'],
    ['brussels', 'eu-blue-card', 'year'],
    ['wallonia', 'highly-skilled', 'month'],
    ['wallonia', 'executive', 'month'],
    ['german-speaking-community', 'highly-skilled', 'month'],
  ];
  test.each(cases)('%s %s with a salary per %s → unknown (unit-mismatch), never pass or fail', (authority, routeId, period) => {
    for (const amount of [1, 50000, 9_999_999]) {
      const c = salaryStatus(base(authority, { worker: { age: 40 }, job: { durationDays: null, grossSalary: { amount, period } } }), '2026-06-01', routeId);
      expect(c.status).toBe('unknown');
      expect(c.unknownBecause).toBe('unit-mismatch');
      expect(c.missing).toEqual([]);
    }
  });
});

describe('three-valued reduced thresholds', () => {
  const asOf = '2026-06-01';
  const full = num('flanders.highly-skilled.salary', asOf);
  const reduced = num('flanders.highly-skilled.salary-reduced', asOf);
  const between = 45000;
  const flanders = (worker: Answers['worker'], job: Answers['job']) =>
    salaryStatus(base('flanders', { worker, job: { ...job, grossSalary: { amount: between, period: 'year' } } }), asOf, 'highly-skilled');

  test('between the two thresholds with nothing known → unknown, asks age, nurse/teacher and posted', () => {
    expect(reduced < between && between < full).toBe(true);
    const c = flanders({}, {});
    expect(c.status).toBe('unknown');
    expect(c.unknownBecause).toBe('answer-missing');
    expect(new Set(c.missing)).toEqual(new Set(['worker.age', 'job.nurseOrTeacher', 'job.posted']));
  });
  test('under 30 but posted unknown → asks only posted', () => {
    const c = flanders({ age: 29 }, {});
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['job.posted']);
  });
  test('posted → the full threshold applies whatever the age', () => {
    expect(flanders({}, { posted: true }).status).toBe('fail');
  });
  test('30 or older, not a nurse or teacher → full threshold (fail)', () => {
    expect(flanders({ age: 30 }, { nurseOrTeacher: false }).status).toBe('fail');
  });
  test('age unknown but a teacher, not posted → reduced threshold (pass)', () => {
    expect(flanders({}, { nurseOrTeacher: true, posted: false }).status).toBe('pass');
  });
  test('at least the full threshold passes regardless of age, posting or profession', () => {
    const c = salaryStatus(base('flanders', { job: { grossSalary: { amount: full, period: 'year' } } }), asOf, 'highly-skilled');
    expect(c.status).toBe('pass');
    expect(c.missing).toEqual([]);
  });
  test('below the reduced threshold fails regardless', () => {
    const c = salaryStatus(base('flanders', { job: { grossSalary: { amount: cents(reduced, -1), period: 'year' } } }), asOf, 'highly-skilled');
    expect(c.status).toBe('fail');
  });
  test('salary missing → unknown asking the salary (and never pass or fail)', () => {
    const c = salaryStatus(base('flanders', { worker: { age: 40 }, job: { posted: false, nurseOrTeacher: false } }), asOf, 'highly-skilled');
    expect(c.status).toBe('unknown');
    expect(c.missing).toContain('job.grossSalary');
  });
  test('Wallonia: age unknown between the two thresholds → asks the age', () => {
    const c = salaryStatus(base('wallonia', { job: { grossSalary: { amount: 45000, period: 'year' } } }), asOf, 'highly-skilled');
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['worker.age']);
  });
  test('Wallonia Blue Card: experience unknown between junior and general → asks the experience', () => {
    const c = salaryStatus(base('wallonia', { job: { grossSalary: { amount: 60000, period: 'year' } } }), asOf, 'eu-blue-card');
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['worker.relevantExperienceYears']);
  });
  test('ICT without the transfer type: pass above the manager amount, unknown between, fail below the trainee amount', () => {
    const at = (amount: number) => salaryStatus(base('brussels', { job: { grossSalary: { amount, period: 'month' } } }), asOf, 'intra-corporate-transfer');
    expect(at(6000).status).toBe('pass');
    expect(at(4000).missing).toEqual(['job.intraCorporateTransfer']);
    expect(at(2000).status).toBe('fail');
  });
});

describe('German-speaking Community: contract length decides the threshold', () => {
  const asOf = '2026-06-01';
  const at = (durationDays: number | null | undefined, amount: number) =>
    salaryStatus(base('german-speaking-community', { job: { durationDays, grossSalary: { amount, period: 'year' } } }), asOf, 'highly-skilled');
  test('fixed-term longer than 4 years between the thresholds → rule-uncertain', () => {
    const c = at(1462, 60000);
    expect(c.status).toBe('unknown');
    expect(c.unknownBecause).toBe('rule-uncertain');
  });
  test('fixed-term longer than 4 years above both thresholds → pass', () => {
    expect(at(1462, 83135).status).toBe('pass');
  });
  test('length unknown between the thresholds → asks the length', () => {
    const answers: Answers = { workplace: { region: 'german-speaking-community' }, job: { grossSalary: { amount: 60000, period: 'year' } } };
    const c = salaryStatus(answers, asOf, 'highly-skilled');
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['job.durationDays']);
  });
  test('the amounts must be confirmed (undated official page, EMN disagrees)', () => {
    expect(at(1000, 60000).parameters.find((p) => p.id.endsWith('salary-up-to-4-years'))?.mustConfirm).toBe(true);
  });
});

describe('figures not found → rule-data-missing', () => {
  test.each([
    ['eu-blue-card' as const, {}],
    ['intra-corporate-transfer' as const, { intraCorporateTransfer: 'manager' as const }],
  ])('German-speaking Community %s', (routeId, job) => {
    const c = salaryStatus(base('german-speaking-community', { job: { ...job, grossSalary: { amount: 500000, period: 'year' } } }), '2026-06-01', routeId);
    expect(c.status).toBe('unknown');
    expect(c.unknownBecause).toBe('rule-data-missing');
  });
});

test('year change: €52,000 passes in Wallonia on 2025-12-31 and fails on 2026-01-01', () => {
  const a = base('wallonia', { worker: { age: 35 }, job: { grossSalary: { amount: 52000, period: 'year' } } });
  expect(salaryStatus(a, '2025-12-31', 'highly-skilled').status).toBe('pass');
  const c = salaryStatus(a, '2026-01-01', 'highly-skilled');
  expect(c.status).toBe('fail');
  expect(c.text.values?.threshold).toEqual({ money: 53220, per: 'year' });
});
