import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from './numbers';
import {
  answerKeys,
  durationToDays,
  getQuestion,
  orderedQuestions,
  questions,
  stepIds,
  toAnswers,
  type FlowState,
} from './questions';
import type { AnswerPath } from '@/lib/rules/types';

const en = (s: string) => parseLocaleNumber(s, 'en');
const nl = (s: string) => parseLocaleNumber(s, 'nl');

const allPaths: AnswerPath[] = [
  'workplace',
  'worker.nationality',
  'worker.age',
  'worker.highestQualificationEqf',
  'worker.relevantExperienceYears',
  'worker.residence',
  'job.employment',
  'job.durationDays',
  'job.grossSalary',
  'job.fte',
  'job.requiredQualificationEqf',
  'job.highlyQualifiedPosition',
  'job.nurseOrTeacher',
  'job.ictRole',
  'job.executive',
  'job.intraCorporateTransfer',
  'job.researcherHostingAgreement',
  'job.onMigrationShortageList',
  'job.onPesShortageList',
  'job.posted',
  'vacancy.publishedWithPes',
  'vacancy.publishedOnEures',
  'vacancy.continuousWeeks',
  'vacancy.publishedFrom',
  'vacancy.pesRecruitmentSupport',
  'vacancy.suitableCandidateFound',
];

describe('the list of questions', () => {
  it('has one page per step id, in the declared order', () => {
    expect(questions.map((q) => q.id)).toEqual([...stepIds]);
  });
  it('asks for every answer the rules can need', () => {
    const asked = new Set(orderedQuestions.flatMap((q) => q.paths));
    for (const p of allPaths) expect(asked, p).toContain(p);
  });
  it('gives every URL key to exactly one ordered question', () => {
    for (const key of answerKeys) {
      expect(orderedQuestions.filter((q) => q.keys.includes(key)), key).toHaveLength(1);
    }
  });
  it('lets the user say "I don\'t know" except for the workplace and the kind of work', () => {
    const without = questions.filter((q) => q.unknown === 'none').map((q) => q.id);
    expect(without).toEqual(['workplace', 'region', 'employment']);
  });
});

