/**
 * The exemptions of reference §7 detected before any route, and the shortage lists whose validity has
 * ended (issue "Right at every edge" §6 and §8). Each test names its source.
 */
import { describe, expect, test } from 'vitest';
import type { Answers } from './answers';
import { evaluate } from './evaluate';
import { base, checkOf, route } from './testing/fixtures';
import type { AuthorityId } from './types';

const asOf = '2026-06-01';
const pre = (a: Answers, id: string, date = asOf) => evaluate(a, date).preliminaryChecks.find((c) => c.id === id);

describe('posted by an employer established in another EEA state (CJEU Vander Elst, C-43/93; socialsecurity.be; ostbelgienlive.be)', () => {
  test.each(['flanders', 'brussels', 'wallonia', 'german-speaking-community'] as AuthorityId[])('%s: no work authorisation; a Limosa declaration instead', (a) => {
    const ev = evaluate(base(a, { job: { posted: true, postingEmployer: 'eea' } }), asOf);
    expect(ev.verdict).toBe('permit-not-required');
    expect(ev.verdictReason).toBe('posted-by-eea-employer');
    expect(ev.routes).toEqual([]);
    const c = ev.preliminaryChecks.find((x) => x.id === 'posted-by-eea-employer')!;
    expect(c.sources).toEqual(expect.arrayContaining(['cjeu-vander-elst', 'limosa']));
  });
  test('an employer outside the EEA: the permits apply (and the posting decides on several routes)', () => {
    const ev = evaluate(base('flanders', { job: { posted: true, postingEmployer: 'outside-eea' } }), asOf);
    expect(ev.verdict).not.toBe('permit-not-required');
    expect(checkOf(ev, 'eu-blue-card', 'not-posted').status).toBe('fail');
  });
  test('a posting with the employer’s seat not answered: the seat is asked, nothing is assumed', () => {
    const c = pre(base('flanders', { job: { posted: true } }), 'posted-by-eea-employer')!;
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['job.postingEmployer']);
    expect(evaluate(base('flanders', { job: { posted: true } }), asOf).openQuestions[0]).toBe('job.postingEmployer');
  });
  test('not posted: the seat is never asked', () => {
    const ev = evaluate(base('flanders'), asOf);
    expect(ev.preliminaryChecks.find((c) => c.id === 'posted-by-eea-employer')?.status).toBe('fail');
    expect(ev.openQuestions).not.toContain('job.postingEmployer');
  });
  test('an EEA national needs nothing whoever employs them (the nationality comes first)', () => {
    const ev = evaluate(base('flanders', { worker: { nationality: 'FR' }, job: { posted: true, postingEmployer: 'eea' } }), asOf);
    expect(ev.verdictReason).toBe('eea-national');
  });
});

describe('short business activities of at most 90 days in 180 (Flanders: vlaanderen.be; Brussels: Reliance Littler)', () => {
  test.each(['flanders', 'brussels'] as AuthorityId[])('%s: 90 days of meetings and trade fairs → no authorisation; 91 days → the single permit', (a) => {
    expect(evaluate(base(a, { job: { durationDays: 90, shortBusinessActivities: true } }), asOf).verdictReason).toBe('short-business-activities');
    expect(evaluate(base(a, { job: { durationDays: 91, shortBusinessActivities: true } }), asOf).verdict).not.toBe('permit-not-required');
  });
  test('other work of 90 days or less: the short-stay work authorisation', () => {
    expect(evaluate(base('flanders', { job: { durationDays: 60, shortBusinessActivities: false } }), asOf).verdictReason).toBe('short-stay');
  });
  test('90 days or less, not answered: no verdict yet (exempt, or the short-stay procedure), and whether it is only business activities is asked', () => {
    const ev = evaluate(base('flanders', { job: { durationDays: 60 } }), asOf);
    expect([ev.verdict, ev.verdictReason, ev.routes]).toEqual(['undetermined', null, []]);
    expect(ev.openQuestions).toEqual(['job.shortBusinessActivities']);
  });
  test('not asked for a longer job, nor in Wallonia and the German-speaking Community (not in their exemption lists we have)', () => {
    expect(evaluate(base('flanders'), asOf).openQuestions).not.toContain('job.shortBusinessActivities');
    expect(pre(base('wallonia', { job: { durationDays: 60 } }), 'short-business-activities')).toBeUndefined();
  });
});

