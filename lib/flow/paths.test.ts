import { describe, expect, it } from 'vitest';
import type { AnswerPath } from '@/lib/rules/types';
import { answerHref, stepForPath } from './paths';
import { getQuestion } from './questions';
import { parseFlowParams } from './url';

/** Every answer path (compile-time complete). */
const paths: Record<AnswerPath, true> = {
  workplace: true, 'worker.nationality': true, 'worker.age': true, 'worker.highestQualificationEqf': true, 'worker.relevantExperienceYears': true,
  'worker.residence': true, 'worker.higherEducationDiplomaDate': true, 'job.employment': true, 'job.durationDays': true, 'job.grossSalary': true,
  'job.fte': true, 'job.requiredQualificationEqf': true, 'job.highlyQualifiedPosition': true, 'job.nurseOrTeacher': true, 'job.ictRole': true,
  'job.executive': true, 'job.intraCorporateTransfer': true, 'job.researcherHostingAgreement': true, 'job.onMigrationShortageList': true,
  'job.onPesShortageList': true, 'job.posted': true, 'job.postingEmployer': true, 'job.thirteenthMonth': true, 'job.shortBusinessActivities': true,
  'job.headquartersExecutive': true, 'job.postDoctoralFellowship': true, 'job.studentWithinAllowedHours': true, 'job.shortageOccupation': true,
  'vacancy.publishedWithPes': true, 'vacancy.publishedOnEures': true, 'vacancy.continuousWeeks': true, 'vacancy.publishedFrom': true,
  'vacancy.pesRecruitmentSupport': true, 'vacancy.suitableCandidateFound': true,
};

describe('stepForPath: the question that answers what the result still needs', () => {
  it.each(Object.keys(paths) as AnswerPath[])('%s has a question that sets it', (path) => {
    expect(getQuestion(stepForPath(path)).paths).toContain(path);
  });
  it('chooses the question that asks it, not one that only sets it on the way', () => {
    expect(stepForPath('job.intraCorporateTransfer')).toBe('transfer');
    expect(stepForPath('job.posted')).toBe('case');
    expect(stepForPath('job.thirteenthMonth')).toBe('salary');
    expect(stepForPath('job.shortageOccupation')).toBe('shortage-list');
    expect(stepForPath('workplace')).toBe('workplace');
  });
});

describe('answerHref: a link that returns to the result', () => {
  const base = { check: '/fr/check', start: '/fr' };
  it('links the question with the result page\'s answers and return=result', () => {
    const href = answerHref(base, 'job.fte', { state: { case: 'hire', postcode: '1000' }, asOf: '2026-11-21', returnTo: 'answers' });
    expect(href).toBe('/fr/check/working-time?asOf=2026-11-21&case=hire&postcode=1000&return=result');
    const url = new URL(href, 'http://x');
    expect(parseFlowParams(url.searchParams)).toEqual({ state: { case: 'hire', postcode: '1000' }, asOf: '2026-11-21', returnTo: 'result' });
  });
});
