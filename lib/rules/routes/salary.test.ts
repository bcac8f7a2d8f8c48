/**
 * Salary thresholds of every route of every authority: threshold − €0.01 fails, equal and + €0.01
 * pass, in 2025 and in 2026, with and without the optional answers (age, nurse/teacher, posted,
 * experience, contract length, transfer type). docs/RULES.md "Routes and their checks".
 */
import { describe, expect, test } from 'vitest';
import type { Answers } from '../answers';
import { evaluate } from '../evaluate';
import type { AuthorityId, IsoDate, RouteId } from '../types';
import { valueOn } from '../params';
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
  { name: 'Wallonia Blue Card, diploma of 2015', authority: 'wallonia', route: 'eu-blue-card', param: 'wallonia.eu-blue-card.salary', per: 'year', worker: { higherEducationDiplomaDate: '2015-06-30' } },
  { name: 'Wallonia Blue Card, junior (diploma less than three years old)', authority: 'wallonia', route: 'eu-blue-card', param: 'wallonia.eu-blue-card.salary-junior', per: 'year', worker: { higherEducationDiplomaDate: '2024-06-30' } },
  { name: 'Flanders executive', authority: 'flanders', route: 'executive', param: 'flanders.executive.salary', per: 'year' },
  { name: 'Wallonia executive', authority: 'wallonia', route: 'executive', param: 'wallonia.executive.salary', per: 'year' },
  { name: 'German-speaking Community executive', authority: 'german-speaking-community', route: 'executive', param: 'german-speaking-community.executive.salary', per: 'year' },
  ...(['manager', 'specialist', 'trainee'] as const).flatMap((type) => [
    { name: `Flanders ICT ${type}`, authority: 'flanders' as const, route: 'intra-corporate-transfer' as const, param: `flanders.intra-corporate-transfer.salary-${type}`, per: 'year' as const, job: { intraCorporateTransfer: type } },
    { name: `Brussels ICT ${type}`, authority: 'brussels' as const, route: 'intra-corporate-transfer' as const, param: `brussels.intra-corporate-transfer.salary-${type}`, per: 'month' as const, job: { intraCorporateTransfer: type } },
    { name: `Wallonia ICT ${type}`, authority: 'wallonia' as const, route: 'intra-corporate-transfer' as const, param: `wallonia.intra-corporate-transfer.salary-${type}`, per: 'year' as const, job: { intraCorporateTransfer: type } },
  ]),
];

/**
 * Equal passes, one cent below fails. Where sources give two figures for one threshold (a band), one
 * cent below the higher figure is unknown (never the favourable figure) and one cent below the lower
 * one fails.
 */