describe('students within the hours allowed (Brussels exemption list)', () => {
  test('a student living in Belgium, within the hours allowed → no authorisation', () => {
    const ev = evaluate(base('brussels', { worker: { residence: 'belgium-other' }, job: { studentWithinAllowedHours: true } }), asOf);
    expect(ev.verdictReason).toBe('student-within-allowed-hours');
  });
  test('asked only for a worker living in Belgium', () => {
    expect(evaluate(base('brussels'), asOf).openQuestions).not.toContain('job.studentWithinAllowedHours');
    expect(evaluate(base('brussels', { worker: { residence: 'belgium-other' } }), asOf).openQuestions).toContain('job.studentWithinAllowedHours');
  });
});

describe('post-doctoral scholars on a fellowship (ostbelgienlive.be; Wallonia: UNamur)', () => {
  test.each(['wallonia', 'german-speaking-community'] as AuthorityId[])('%s: exempt', (a) => {
    const ev = evaluate(base(a, { job: { researcherHostingAgreement: true, postDoctoralFellowship: true } }), asOf);
    expect(ev.verdictReason).toBe('post-doctoral-fellowship');
  });
  test.each(['flanders', 'brussels'] as AuthorityId[])('%s: not an exemption there (the researcher route applies)', (a) => {
    const ev = evaluate(base(a, { worker: { highestQualificationEqf: 8 }, job: { researcherHostingAgreement: true, postDoctoralFellowship: true } }), asOf);
    expect(ev.verdict).not.toBe('permit-not-required');
    expect(route(ev, 'researcher').status).toBe('eligible');
  });
  test('not asked for a job that is not research', () => {
    expect(evaluate(base('wallonia', { job: { researcherHostingAgreement: false } }), asOf).openQuestions).not.toContain('job.postDoctoralFellowship');
  });
});

describe('secondment excludes routes (corrections of 30 November 2026 §B)', () => {
  const posted = (a: AuthorityId) => evaluate(base(a, { job: { posted: true, postingEmployer: 'outside-eea' } }), asOf);
  test('EU Blue Card, in every authority (Directive (EU) 2021/1883, art. 3(2))', () => {
    for (const a of ['flanders', 'brussels', 'wallonia', 'german-speaking-community'] as AuthorityId[]) {
      expect(checkOf(posted(a), 'eu-blue-card', 'not-posted').status).toBe('fail');
      expect(route(posted(a), 'eu-blue-card').status).toBe('ineligible');
    }
  });
  test('Flanders: the medium-skilled shortage route and the labour-market-test route (vlaanderen.be; reference §5.4)', () => {
    expect(checkOf(posted('flanders'), 'shortage-occupation', 'not-posted').status).toBe('fail');
    expect(checkOf(posted('flanders'), 'labour-market-test', 'not-posted').status).toBe('fail');
  });
  test('the documents follow the case: no Belgian employment contract for a secondee, the posting documents instead', () => {
    const hs = route(posted('brussels'), 'highly-skilled').documents.map((d) => d.id);
    expect(hs).not.toContain('employment-contract');
    expect(hs).toEqual(expect.arrayContaining(['foreign-employment-contract', 'secondment-documents']));
    expect(route(evaluate(base('brussels'), asOf), 'highly-skilled').documents.map((d) => d.id)).toContain('employment-contract');
  });
});

