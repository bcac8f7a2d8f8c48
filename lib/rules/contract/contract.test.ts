/**
 * The contract's schemas against what the rules module really returns, the contract's rules
 * (refinements) against broken assessments, and the inferred types against the rules' own types.
 * (Property-based coverage over arbitrary answers: ../property.test.ts; over HTTP: e2e/api.)
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import { z } from 'zod';
import { locales } from '../../i18n/locales';
import { answersSchema, jobSchema, vacancySchema, workerSchema } from '../answers';
import { assess, rulesOn } from '../index';
import type { Issue as ParseIssue } from '../parse';
import { base, typicalAnswers } from '../testing/fixtures';
import type { AnswerPath, Hint } from '../types';
import {
  answerPaths,
  assessmentSchema,
  errorCodes,
  errorSchemas,
  exampleAnswers,
  invalidAnswersSchema,
  rulesDocumentSchema,
  type AssessedHint,
  type Assessment,
  type Issue,
} from './index';

const asOf = '2026-11-21';

/** The zod issues of a value that must fit, as readable lines (empty when it fits). */
function problems(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const cases = [
  ...typicalAnswers,
  base('flanders', { worker: { nationality: 'FR' } }), // permit-not-required
  base('wallonia', { job: { durationDays: 30 } }), // out-of-scope
  base('brussels', { job: { employment: 'self-employed' } }), // out-of-scope
  { workplace: { region: 'german-speaking-community' as const } }, // only the workplace
  base('flanders', {
    worker: { age: 40, highestQualificationEqf: 3, relevantExperienceYears: 0 },
    job: {
      grossSalary: { amount: 20000, period: 'year' },
      fte: 1,
      requiredQualificationEqf: 3,
      highlyQualifiedPosition: false,
      nurseOrTeacher: false,
      ictRole: 'none',
      executive: false,
      intraCorporateTransfer: null,
      researcherHostingAgreement: false,
      onMigrationShortageList: 'no',
      onPesShortageList: 'no',
    },
    vacancy: { publishedWithPes: false, publishedOnEures: false, continuousWeeks: 0, suitableCandidateFound: true },
  }), // not-eligible
];

describe('real assessments fit the schema (strict: every field the server sends is described)', () => {
  test.each(locales)('%s', (locale) => {
    for (const answers of cases) for (const d of ['2025-03-01', asOf]) expect(problems(assessmentSchema, assess(answers, locale, d))).toEqual([]);
  });

  test('the cases cover every verdict', () => {
    const seen = new Set(cases.map((a) => assess(a, 'en', asOf).verdict));
    expect([...seen].sort()).toEqual(['eligible', 'not-eligible', 'out-of-scope', 'permit-not-required', 'undetermined']);
  });
});

describe('the contract’s rules reject a broken assessment', () => {
  const eligible = cases.map((a) => assess(a, 'en', asOf)).find((a) => a.verdict === 'eligible' && a.routes.length > 1);
  if (!eligible) throw new Error('no eligible case with two routes');
  const broken = (change: (a: Assessment) => void): Assessment => {
    const copy = structuredClone(eligible);
    change(copy);
    return copy;
  };
  const firstEligible = (a: Assessment) => a.routes.find((r) => r.status === 'eligible')!;

  test('the unbroken one fits', () => expect(problems(assessmentSchema, eligible)).toEqual([]));

  test.each<[string, (a: Assessment) => void]>([
    ['a route without checks', (a) => (a.routes[0]!.checks = [])],
    ['a check without citations', (a) => (a.routes[0]!.checks[0]!.citations = [])],
    ['an eligible route without documents', (a) => (firstEligible(a).documents = [])],
    ['a route status its checks contradict', (a) => (firstEligible(a).checks[0]!.status = 'fail')],
    ['a recommended route that is not eligible', (a) => (a.recommendedRoute = a.routes.find((r) => r.status !== 'eligible')!.id)],
    ['no recommendation while a route is eligible', (a) => (a.recommendedRoute = null)],
    ['a route id that does not exist', (a) => ((a as { recommendedRoute: string }).recommendedRoute = 'no-such-route')],
    ['a verdict the routes contradict', (a) => (a.verdict = 'not-eligible')],
    ['an undetermined verdict with an eligible route', (a) => (a.verdict = 'undetermined')],
    ['a reason for a route verdict', (a) => (a.verdictReason = 'eea-national')],
    ['permit-not-required with routes', (a) => ((a.verdict = 'permit-not-required'), (a.verdictReason = 'eea-national'))],
    ['a route listed twice', (a) => a.routes.push(structuredClone(a.routes[0]!))],
    ['a document source missing from sources', (a) => (a.sources = {})],
    ['an undescribed extra field', (a) => Object.assign(a.routes[0]!, { extra: 1 })],
    ['a date that does not exist', (a) => (a.asOf = '2026-02-30')],
    ['a citation that is not https', (a) => (a.routes[0]!.checks[0]!.citations[0]!.url = 'http://example.org')],
  ])('%s', (_, change) => {
    expect(problems(assessmentSchema, broken(change)).length).toBeGreaterThan(0);
  });

  test('out-of-scope needs the reason of another procedure', () => {
    const a = assess(base('wallonia', { job: { durationDays: 30, postDoctoralFellowship: false } }), 'en', asOf);
    expect(a.verdict).toBe('out-of-scope');
    expect(problems(assessmentSchema, a)).toEqual([]);
    expect(problems(assessmentSchema, { ...a, verdictReason: 'eea-national' }).length).toBeGreaterThan(0);
    expect(problems(assessmentSchema, { ...a, verdictReason: null }).length).toBeGreaterThan(0);
  });
});

test('the contract’s example request (example.json, typed by a cast) is valid answers, unchanged by parsing', () => {
  expect(answersSchema.parse(exampleAnswers)).toEqual(exampleAnswers);
  expect(assess(exampleAnswers, 'en').competentAuthority?.id).toBe('german-speaking-community');
});

test.each(locales)('rulesOn() fits the rules document schema (%s)', (locale) => {
  for (const d of ['2025-01-01', '2025-07-01', asOf, '2027-06-30']) expect(problems(rulesDocumentSchema, rulesOn(d, locale))).toEqual([]);
});

test('error bodies: exactly { error, message } with the code of the schema', () => {
  for (const code of errorCodes) {
    expect(problems(errorSchemas[code], { error: code, message: 'm' })).toEqual([]);
    expect(problems(errorSchemas[code], { error: code, message: '' }).length).toBeGreaterThan(0);
    expect(problems(errorSchemas[code], { error: code === 'not_found' ? 'internal_error' : 'not_found', message: 'm' }).length).toBeGreaterThan(0);
  }
  expect(problems(invalidAnswersSchema, { error: 'invalid_answers', issues: [{ path: 'worker.age', code: 'too_small', message: 'm' }] })).toEqual([]);
  expect(problems(invalidAnswersSchema, { error: 'invalid_answers', issues: [] }).length).toBeGreaterThan(0);
});

describe('the inferred types are the rules module’s own', () => {
  test('answer paths: workplace and every field of worker, job and vacancy, as in types.ts', () => {
    type SchemaPath =
      | 'workplace'
      | `worker.${keyof z.output<typeof workerSchema> & string}`
      | `job.${keyof z.output<typeof jobSchema> & string}`
      | `vacancy.${keyof z.output<typeof vacancySchema> & string}`;
    expectTypeOf<AnswerPath>().toEqualTypeOf<SchemaPath>();
    expect(new Set(answerPaths).size).toBe(answerPaths.length);
    expect(answerPaths).toContain('job.grossSalary');
  });
  test('a presented hint is the evaluation’s hint with its text', () => {
    type WithText<H> = H extends unknown ? { [K in keyof (H & { text: string })]: (H & { text: string })[K] } : never;
    expectTypeOf<AssessedHint>().toEqualTypeOf<WithText<Hint>>();
  });
  test('an issue of the 422 body is what parseAnswers returns', () => {
    expectTypeOf<Issue>().toEqualTypeOf<ParseIssue>();
  });
});