describe('validation (every question rejects bad input and accepts good input)', () => {
  const cases: Record<string, { good: Record<string, string>[]; bad: [Record<string, string>, string, string][] }> = {
    workplace: {
      good: [{ postcode: '1000' }, { postcode: ' 3000 ' }, { postcode: 'B-4700' }],
      bad: [
        [{}, 'postcode', 'required'],
        [{ postcode: '100' }, 'postcode', 'invalid'],
        [{ postcode: 'abcd' }, 'postcode', 'invalid'],
      ],
    },
    region: { good: [{ region: 'brussels' }], bad: [[{}, 'region', 'required'], [{ region: 'paris' }, 'region', 'required']] },
    nationality: {
      good: [{ nationality: 'IN' }, { nationality: 'in' }, { nationality: 'unknown' }],
      bad: [
        [{}, 'nationality', 'required'],
        [{ nationality: 'XX' }, 'nationality', 'required'],
        [{ nationality: 'IND' }, 'nationality', 'required'],
      ],
    },
    residence: { good: [{ residence: 'abroad' }, { residence: 'unknown' }], bad: [[{ residence: 'mars' }, 'residence', 'required']] },
    employment: {
      good: [{ employment: 'employee' }],
      bad: [
        [{}, 'employment', 'required'],
        [{ employment: 'unknown' }, 'employment', 'required'],
      ],
    },
    contract: {
      good: [{ contract: 'open' }, { contract: 'unknown' }, { contract: 'fixed', length: '6', lengthUnit: 'months' }],
      bad: [
        [{}, 'contract', 'required'],
        [{ contract: 'fixed', lengthUnit: 'months' }, 'length', 'required'],
        [{ contract: 'fixed', length: 'six', lengthUnit: 'months' }, 'length', 'invalid'],
        [{ contract: 'fixed', length: '0', lengthUnit: 'months' }, 'length', 'too_small'],
        [{ contract: 'fixed', length: '6' }, 'lengthUnit', 'required'],
        [{ contract: 'fixed', length: '1.5', lengthUnit: 'days' }, 'length', 'not_whole'],
        [{ contract: 'fixed', length: '101', lengthUnit: 'years' }, 'length', 'too_large'],
      ],
    },
    salary: {
      good: [{ salary: '52,000', salaryPer: 'year' }, { salary: 'unknown' }],
      bad: [
        [{ salaryPer: 'year' }, 'salary', 'required'],
        [{ salary: 'lots', salaryPer: 'year' }, 'salary', 'invalid'],
        [{ salary: '0', salaryPer: 'year' }, 'salary', 'too_small'],
        [{ salary: '20000000', salaryPer: 'year' }, 'salary', 'too_large'],
        [{ salary: '52000' }, 'salaryPer', 'required'],
      ],
    },
    age: {
      good: [{ age: '29' }, { age: 'unknown' }],
      bad: [
        [{}, 'age', 'required'],
        [{ age: '14' }, 'age', 'too_small'],
        [{ age: '101' }, 'age', 'too_large'],
        [{ age: '29.5' }, 'age', 'not_whole'],
        [{ age: 'old' }, 'age', 'invalid'],
      ],
    },
    experience: {
      good: [{ experience: '3' }, { experience: '0' }, { experience: '2.5' }],
      bad: [[{ experience: '8' }, 'experience', 'too_large']],
    },
    'working-time': {
      good: [{ fte: 'full' }, { fte: 'part', ftePercent: '80' }, { fte: 'part', ftePercent: '80%' }, { fte: 'unknown' }],
      bad: [
        [{}, 'fte', 'required'],
        [{ fte: 'part' }, 'ftePercent', 'required'],
        [{ fte: 'part', ftePercent: '0' }, 'ftePercent', 'too_small'],
        [{ fte: 'part', ftePercent: '120' }, 'ftePercent', 'too_large'],
      ],
    },
    'publication-weeks': {
      good: [{ weeks: '9' }, { weeks: 'unknown' }],
      bad: [
        [{ weeks: '9.5' }, 'weeks', 'not_whole'],
        [{ weeks: '600' }, 'weeks', 'too_large'],
      ],
    },
    'publication-start': {
      good: [{ publishedFrom: '2026-06-01' }, { publishedFrom: '1/6/2026' }, { publishedFrom: 'unknown' }],
      bad: [
        [{}, 'publishedFrom', 'required'],
        [{ publishedFrom: '2026-02-30' }, 'publishedFrom', 'invalid'],
        [{ publishedFrom: 'June' }, 'publishedFrom', 'invalid'],
      ],
    },
    'shortage-list': { good: [{ shortageList: 'yes' }, { shortageList: 'unknown' }], bad: [[{}, 'shortageList', 'required']] },
  };

  for (const [id, c] of Object.entries(cases)) {
    const q = getQuestion(id as (typeof stepIds)[number]);
    for (const values of c.good) {
      it(`${id} accepts ${JSON.stringify(values)}`, () => {
        expect(q.validate(values, en).ok).toBe(true);
      });
    }
    for (const [values, field, code] of c.bad) {
      it(`${id} rejects ${JSON.stringify(values)} (${field}: ${code})`, () => {
        const r = q.validate(values, en);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues).toContainEqual({ field, code });
      });
    }
  }

  it('every choice question rejects a value outside its options and accepts each option', () => {
    for (const q of questions.filter((q) => q.kind === 'choice')) {
      const key = q.keys[0]!;
      expect(q.validate({ [key]: 'nonsense' }, en).ok, q.id).toBe(false);
      expect(q.validate({}, en).ok, q.id).toBe(false);
      for (const option of q.options) expect(q.validate({ [key]: option }, en).ok, `${q.id} ${option}`).toBe(true);
    }
  });

  it('normalizes numbers typed in the page language', () => {
    expect(getQuestion('salary').validate({ salary: '3.703,44', salaryPer: 'month' }, nl)).toEqual({
      ok: true,
      values: { salary: '3703.44', salaryPer: 'month' },
    });
    expect(getQuestion('salary').validate({ salary: '€52,000', salaryPer: 'year' }, en)).toEqual({
      ok: true,
      values: { salary: '52000', salaryPer: 'year' },
    });
  });

  it('reports every problem of a page at once', () => {
    const r = getQuestion('salary').validate({}, en);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toEqual(['salary', 'salaryPer']);
  });

  it('gives the field and message code that react-hook-form shows (and the server action alike)', () => {
    expect(getQuestion('age').validate({ age: '12' }, en)).toEqual({ ok: false, issues: [{ field: 'age', code: 'too_small' }] });
    expect(getQuestion('age').validate({ age: '101' }, en)).toEqual({ ok: false, issues: [{ field: 'age', code: 'too_large' }] });
    expect(getQuestion('age').validate({ age: '30.5' }, en)).toEqual({ ok: false, issues: [{ field: 'age', code: 'not_whole' }] });
    expect(getQuestion('age').validate({ age: '40' }, en)).toEqual({ ok: true, values: { age: '40' } });
  });
});

