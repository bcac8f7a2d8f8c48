/**
 * The edge cases of issue "Right at every edge", through the public API: boundaries, secondment,
 * conversions, part-time work, publication windows, exemptions, expired lists and dates from 2024 to
 * 2026 in all four authorities. Each case says what the official pages (docs/RULES.md) make of it.
 */
import { expect, test } from '@playwright/test';

type Json = Record<string, unknown>;
interface Case {
  name: string;
  body: Json;
  verdict?: string;
  reason?: string | null;
  /** route id → expected status */
  routes?: Record<string, string>;
  /** `route:check` → expected status */
  checks?: Record<string, string>;
}

const person = { nationality: 'IN', residence: 'abroad', age: 40, highestQualificationEqf: 7 };
const hire = { employment: 'employee', durationDays: 730, fte: 1, posted: false, nurseOrTeacher: false, highlyQualifiedPosition: true };
const at = (asOf: string, region: string, worker: Json, job: Json, vacancy?: Json): Json => ({
  asOf,
  workplace: { region },
  worker: { ...person, ...worker },
  job: { ...hire, ...job },
  ...(vacancy ? { vacancy } : {}),
});
const year = (amount: number) => ({ grossSalary: { amount, period: 'year' } });
const month = (amount: number) => ({ grossSalary: { amount, period: 'month' } });

