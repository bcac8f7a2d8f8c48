/**
 * Three-valued honesty, as properties over random answers (issue "Right at every edge", tests):
 *  - with an answer left out, a check says pass (or fail) only if it says the same for every value
 *    that answer could take;
 *  - a smaller fte never turns a salary check from fail into pass;
 *  - `posted: true` never opens a route that `posted: false` leaves closed;
 *  - an answer that is not in `openQuestions` changes nothing the result says (verdict, recommended
 *    route, the figures of "what would change the outcome", documents and fees).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers } from './answers';
import { evaluate } from './evaluate';
import { answersArb, asOfArb } from './testing/arbitraries';
import type { AnswerPath, Evaluation } from './types';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

/** Every value an answer can take, sampled where the domain is large (numbers, dates). */
const domains: Partial<Record<AnswerPath, readonly unknown[]>> = {
  'worker.nationality': ['IN', 'TR', 'FR', 'CH', 'US'],
  'worker.age': [16, 17, 18, 25, 29, 30, 45, 70],
  'worker.highestQualificationEqf': [0, 2, 3, 4, 5, 6, 7, 8],
  'worker.relevantExperienceYears': [0, 1, 2.9, 3, 5, 7],
  'worker.residence': ['abroad', 'belgium-unlimited-labour-market', 'belgium-other', 'eu-long-term-resident', 'uk-withdrawal-agreement'],
  'worker.higherEducationDiplomaDate': ['2018-01-01', '2022-06-30', '2023-12-31', '2024-06-30', '2025-06-30', '2026-06-30'],
  'job.employment': ['employee', 'self-employed'],
  'job.durationDays': [null, 30, 90, 91, 180, 182, 183, 365, 1461, 1462, 3000],
  'job.fte': [0.1, 0.5, 0.79, 0.8, 0.9, 1],
  'job.requiredQualificationEqf': [0, 2, 3, 4, 5, 6, 8],
  'job.highlyQualifiedPosition': [true, false],
  'job.nurseOrTeacher': [true, false],
  'job.ictRole': ['none', 'specialist', 'manager'],
  'job.executive': [true, false],
  'job.intraCorporateTransfer': [null, 'manager', 'specialist', 'trainee'],
  'job.researcherHostingAgreement': [true, false],
  'job.onMigrationShortageList': ['yes', 'no', 'unsure'],
  'job.onPesShortageList': ['yes', 'no', 'unsure'],
  'job.posted': [true, false],
  'job.postingEmployer': ['eea', 'outside-eea'],
  'job.thirteenthMonth': [true, false],
  'job.shortBusinessActivities': [true, false],
  'job.headquartersExecutive': [true, false],
  'job.postDoctoralFellowship': [true, false],
  'job.studentWithinAllowedHours': [true, false],
  'vacancy.publishedWithPes': [true, false],
  'vacancy.publishedOnEures': [true, false],
  'vacancy.continuousWeeks': [0, 3, 4, 5, 6, 8, 9, 12, 40],
  'vacancy.publishedFrom': ['2023-06-01', '2024-03-01', '2025-01-15', '2025-09-01', '2026-02-01', '2026-05-01', '2026-11-01'],
  'vacancy.pesRecruitmentSupport': [true, false],
  'vacancy.suitableCandidateFound': [true, false],
};
const paths = Object.keys(domains) as AnswerPath[];

function get(a: Answers, path: AnswerPath): unknown {
  const [section, key] = path.split('.') as [keyof Answers, string];
  const o = a[section] as Record<string, unknown> | undefined;
  return o?.[key];
}

function withAnswer(a: Answers, path: AnswerPath, value: unknown): Answers {
  const [section, key] = path.split('.') as ['worker' | 'job' | 'vacancy', string];
  const copy: Answers = { ...a, [section]: { ...(a[section] as object | undefined) } };
  const o = copy[section] as Record<string, unknown>;
  if (value === undefined) delete o[key];
  else o[key] = value;
  return copy;
}

