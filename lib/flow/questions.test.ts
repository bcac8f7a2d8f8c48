import { describe, expect, it } from 'vitest';
import type { AnswerPath } from '@/lib/rules/types';
import { answerKeys, getQuestion, orderedQuestions, questions, stepIds, toAnswers, type FlowState } from './questions';

/** Every answer the rules read (compile-time complete: a new AnswerPath must be added here). */
const allPaths: Record<AnswerPath, true> = {
  workplace: true,
  'worker.nationality': true,
  'worker.age': true,
  'worker.highestQualificationEqf': true,
  'worker.relevantExperienceYears': true,
  'worker.residence': true,
  'worker.higherEducationDiplomaDate': true,
  'job.employment': true,
  'job.durationDays': true,
  'job.grossSalary': true,
  'job.fte': true,
  'job.requiredQualificationEqf': true,
  'job.highlyQualifiedPosition': true,
  'job.nurseOrTeacher': true,
  'job.ictRole': true,
  'job.executive': true,
  'job.intraCorporateTransfer': true,
  'job.researcherHostingAgreement': true,
  'job.onMigrationShortageList': true,
  'job.onPesShortageList': true,
  'job.posted': true,
  'job.postingEmployer': true,
  'job.thirteenthMonth': true,
  'job.shortBusinessActivities': true,
  'job.headquartersExecutive': true,
  'job.postDoctoralFellowship': true,
  'job.studentWithinAllowedHours': true,
  'job.shortageOccupation': true,
  'vacancy.publishedWithPes': true,
  'vacancy.publishedOnEures': true,
  'vacancy.continuousWeeks': true,
  'vacancy.publishedFrom': true,
  'vacancy.pesRecruitmentSupport': true,
  'vacancy.suitableCandidateFound': true,
};

describe('the list of questions', () => {
  it('derives the step ids and the URL keys from the questions, in order', () => {
    expect(stepIds).toEqual(questions.map((q) => q.id));
    expect(stepIds[0]).toBe('case');
    expect(new Set(answerKeys)).toEqual(new Set(questions.flatMap((q) => [...q.keys])));
  });
  it('asks for every answer the rules can need', () => {
    const asked = new Set(orderedQuestions.flatMap((q) => q.paths));
    for (const p of Object.keys(allPaths)) expect(asked, p).toContain(p);
  });
  it('gives every URL key to exactly one ordered question', () => {
    for (const key of answerKeys) expect(orderedQuestions.filter((q) => q.keys.includes(key)), key).toHaveLength(1);
  });
  it('lets the user say "I don\'t know" except for the workplace and the kind of work', () => {
    expect(questions.filter((q) => q.unknown === 'none').map((q) => q.id)).toEqual(['workplace', 'region', 'employment']);
  });
  it('asks the kind of move first, before the workplace, and the new questions at their places', () => {
    const order = orderedQuestions.map((q) => q.id);
    const before = (a: string, b: string) => expect(order.indexOf(a as never), `${a} before ${b}`).toBeLessThan(order.indexOf(b as never));
    before('case', 'workplace');
    before('workplace', 'posting-employer');
    before('posting-employer', 'nationality');
    before('residence', 'student');
    before('contract', 'short-business');
    before('qualification', 'diploma-date');
    expect(orderedQuestions.filter((q) => q.always).map((q) => q.id)).toEqual(['case']);
  });
  it('has no page for "posted" or "researcher" any more: the case sets them', () => {
    expect(stepIds).not.toContain('posted');
    expect(stepIds).not.toContain('researcher');
    expect(getQuestion('case').paths).toEqual(['job.posted', 'job.researcherHostingAgreement']);
  });
});

describe('toAnswers', () => {
  it('needs a workplace', () => {
    expect(toAnswers({ age: '30' })).toBeNull();
  });

  it('maps every answer to the rules\' answers', () => {
    const state: FlowState = {
      case: 'hire',
      postcode: '3000',
      postingEmployer: 'outside-eea',
      hqExecutive: 'no',
      postDoc: 'no',
      nationality: 'IN',
      residence: 'abroad',
      student: 'no',
      employment: 'employee',
      contract: 'fixed',
      length: '2',
      lengthUnit: 'years',
      shortBusiness: 'no',
      salary: '4000',
      salaryPer: 'month',
      thirteenth: 'yes',
      age: '29',
      qualification: 'master',
      diplomaDate: '2024-06-30',
      experience: '4',
      jobLevel: 'bachelor',
      hqPosition: 'yes',
      nurseTeacher: 'no',
      executive: 'no',
      ict: 'specialist',
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
      worker: { nationality: 'IN', residence: 'abroad', age: 29, highestQualificationEqf: 7, higherEducationDiplomaDate: '2024-06-30', relevantExperienceYears: 4 },
      job: {
        posted: false,
        intraCorporateTransfer: null,
        researcherHostingAgreement: false,
        postingEmployer: 'outside-eea',
        headquartersExecutive: false,
        postDoctoralFellowship: false,
        studentWithinAllowedHours: false,
        employment: 'employee',
        durationDays: 731,
        shortBusinessActivities: false,
        grossSalary: { amount: 4000, period: 'month' },
        thirteenthMonth: true,
        fte: 0.8,
        requiredQualificationEqf: 6,
        highlyQualifiedPosition: true,
        nurseOrTeacher: false,
        executive: false,
        ictRole: 'specialist',
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
    const a = toAnswers({ region: 'brussels', case: 'unknown', nationality: 'unknown', age: 'unknown', salary: 'unknown', contract: 'unknown', hqPosition: 'unknown' });
    expect(a).toEqual({ workplace: { region: 'brussels' } });
  });

  it('uses the fixed region of an embedding preset', () => {
    expect(toAnswers({ postcode: '1000', age: '40' }, { fixedRegion: 'flanders' })).toEqual({ workplace: { region: 'flanders' }, worker: { age: 40 } });
  });
});
