/**
 * Test fixtures for the rules module (used by the *.test.ts and the bench only).
 */
import type { Answers } from '../answers';
import { exampleAnswers } from '../contract/example';
import { evaluate } from '../evaluate';
import { valueOn } from '../params';
import type { AuthorityId, CheckResult, Evaluation, IsoDate, RouteId, RouteResult } from '../types';

export const regionOf = (authority: AuthorityId): Answers['workplace'] => ({ region: authority });

/**
 * A worker and job that pass every preliminary check (needs a permit, in scope): an Indian national
 * abroad, hired on a Belgian contract (not posted), full time, for two years.
 */
export function base(authority: AuthorityId, over: { worker?: Answers['worker']; job?: Answers['job']; vacancy?: Answers['vacancy'] } = {}): Answers {
  return {
    workplace: regionOf(authority),
    worker: { nationality: 'IN', residence: 'abroad', ...over.worker },
    job: { employment: 'employee', durationDays: 730, fte: 1, posted: false, ...over.job },
    ...(over.vacancy ? { vacancy: over.vacancy } : {}),
  };
}

export function route(ev: Evaluation, id: RouteId): RouteResult {
  const r = ev.routes.find((x) => x.id === id);
  if (!r) throw new Error(`route ${id} not in evaluation`);
  return r;
}

export function checkOf(ev: Evaluation, routeId: RouteId, checkId: string): CheckResult {
  const c = route(ev, routeId).checks.find((x) => x.id === checkId);
  if (!c) throw new Error(`check ${checkId} not in route ${routeId}`);
  return c;
}

export function hasCheck(ev: Evaluation, routeId: RouteId, checkId: string): boolean {
  return route(ev, routeId).checks.some((x) => x.id === checkId);
}

export function salaryStatus(answers: Answers, asOf: IsoDate, routeId: RouteId): CheckResult {
  return checkOf(evaluate(answers, asOf), routeId, 'salary-threshold');
}

export function num(id: string, asOf: IsoDate): number {
  const v = valueOn(id, asOf).value;
  if (typeof v !== 'number') throw new Error(`${id} has no number on ${asOf}`);
  return v;
}

/** Adds or subtracts one cent without floating-point residue. */
export function cents(amount: number, delta: number): number {
  return Math.round(amount * 100 + delta) / 100;
}

const { asOf: _exampleDate, ...example } = exampleAnswers;

/** Typical sets of answers; the first, full one is the contract's example moved to Ghent, on no shortage list. */
export const typicalAnswers: Answers[] = [
  { ...example, workplace: { postcode: '9000' }, job: { ...example.job, onMigrationShortageList: 'no', posted: false } },
  {
    workplace: { postcode: '1000' },
    worker: { nationality: 'BR', age: 34, highestQualificationEqf: 6, relevantExperienceYears: 7, residence: 'belgium-other' },
    job: { employment: 'employee', durationDays: null, grossSalary: { amount: 4200, period: 'month' }, fte: 1, ictRole: 'specialist', intraCorporateTransfer: 'specialist', onMigrationShortageList: 'yes' },
    vacancy: { publishedWithPes: true, continuousWeeks: 5, publishedFrom: '2026-08-01', suitableCandidateFound: false },
  },
  {
    workplace: { postcode: '4700' },
    worker: { nationality: 'US', age: 45, highestQualificationEqf: 8, residence: 'abroad' },
    job: { employment: 'employee', durationDays: 1000, grossSalary: { amount: 90000, period: 'year' }, executive: true, researcherHostingAgreement: true },
  },
  { workplace: { region: 'wallonia' }, worker: { nationality: 'MA' }, job: { grossSalary: { amount: 45000, period: 'year' } } },
];