/** Every check of the evaluation, by route and id. */
function checks(ev: Evaluation): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of ev.preliminaryChecks) m.set(`pre:${c.id}`, c.status);
  for (const r of ev.routes) for (const c of r.checks) m.set(`${r.id}:${c.id}`, c.status);
  return m;
}

/** What the result page says, in figures: verdict, recommendation, hints, documents and fees. */
function advice(ev: Evaluation): string {
  const rec = ev.routes.find((r) => r.id === ev.recommendedRoute);
  return JSON.stringify({
    verdict: ev.verdict,
    reason: ev.verdictReason,
    recommended: ev.recommendedRoute,
    documents: rec?.documents.map((d) => d.id + (d.detail?.key ?? '')),
    fees: rec?.fees.map((f) => `${f.id}:${f.amount}`),
    time: rec?.processingTime.targetDays,
    hints: ev.routes
      .filter((r) => r.status !== 'eligible')
      .map((r) => [r.id, r.hints.flatMap((h) => (h.kind === 'salary-at-least' ? [h.amount, ...(h.alternatives ?? []).map((x) => x.amount)] : []))])
      .filter(([, amounts]) => (amounts as number[]).length > 0),
  });
}

describe('three-valued honesty', () => {
  test('with an answer left out, a check that says pass or fail says the same for every value of that answer', () => {
    fc.assert(
      fc.property(answersArb, asOfArb, fc.constantFrom(...paths), (a, asOf, path) => {
        const without = withAnswer(a, path, undefined);
        const base = checks(evaluate(without, asOf));
        for (const value of domains[path]!) {
          const ev = evaluate(withAnswer(without, path, value), asOf);
          if (ev.verdict !== evaluate(without, asOf).verdict && (ev.verdict === 'permit-not-required' || ev.verdict === 'out-of-scope')) continue;
          const filled = checks(ev);
          for (const [id, status] of base) {
            if (status === 'unknown' || !filled.has(id)) continue;
            expect(filled.get(id), `${id} with ${path}=${JSON.stringify(value)}`).toBe(status);
          }
        }
      }),
      runs,
    );
  });

  test('a smaller fte never turns a salary check from fail into pass', () => {
    fc.assert(
      fc.property(answersArb, asOfArb, fc.constantFrom(0.1, 0.5, 0.8, 0.9), (a, asOf, smaller) => {
        if (!a.job?.grossSalary) return;
        const full = evaluate(withAnswer(a, 'job.fte', 1), asOf);
        const part = evaluate(withAnswer(a, 'job.fte', smaller), asOf);
        for (const r of full.routes) {
          const f = r.checks.find((c) => c.id === 'salary-threshold');
          const p = part.routes.find((x) => x.id === r.id)?.checks.find((c) => c.id === 'salary-threshold');
          if (f?.status === 'fail' && p) expect(p.status).toBe('fail');
          if (p?.status === 'pass' && f) expect(f.status).toBe('pass');
        }
      }),
      runs,
    );
  });

  test('posted: true never opens a route that posted: false leaves closed', () => {
    fc.assert(
      fc.property(answersArb, asOfArb, (a, asOf) => {
        const local = evaluate(withAnswer(a, 'job.posted', false), asOf);
        const posted = evaluate(withAnswer(a, 'job.posted', true), asOf);
        for (const r of posted.routes) {
          const l = local.routes.find((x) => x.id === r.id);
          if (l?.status === 'ineligible') expect(r.status, r.id).toBe('ineligible');
        }
      }),
      runs,
    );
  });

  test('an answer that is not an open question changes nothing the result says', () => {
    fc.assert(
      fc.property(answersArb, asOfArb, fc.constantFrom(...paths), (a, asOf, path) => {
        const without = withAnswer(a, path, undefined);
        const ev = evaluate(without, asOf);
        if (ev.openQuestions.includes(path) || get(a, path) === undefined) return;
        const said = advice(ev);
        for (const value of domains[path]!) {
          expect(advice(evaluate(withAnswer(without, path, value), asOf)), `${path}=${JSON.stringify(value)} changed the result`).toBe(said);
        }
      }),
      runs,
    );
  });
});