describe('expired shortage lists are not lists in force (issue "Right at every edge" §6)', () => {
  test('Brussels: the 2025–26 list opens the route on 30 June 2026; from 1 July 2026 the list in force could not be confirmed', () => {
    const a = base('brussels', { job: { onMigrationShortageList: 'yes' } });
    expect(checkOf(evaluate(a, '2026-06-30'), 'shortage-occupation', 'on-shortage-list').status).toBe('pass');
    const after = checkOf(evaluate(a, '2026-07-01'), 'shortage-occupation', 'on-shortage-list');
    expect(after.status).toBe('unknown');
    expect(after.unknownBecause).toBe('rule-data-missing');
    expect(after.text.key).toBe('checks.on-shortage-list.list-not-confirmed');
    expect(after.sources).toContain('brussels-bottleneck-annexes');
  });
  test('Wallonia: from 1 October 2026 the same (the 2025–26 list ended on 30 September 2026)', () => {
    const a = base('wallonia', { job: { onMigrationShortageList: 'yes' } });
    expect(checkOf(evaluate(a, '2026-09-30'), 'shortage-occupation', 'on-shortage-list').status).toBe('pass');
    const after = checkOf(evaluate(a, '2026-11-30'), 'shortage-occupation', 'on-shortage-list');
    expect(after.status).toBe('unknown');
    expect(after.text.values?.expired).toBe('yes');
    expect(route(evaluate(a, '2026-11-30'), 'shortage-occupation').status).not.toBe('eligible');
  });
  test('"not on the list" still closes the route when the list in force is unknown', () => {
    expect(checkOf(evaluate(base('wallonia', { job: { onMigrationShortageList: 'no' } }), '2026-11-30'), 'shortage-occupation', 'on-shortage-list').status).toBe('fail');
  });
});

describe('the occupation named from the list (job.shortageOccupation)', () => {
  const c = (id: string, date = asOf, authority: AuthorityId = 'flanders') =>
    checkOf(evaluate(base(authority, { job: { shortageOccupation: id } }), date), 'shortage-occupation', 'on-shortage-list');
  test('an occupation added to the Flemish list of 2026 passes and is named', () => {
    const roofer = c('roofer');
    expect(roofer.status).toBe('pass');
    expect(roofer.text.key).toBe('checks.on-shortage-list.pass-occupation');
    expect(roofer.text.values?.occupation).toEqual({ occupation: 'roofer' });
  });
  test('an occupation removed from it fails', () => {
    expect(c('truck-driver').status).toBe('fail');
  });
  test('an occupation of the 2023 list that the partial 2026 list neither adds nor removes cannot be confirmed', () => {
    expect(c('construction-machine-operator', '2025-06-01').status).toBe('pass');
    const now = c('construction-machine-operator');
    expect(now.status).toBe('unknown');
    expect(now.text.key).toBe('checks.on-shortage-list.list-not-confirmed');
  });
  test('proposed in a draft but not confirmed: unknown', () => {
    expect(c('lift-installer').status).toBe('unknown');
  });
  test('an occupation of the expired Walloon list after its end: unknown, never pass', () => {
    expect(c('car-mechanic', '2026-09-30', 'wallonia').status).toBe('pass');
    expect(c('car-mechanic', '2026-10-01', 'wallonia').status).toBe('unknown');
  });
});

describe('GET /api/v1/rules names each authority’s shortage list and the occupation ids the answers take', () => {
  test('on 30 November 2026: Flanders in force with its named occupations; Brussels and Wallonia not confirmed', async () => {
    const { rulesOn } = await import('./index');
    const doc = rulesOn('2026-11-30', 'fr');
    const list = (a: AuthorityId) => doc.authorities.find((x) => x.id === a)!.shortageList;
    expect(list('flanders')).toMatchObject({ id: 'flanders-migration-2026', inForce: true, count: 21 });
    expect(list('flanders')!.occupations).toContainEqual({ id: 'roofer', title: 'couvreur', status: 'added' });
    expect(list('brussels')!.inForce).toBe(false);
    expect(list('wallonia')!.inForce).toBe(false);
  });
});