const cases: Case[] = [
  // Boundaries: equal passes, one cent below fails.
  { name: 'Flanders 2026 highly skilled at €48,912', body: at('2026-06-01', 'flanders', {}, year(48_912)), checks: { 'highly-skilled:salary-threshold': 'pass' } },
  { name: 'Flanders 2026 highly skilled at €48,911.99', body: at('2026-06-01', 'flanders', {}, year(48_911.99)), checks: { 'highly-skilled:salary-threshold': 'fail' } },
  { name: 'Flanders 2024 highly skilled at €46,632', body: at('2024-06-01', 'flanders', {}, year(46_632)), checks: { 'highly-skilled:salary-threshold': 'pass' } },
  { name: 'Flanders under 30 at €39,129.60', body: at('2026-06-01', 'flanders', { age: 29 }, year(39_129.6)), checks: { 'highly-skilled:salary-threshold': 'pass' } },
  { name: 'Flanders aged 30 at €39,129.60', body: at('2026-06-01', 'flanders', { age: 30 }, year(39_129.6)), checks: { 'highly-skilled:salary-threshold': 'fail' } },
  { name: 'Brussels at €3,703.44 a month', body: at('2026-06-01', 'brussels', {}, month(3_703.44)), checks: { 'highly-skilled:salary-threshold': 'pass' } },
  { name: 'Brussels at €3,703.43 a month', body: at('2026-06-01', 'brussels', {}, month(3_703.43)), checks: { 'highly-skilled:salary-threshold': 'fail' } },
  { name: 'Brussels before 1 October 2024: annual €50,310', body: at('2024-09-30', 'brussels', {}, year(50_310)), checks: { 'highly-skilled:salary-threshold': 'pass' } },
  { name: 'Wallonia 2026 at €53,220', body: at('2026-06-01', 'wallonia', {}, year(53_220)), checks: { 'highly-skilled:salary-threshold': 'pass' } },
  { name: 'Wallonia 2026 at €53,219.99', body: at('2026-06-01', 'wallonia', {}, year(53_219.99)), checks: { 'highly-skilled:salary-threshold': 'fail' } },
  // Conflicting sources: the band between the figures is unknown, never the favourable figure.
  { name: 'German-speaking Community 2026 at €51,000 (between €49,830 and €52,772)', body: at('2026-06-01', 'german-speaking-community', {}, { ...year(51_000), durationDays: 700 }), checks: { 'highly-skilled:salary-threshold': 'unknown' } },
  { name: 'German-speaking Community 2024 at €49,830', body: at('2024-06-01', 'german-speaking-community', {}, { ...year(49_830), durationDays: 700 }), checks: { 'highly-skilled:salary-threshold': 'pass' } },
  { name: 'Brussels EQF 5: three-year programme or graduaat', body: at('2026-06-01', 'brussels', { highestQualificationEqf: 5 }, month(5000)), checks: { 'highly-skilled:qualification': 'unknown' } },
  // Conversions.
  { name: 'Flanders €4,000 a month without a 13th month', body: at('2026-06-01', 'flanders', {}, { ...month(4000), thirteenthMonth: false }), checks: { 'highly-skilled:salary-threshold': 'unknown' } },
  { name: 'Flanders €4,000 a month with a 13th month (× 13.92 = €55,680)', body: at('2026-06-01', 'flanders', {}, { ...month(4000), thirteenthMonth: true }), checks: { 'highly-skilled:salary-threshold': 'pass' } },
  { name: 'Flanders €4,075.99 a month on a foreign contract (× 12)', body: at('2026-06-01', 'flanders', {}, { ...month(4075.99), posted: true, postingEmployer: 'outside-eea' }), checks: { 'highly-skilled:salary-threshold': 'fail' } },
  { name: 'Wallonia a monthly salary', body: at('2026-06-01', 'wallonia', {}, month(6000)), checks: { 'highly-skilled:salary-threshold': 'unknown' } },
  // Part-time: the pay actually received.
  { name: 'Flanders €60,000 full time at 80% (€48,000 received)', body: at('2026-06-01', 'flanders', {}, { ...year(60_000), fte: 0.8 }), checks: { 'highly-skilled:salary-threshold': 'fail' } },
  { name: 'Flanders €60,000 full time, working time unknown', body: at('2026-06-01', 'flanders', {}, { ...year(60_000), fte: undefined }), checks: { 'highly-skilled:salary-threshold': 'unknown' } },
  // Secondment.
  { name: 'Blue Card for a posted worker', body: at('2026-06-01', 'wallonia', {}, { ...year(90_000), posted: true, postingEmployer: 'outside-eea' }), routes: { 'eu-blue-card': 'ineligible' } },
  { name: 'Flemish labour market test for a posted worker', body: at('2026-06-01', 'flanders', {}, { posted: true, postingEmployer: 'outside-eea' }), checks: { 'labour-market-test:not-posted': 'fail' } },
  { name: 'Posted by an employer established in another EEA state', body: at('2026-06-01', 'brussels', {}, { posted: true, postingEmployer: 'eea' }), verdict: 'permit-not-required', reason: 'posted-by-eea-employer' },
  // Walloon Blue Card junior: the diploma date, not experience.
  { name: 'Wallonia Blue Card €60,000, diploma 2 years old', body: at('2026-06-01', 'wallonia', { higherEducationDiplomaDate: '2024-06-01', relevantExperienceYears: 0 }, { ...year(60_000), durationDays: null }), checks: { 'eu-blue-card:salary-threshold': 'pass' } },
  { name: 'Wallonia Blue Card €60,000, diploma 3 years old to the day', body: at('2026-06-01', 'wallonia', { higherEducationDiplomaDate: '2023-06-01', relevantExperienceYears: 0 }, { ...year(60_000), durationDays: null }), checks: { 'eu-blue-card:salary-threshold': 'fail' } },
  // Publication windows.
  { name: 'Flanders: 20 weeks from 1 January, filed 1 June (15 weeks inside the 4 months)', body: at('2026-06-01', 'flanders', {}, {}, { publishedWithPes: true, publishedOnEures: true, continuousWeeks: 20, publishedFrom: '2026-01-01' }), checks: { 'labour-market-test:publication-window': 'pass' } },
  { name: 'Flanders: 9 weeks from 31 January, filed 1 June (62 days inside)', body: at('2026-06-01', 'flanders', {}, {}, { publishedWithPes: true, publishedOnEures: true, continuousWeeks: 9, publishedFrom: '2026-01-31' }), checks: { 'labour-market-test:publication-window': 'fail' } },
  { name: 'Wallonia: Forem without EURES', body: at('2026-06-01', 'wallonia', {}, {}, { publishedWithPes: true, publishedOnEures: false, continuousWeeks: 6, pesRecruitmentSupport: false }), checks: { 'labour-market-test:publication': 'fail' } },
  // Expired lists.
  { name: 'Brussels shortage list after 30 June 2026', body: at('2026-07-01', 'brussels', {}, { onMigrationShortageList: 'yes' }), checks: { 'shortage-occupation:on-shortage-list': 'unknown' } },
  { name: 'Wallonia shortage list on 30 November 2026', body: at('2026-11-30', 'wallonia', {}, { onMigrationShortageList: 'yes' }), routes: { 'shortage-occupation': 'unknown' } },
  // Other exemptions and procedures.
  { name: 'Short business activities of 60 days in Flanders', body: at('2026-06-01', 'flanders', {}, { durationDays: 60, shortBusinessActivities: true }), verdict: 'permit-not-required', reason: 'short-business-activities' },
  { name: '90 days of work in Brussels', body: at('2026-06-01', 'brussels', {}, { durationDays: 90, shortBusinessActivities: false }), verdict: 'out-of-scope', reason: 'short-stay' },
  { name: '91 days of work in Brussels', body: at('2026-06-01', 'brussels', {}, { durationDays: 91, shortBusinessActivities: false }), routes: { 'highly-skilled': 'unknown' } },
];

for (const c of cases) {
  test(c.name, async ({ request }) => {
    const res = await request.post('/api/v1/assessments', { data: c.body });
    expect(res.status()).toBe(200);
    const a = await res.json();
    if (c.verdict) expect(a.verdict).toBe(c.verdict);
    if (c.reason !== undefined) expect(a.verdictReason).toBe(c.reason);
    for (const [route, status] of Object.entries(c.routes ?? {})) {
      expect(a.routes.find((r: Json) => r.id === route)?.status, route).toBe(status);
    }
    for (const [key, status] of Object.entries(c.checks ?? {})) {
      const [route, check] = key.split(':');
      const found = a.routes.find((r: Json) => r.id === route)?.checks.find((x: Json) => x.id === check);
      expect(found?.status, key).toBe(status);
    }
  });
}