describe.each(cases)('$name', (c) => {
  test.each(years)('on %s: −€0.01 fails (or is unknown inside a disputed band), equal and +€0.01 pass', (asOf) => {
    const t = num(c.param, asOf);
    const alt = valueOn(c.param, asOf).alternative;
    const high = Math.max(t, alt ?? t);
    const low = Math.min(t, alt ?? t);
    const at = (amount: number) =>
      salaryStatus(base(c.authority, { worker: c.worker, job: { ...c.job, grossSalary: { amount, period: c.per } } }), asOf, c.route);
    const below = at(cents(low, -1));
    expect(below.status).toBe('fail');
    expect(below.parameters.map((p) => p.id)).toContain(c.param);
    expect(below.sources.length).toBeGreaterThan(0);
    if (high > low) {
      const inBand = at(cents(high, -1));
      expect(inBand.status).toBe('unknown');
      expect(inBand.unknownBecause).toBe('rule-uncertain');
      expect(at(low).status).toBe('unknown');
    }
    expect(at(high).status).toBe('pass');
    expect(at(cents(high, 1)).status).toBe('pass');
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
    ['german-speaking-community.highly-skilled.salary-up-to-4-years', '2024-06-01', 49830],
    ['german-speaking-community.highly-skilled.salary-up-to-4-years', '2025-06-01', 51180],
    ['german-speaking-community.highly-skilled.salary-up-to-4-years', '2026-06-01', 52772],
    ['german-speaking-community.highly-skilled.salary-open-ended', '2024-06-01', 83135],
    ['german-speaking-community.highly-skilled.salary-open-ended', '2025-06-01', 85388],
    ['german-speaking-community.highly-skilled.salary-open-ended', '2026-06-01', 88045],
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

describe('Flanders: a monthly salary becomes annual only by the official rule of the case (vlaanderen.be wages page; vreemdelingenrecht.be)', () => {
  const asOf = '2026-06-01';
  const at = (amount: number, job: Answers['job'] = {}) =>
    salaryStatus(base('flanders', { worker: { age: 40 }, job: { nurseOrTeacher: false, ...job, grossSalary: { amount, period: 'month' } } }), asOf, 'highly-skilled');
  test('with a 13th month on top of double holiday pay: × 13.92 — €3,513.79 = €48,911.96 fails; €3,513.80 = €48,912.10 passes', () => {
    expect(at(3513.79, { thirteenthMonth: true }).status).toBe('fail');
    const pass = at(3513.8, { thirteenthMonth: true });
    expect(pass.status).toBe('pass');
    const pay = pass.text.values?.pay as { message: { values: Record<string, unknown> } };
    expect(pay.message.values.conversion).toBe('thirteenthMonth');
    expect(pay.message.values.annual).toEqual({ money: 48912.1, per: 'year' });
    expect(pass.parameters.map((p) => p.id)).toContain('flanders.highly-skilled.monthly-divisor');
  });
  test('a secondment on a foreign contract counts 12 months: €4,076 × 12 = €48,912 passes, €4,075.99 fails (the 80% amount never applies to secondees)', () => {
    expect(at(4076, { posted: true }).status).toBe('pass');
    expect(at(4075.99, { posted: true }).status).toBe('fail');
    expect(at(4075.99, { posted: true, thirteenthMonth: true }).status).toBe('fail');
  });
  test('without a 13th month no conversion is published: unknown (unit-mismatch), asking for the annual amount', () => {
    for (const amount of [1000, 5000, 50_000]) {
      const c = at(amount, { thirteenthMonth: false });
      expect(c.status).toBe('unknown');
      expect(c.unknownBecause).toBe('unit-mismatch');
    }
  });
  test('13th month not answered: unknown, and the answer that decides is asked — even far above the threshold', () => {
    const c = at(9000);
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['job.thirteenthMonth']);
  });
  test('posting not answered: both the posting and the 13th month decide', () => {
    const c = salaryStatus(base('flanders', { worker: { age: 40 }, job: { posted: undefined, nurseOrTeacher: false, grossSalary: { amount: 9000, period: 'month' } } }), asOf, 'highly-skilled');
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['job.posted', 'job.thirteenthMonth']);
  });
  test('the Blue Card and executive checks convert by the same rule', () => {
    const ev = evaluate(base('flanders', { job: { thirteenthMonth: true, grossSalary: { amount: 6000, period: 'month' } } }), asOf);
    expect(checkOf(ev, 'eu-blue-card', 'salary-threshold').status).toBe('pass'); // 83,520 ≥ 63,586
    expect(checkOf(ev, 'executive', 'salary-threshold').status).toBe('pass'); // 83,520 ≥ 78,259
  });
  test('the failing hint is in the authority unit (per year)', () => {
    const ev = evaluate(base('flanders', { worker: { age: 40 }, job: { nurseOrTeacher: false, thirteenthMonth: true, grossSalary: { amount: 3000, period: 'month' } } }), asOf);
    expect(ev.routes.find((r) => r.id === 'highly-skilled')?.hints).toContainEqual({ kind: 'salary-at-least', amount: 48912, per: 'year', checkId: 'salary-threshold' });
  });
});

describe('part-time work: the pay actually received (full-time amount × fte) is compared; thresholds are not pro-rated (vreemdelingenrecht.be)', () => {
  const asOf = '2026-06-01';
  const at = (amount: number, fte: number | undefined, authority: AuthorityId = 'flanders') =>
    salaryStatus(base(authority, { worker: { age: 40 }, job: { nurseOrTeacher: false, fte, grossSalary: { amount, period: authority === 'brussels' ? 'month' : 'year' } } }), asOf, 'highly-skilled');
  test('€61,140 full time at 80% is €48,912 received: passes; €61,139.98 at 80% fails', () => {
    expect(at(61_140, 0.8).status).toBe('pass');
    expect(at(61_139.98, 0.8).status).toBe('fail');
  });
  test('a full-time amount far above the threshold fails at 50% when half is below it', () => {
    expect(at(90_000, 1).status).toBe('pass');
    expect(at(90_000, 0.5).status).toBe('fail');
  });
  test('Brussels: €4,000 a month at 90% is €3,600 received, below €3,703.44', () => {
    expect(at(4000, 1, 'brussels').status).toBe('pass');
    expect(at(4000, 0.9, 'brussels').status).toBe('fail');
  });
  test('working time not answered: a full-time amount that passes is unknown and asks the working time; one that fails still fails', () => {
    const c = at(60_000, undefined);
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['job.fte']);
    expect(c.text.key).toBe('checks.salary-threshold.fte-missing');
    expect(at(40_000, undefined).status).toBe('fail');
  });
  test('the hint names the pay to receive and the full-time salary it takes at this working time', () => {
    const ev = evaluate(base('flanders', { worker: { age: 40 }, job: { nurseOrTeacher: false, fte: 0.5, grossSalary: { amount: 60_000, period: 'year' } } }), asOf);
    expect(ev.routes.find((r) => r.id === 'highly-skilled')?.hints).toContainEqual({ kind: 'salary-at-least', amount: 48912, per: 'year', checkId: 'salary-threshold', fte: 0.5 });
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
    const c = flanders({}, { posted: undefined });
    expect(c.status).toBe('unknown');
    expect(c.unknownBecause).toBe('answer-missing');
    expect(new Set(c.missing)).toEqual(new Set(['worker.age', 'job.nurseOrTeacher', 'job.posted']));
  });
  test('under 30 but posted unknown → asks only posted', () => {
    const c = flanders({ age: 29 }, { posted: undefined });
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
  test('Wallonia Blue Card: the diploma date decides between the junior and the general amount (emploi.wallonie.be, Carte bleue européenne)', () => {
    const c = salaryStatus(base('wallonia', { job: { grossSalary: { amount: 60000, period: 'year' } } }), asOf, 'eu-blue-card');
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['worker.higherEducationDiplomaDate']);
    const diploma = (d: string) => salaryStatus(base('wallonia', { worker: { higherEducationDiplomaDate: d, relevantExperienceYears: 0 }, job: { grossSalary: { amount: 60000, period: 'year' } } }), asOf, 'eu-blue-card').status;
    // "depuis moins de trois ans" on the filing date: three years to the day is no longer junior.
    expect(diploma('2023-06-02')).toBe('pass');
    expect(diploma('2023-06-01')).toBe('fail');
    // Years of experience do not decide it.
    const experienced = salaryStatus(base('wallonia', { worker: { higherEducationDiplomaDate: '2025-06-30', relevantExperienceYears: 7 }, job: { grossSalary: { amount: 60000, period: 'year' } } }), asOf, 'eu-blue-card');
    expect(experienced.status).toBe('pass');
  });
  test('ICT without the transfer type: pass above the manager amount, unknown between, fail below the trainee amount', () => {
    const at = (amount: number) => salaryStatus(base('brussels', { job: { posted: true, grossSalary: { amount, period: 'month' } } }), asOf, 'intra-corporate-transfer');
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
    expect(at(1462, 88045).status).toBe('pass');
  });
  test('length unknown between the thresholds → asks the length', () => {
    const answers: Answers = { workplace: { region: 'german-speaking-community' }, job: { fte: 1, grossSalary: { amount: 60000, period: 'year' } } };
    const c = salaryStatus(answers, asOf, 'highly-skilled');
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['job.durationDays']);
  });
  test('the amounts must be confirmed (undated official page, EMN disagrees)', () => {
    expect(at(1000, 60000).parameters.find((p) => p.id.endsWith('salary-up-to-4-years'))?.mustConfirm).toBe(true);
  });
  test('corrections of 30 November 2026 §C: a salary between the 2026 candidates (€49,830 on the official page, €52,772 derived) is unknown, never eligible', () => {
    const c = at(1000, 51_000);
    expect(c.status).toBe('unknown');
    expect(c.unknownBecause).toBe('rule-uncertain');
    expect(at(1000, 49_829.99).status).toBe('fail');
    expect(at(1000, 52_772).status).toBe('pass');
  });
  test('2024: €49,830 (the official page) decides without a band', () => {
    const c = salaryStatus(base('german-speaking-community', { job: { durationDays: 1000, grossSalary: { amount: 49_830, period: 'year' } } }), '2024-06-01', 'highly-skilled');
    expect(c.status).toBe('pass');
  });
  test('the open-ended threshold is not for a posting (art. 9 RD 9 June 1999; ostbelgienlive.be): an open-ended posting fails the category', () => {
    const ev = evaluate(base('german-speaking-community', { job: { durationDays: null, posted: true, grossSalary: { amount: 200_000, period: 'year' } } }), asOf);
    expect(checkOf(ev, 'highly-skilled', 'employment-category').status).toBe('fail');
    const local = evaluate(base('german-speaking-community', { job: { durationDays: null, posted: false, grossSalary: { amount: 200_000, period: 'year' } } }), asOf);
    expect(checkOf(local, 'highly-skilled', 'employment-category').status).toBe('pass');
  });
});

describe('2024: the reforms of 1 May (Flanders), 1 September (Wallonia) and 1 October 2024 (Brussels)', () => {
  const hs = (authority: AuthorityId, asOf: IsoDate, amount: number, period: 'year' | 'month', worker: Answers['worker'] = { age: 40 }) =>
    salaryStatus(base(authority, { worker, job: { nurseOrTeacher: false, grossSalary: { amount, period } } }), asOf, 'highly-skilled');
  test('Brussels before 1 October 2024 counts annual gross pay (€50,310); from then monthly base pay (€3,591.12)', () => {
    expect(hs('brussels', '2024-09-30', 50_310, 'year').status).toBe('pass');
    expect(hs('brussels', '2024-09-30', 50_309.99, 'year').status).toBe('fail');
    expect(hs('brussels', '2024-09-30', 5000, 'month').unknownBecause).toBe('unit-mismatch');
    expect(hs('brussels', '2024-10-01', 3591.12, 'month').status).toBe('pass');
    expect(hs('brussels', '2024-10-01', 3591.11, 'month').status).toBe('fail');
    expect(hs('brussels', '2024-10-01', 60_000, 'year').unknownBecause).toBe('unit-mismatch');
  });
  test('Brussels had an executive route until 30 September 2024 (€83,936), none from 1 October', () => {
    const a = base('brussels', { job: { executive: true, grossSalary: { amount: 83_936, period: 'year' } } });
    expect(evaluate(a, '2024-09-30').routes.map((r) => r.id)).toContain('executive');
    expect(checkOf(evaluate(a, '2024-09-30'), 'executive', 'salary-threshold').status).toBe('pass');
    expect(evaluate(a, '2024-10-01').routes.map((r) => r.id)).not.toContain('executive');
  });
  test('Wallonia: no under-30 amount before 1 September 2024 (€50,310 for everyone), €40,248 from then', () => {
    expect(hs('wallonia', '2024-08-31', 45_000, 'year', { age: 25 }).status).toBe('fail');
    expect(hs('wallonia', '2024-09-01', 45_000, 'year', { age: 25 }).status).toBe('pass');
    expect(hs('wallonia', '2024-09-01', 40_247.99, 'year', { age: 25 }).status).toBe('fail');
  });
  test('Flanders Blue Card: 120% (€55,958) until 30 April 2024; from 1 May the sources give €60,622 and €60,621.60 (the band is unknown)', () => {
    const bc = (asOf: IsoDate, amount: number) => salaryStatus(base('flanders', { worker: { highestQualificationEqf: 7 }, job: { grossSalary: { amount, period: 'year' } } }), asOf, 'eu-blue-card');
    expect(bc('2024-04-30', 55_958).status).toBe('pass');
    expect(bc('2024-05-01', 55_958).status).toBe('fail');
    expect(bc('2024-05-01', 60_621.8).status).toBe('unknown');
    expect(bc('2024-05-01', 60_622).status).toBe('pass');
  });
  test('Flanders highly skilled: €46,632 in 2024, €48,912 from 1 January 2025', () => {
    expect(hs('flanders', '2024-12-31', 46_632, 'year').status).toBe('pass');
    expect(hs('flanders', '2025-01-01', 46_632, 'year').status).toBe('fail');
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