describe('duration in days (docs/RULES.md)', () => {
  it('converts months as ⌈months × 30.5⌉ and years as round(years × 365.25)', () => {
    expect(durationToDays(6, 'months')).toBe(183);
    expect(durationToDays(3, 'months')).toBe(92);
    expect(durationToDays(1, 'months')).toBe(31);
    expect(durationToDays(2, 'months')).toBe(61);
    expect(durationToDays(4, 'years')).toBe(1461);
    expect(durationToDays(1, 'years')).toBe(365);
    expect(durationToDays(90, 'days')).toBe(90);
  });
});

describe('toAnswers', () => {
  it('needs a workplace', () => {
    expect(toAnswers({ age: '30' })).toBeNull();
  });

  it('maps every answer to the rules\' answers', () => {
    const state: FlowState = {
      postcode: '3000',
      nationality: 'IN',
      residence: 'abroad',
      employment: 'employee',
      contract: 'fixed',
      length: '2',
      lengthUnit: 'years',
      salary: '52000',
      salaryPer: 'year',
      age: '29',
      qualification: 'master',
      experience: '4',
      jobLevel: 'bachelor',
      hqPosition: 'yes',
      nurseTeacher: 'no',
      posted: 'no',
      executive: 'no',
      ict: 'specialist',
      transfer: 'none',
      researcher: 'no',
      fte: 'part',
      ftePercent: '80',
      shortageList: 'unknown',
      pesShortageList: 'no',
      published: 'yes',
      eures: 'yes',
      weeks: '9',
      publishedFrom: '2026-06-01',
      support: 'no',
      candidate: 'no',
    };
    expect(toAnswers(state, {}, '2026-11-21')).toEqual({
      asOf: '2026-11-21',
      workplace: { postcode: '3000' },
      worker: { nationality: 'IN', residence: 'abroad', age: 29, highestQualificationEqf: 7, relevantExperienceYears: 4 },
      job: {
        employment: 'employee',
        durationDays: 731,
        grossSalary: { amount: 52000, period: 'year' },
        fte: 0.8,
        requiredQualificationEqf: 6,
        highlyQualifiedPosition: true,
        nurseOrTeacher: false,
        posted: false,
        executive: false,
        ictRole: 'specialist',
        intraCorporateTransfer: null,
        researcherHostingAgreement: false,
        onMigrationShortageList: 'unsure',
        onPesShortageList: 'no',
      },
      vacancy: {
        publishedWithPes: true,
        publishedOnEures: true,
        continuousWeeks: 9,
        publishedFrom: '2026-06-01',
        pesRecruitmentSupport: false,
        suitableCandidateFound: false,
      },
    });
  });

  it('turns "I don\'t know" into a missing answer', () => {
    const a = toAnswers({ region: 'brussels', nationality: 'unknown', age: 'unknown', salary: 'unknown', contract: 'unknown', hqPosition: 'unknown' });
    expect(a).toEqual({ workplace: { region: 'brussels' } });
  });

  it('uses an open-ended contract as null', () => {
    expect(toAnswers({ region: 'wallonia', contract: 'open' })?.job).toEqual({ durationDays: null });
  });

  it('uses the fixed region of an embedding preset', () => {
    expect(toAnswers({ postcode: '1000', age: '40' }, { fixedRegion: 'flanders' })).toEqual({
      workplace: { region: 'flanders' },
      worker: { age: 40 },
    });
  });
});
