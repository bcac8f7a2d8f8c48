/**
 * evaluate(): preliminary checks and verdicts, the recommendation rule, openQuestions, documents,
 * fees and processing times, the three-valued and/or/not.
 */
import { describe, expect, test } from 'vitest';
import type { Answers } from './answers';
import { processingFor } from './processing';
import { evaluate } from './evaluate';
import { compareRoutes, routeRanking } from './recommend';
import { openQuestions } from './relevance';
import { base, route } from './testing/fixtures';
import { addDays, addMonths, daysBetween, minDaysOfMonths } from './dates';
import { and, andT, anyOf, allOf, boolT, not, notT, or, orT, routeStatus, PASS, FAIL, missingT } from './tri';
import type { AnswerPath, RouteId, RouteResult, RouteStatus, Tri } from './types';
import { authorityIds } from './types';

const asOf = '2026-06-01';
const tris: Tri[] = ['pass', 'fail', 'unknown'];

describe('three-valued logic (Kleene)', () => {
  test('and / or / not truth tables', () => {
    const expectedAnd: Record<string, Tri> = { 'pass,pass': 'pass', 'pass,fail': 'fail', 'pass,unknown': 'unknown', 'fail,unknown': 'fail', 'unknown,unknown': 'unknown', 'fail,fail': 'fail' };
    const expectedOr: Record<string, Tri> = { 'pass,pass': 'pass', 'pass,fail': 'pass', 'pass,unknown': 'pass', 'fail,unknown': 'unknown', 'unknown,unknown': 'unknown', 'fail,fail': 'fail' };
    for (const a of tris)
      for (const b of tris) {
        const k = [a, b].sort((x, y) => tris.indexOf(x) - tris.indexOf(y)).join(',');
        expect(and(a, b)).toBe(expectedAnd[k]);
        expect(or(a, b)).toBe(expectedOr[k]);
        expect(allOf([a, b])).toBe(and(a, b));
        expect(anyOf([a, b])).toBe(or(a, b));
      }
    expect(tris.map(not)).toEqual(['fail', 'pass', 'unknown']);
  });
  test('route status: any fail → ineligible; else any unknown → unknown; else eligible', () => {
    expect(routeStatus([{ status: 'pass' }, { status: 'unknown' }, { status: 'fail' }])).toBe('ineligible');
    expect(routeStatus([{ status: 'pass' }, { status: 'unknown' }])).toBe('unknown');
    expect(routeStatus([{ status: 'pass' }])).toBe('eligible');
  });
  test('terms keep only the missing answers that can still decide', () => {
    const a = missingT('worker.age');
    const n = missingT('job.nurseOrTeacher');
    expect(orT(a, PASS)).toBe(PASS);
    expect(andT(a, FAIL)).toBe(FAIL);
    expect(orT(a, n).m).toEqual(['worker.age', 'job.nurseOrTeacher']);
    expect(andT(orT(a, n), notT(boolT(true, 'job.posted')))).toBe(FAIL);
    expect(andT(orT(PASS, n), notT(boolT(undefined, 'job.posted'))).m).toEqual(['job.posted']);
  });
});

describe('date helpers', () => {
  test('addDays, addMonths (clamped), daysBetween, six months last at least 181 days', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-06-01', -4)).toBe('2026-02-01');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(minDaysOfMonths(6)).toBe(181);
  });
});

describe('preliminary checks and verdicts', () => {
  const ev = (worker: Answers['worker'], job: Answers['job'] = { employment: 'employee', durationDays: 365 }) =>
    evaluate({ workplace: { region: 'flanders' }, worker, job }, asOf);
  test.each([
    ['FR', 'eea-national'],
    ['NO', 'eea-national'],
    ['BE', 'eea-national'],
    ['CH', 'swiss-national'],
  ])('nationality %s → permit-not-required (%s), no routes', (nationality, reason) => {
    const e = ev({ nationality });
    expect(e.verdict).toBe('permit-not-required');
    expect(e.verdictReason).toBe(reason);
    expect(e.routes).toEqual([]);
    expect(e.recommendedRoute).toBeNull();
  });
  test('UK Withdrawal Agreement and unlimited labour-market access → permit-not-required', () => {
    expect(ev({ nationality: 'GB', residence: 'uk-withdrawal-agreement' }).verdictReason).toBe('uk-withdrawal-agreement');
    expect(ev({ nationality: 'SY', residence: 'belgium-unlimited-labour-market' }).verdictReason).toBe('unlimited-labour-market-access');
    expect(ev({ nationality: 'GB', residence: 'abroad' }).verdict).not.toBe('permit-not-required');
  });
  test('self-employed → out-of-scope; 90 days → short-stay; 91 days and open-ended → routes', () => {
    expect(ev({ nationality: 'IN', residence: 'abroad' }, { employment: 'self-employed', durationDays: 365 }).verdictReason).toBe('self-employed');
    // Without the residence, a UK Withdrawal Agreement beneficiary (no professional card) is not ruled out.
    const noResidence = ev({ nationality: 'IN' }, { employment: 'self-employed', durationDays: 365 });
    expect([noResidence.verdict, noResidence.verdictReason, noResidence.routes]).toEqual(['undetermined', null, []]);
    expect(noResidence.openQuestions).toEqual(['worker.residence']);
    const short = ev({ nationality: 'IN', residence: 'abroad' }, { employment: 'employee', durationDays: 90, posted: false, shortBusinessActivities: false });
    expect([short.verdict, short.verdictReason]).toEqual(['out-of-scope', 'short-stay']);
    expect(short.routes).toEqual([]);
    expect(ev({ nationality: 'IN' }, { employment: 'employee', durationDays: 91 }).routes.length).toBeGreaterThan(0);
    expect(ev({ nationality: 'IN' }, { employment: 'employee', durationDays: null }).verdict).not.toBe('out-of-scope');
  });
  test('an exemption takes precedence over another procedure (order of docs/RULES.md)', () => {
    expect(ev({ nationality: 'FR' }, { employment: 'self-employed', durationDays: 30 }).verdictReason).toBe('eea-national');
  });
  test('missing answers → unknown preliminary checks that do not block the routes', () => {
    const e = evaluate({ workplace: { region: 'wallonia' } }, asOf);
    expect(e.preliminaryChecks.every((c) => c.status === 'unknown')).toBe(true);
    expect(e.routes.length).toBe(7);
    expect(e.verdict).toBe('undetermined');
    expect(e.openQuestions).toEqual(expect.arrayContaining(['worker.nationality', 'worker.residence', 'job.employment', 'job.durationDays']));
  });
  test('verdict agrees with route statuses', () => {
    const eligible = evaluate(base('flanders', { worker: { highestQualificationEqf: 8 }, job: { researcherHostingAgreement: true } }), asOf);
    expect(eligible.verdict).toBe('eligible');
    const none = evaluate(
      base('brussels', {
        worker: { highestQualificationEqf: 2, relevantExperienceYears: 0, residence: 'abroad' },
        job: { grossSalary: { amount: 1000, period: 'month' }, ictRole: 'none', intraCorporateTransfer: null, researcherHostingAgreement: false, onMigrationShortageList: 'no' },
        vacancy: { publishedWithPes: false, pesRecruitmentSupport: false, suitableCandidateFound: true },
      }),
      asOf,
    );
    expect(none.routes.every((r) => r.status === 'ineligible')).toBe(true);
    expect(none.verdict).toBe('not-eligible');
  });
  test('an unresolvable workplace → authority null and undetermined', () => {
    const e = evaluate({ workplace: { postcode: '0000' } }, asOf);
    expect([e.authority, e.verdict, e.routes.length]).toEqual([null, 'undetermined', 0]);
  });
});

describe('recommendation', () => {
  test('never the labour market test while a route without one is eligible', () => {
    const e = evaluate(
      base('brussels', {
        worker: { highestQualificationEqf: 7 },
        job: { researcherHostingAgreement: true },
        vacancy: { publishedWithPes: true, continuousWeeks: 6, suitableCandidateFound: false },
      }),
      asOf,
    );
    expect(route(e, 'labour-market-test').status).toBe('eligible');
    expect(route(e, 'researcher').status).toBe('eligible');
    expect(e.recommendedRoute).toBe('researcher');
    expect(e.recommendation?.key).toBe('recommendation.no-labour-market-test');
  });
  test('first the route made for the case: a manager transferred within a Japanese group gets the transfer permit (issue 11)', () => {
    const transfer: Answers = {
      workplace: { postcode: '2000' },
      worker: { nationality: 'JP', residence: 'abroad', age: 45, highestQualificationEqf: 7 },
      job: {
        employment: 'employee', durationDays: 1096, fte: 1, grossSalary: { amount: 95000, period: 'year' }, posted: true,
        postingEmployer: 'outside-eea', intraCorporateTransfer: 'manager', researcherHostingAgreement: false, highlyQualifiedPosition: true, executive: false,
      },
    };
    const e = evaluate(transfer, asOf);
    expect(route(e, 'highly-skilled').status).toBe('eligible');
    expect(route(e, 'intra-corporate-transfer').status).toBe('eligible');
    expect(e.recommendedRoute).toBe('intra-corporate-transfer');
    expect(e.recommendation?.key).toBe('recommendation.case');
    // Not yet knowing the role, the transfer route could still become the recommendation: its answer is open.
    const noRole = evaluate({ ...transfer, job: { ...transfer.job, intraCorporateTransfer: undefined } }, asOf);
    expect(noRole.recommendedRoute).toBe('highly-skilled');
    expect(noRole.openQuestions).toContain('job.intraCorporateTransfer');
    // A hire on a Belgian contract names no case route: the ranking decides.
    const hire = evaluate({ ...transfer, job: { ...transfer.job, posted: false, postingEmployer: undefined, intraCorporateTransfer: null } }, asOf);
    expect(hire.recommendedRoute).toBe('highly-skilled');
  });
  test('then the shortest processing target: Flemish fast lane (highly skilled) over the Blue Card', () => {
    const e = evaluate(
      base('flanders', { worker: { highestQualificationEqf: 7, age: 40 }, job: { grossSalary: { amount: 70000, period: 'year' }, highlyQualifiedPosition: true, posted: false } }),
      asOf,
    );
    expect(route(e, 'eu-blue-card').status).toBe('eligible');
    expect(e.recommendedRoute).toBe('highly-skilled');
    expect(e.recommendation?.key).toBe('recommendation.fastest');
  });
  test('then the fixed order (Brussels: same legal maximum → highly skilled before Blue Card)', () => {
    const e = evaluate(base('brussels', { worker: { highestQualificationEqf: 7 }, job: { grossSalary: { amount: 5000, period: 'month' } } }), asOf);
    expect(route(e, 'highly-skilled').status).toBe('eligible');
    expect(route(e, 'eu-blue-card').status).toBe('eligible');
    expect(e.recommendedRoute).toBe('highly-skilled');
    expect(e.recommendation?.key).toBe('recommendation.order');
  });
  test('only eligible routes are recommended; none eligible → null', () => {
    const e = evaluate({ workplace: { region: 'flanders' } }, asOf);
    expect(e.recommendedRoute).toBeNull();
    expect(e.recommendation).toBeNull();
  });
  test('routeRanking: the labour market test is always last; Flemish highly skilled first once the fast lane is in force', () => {
    for (const a of authorityIds) expect(routeRanking(a, asOf).at(-1)).toBe('labour-market-test');
    expect(routeRanking('flanders', '2026-06-01')[0]).toBe('highly-skilled');
    expect(routeRanking('brussels', asOf)).not.toContain('executive');
    expect(compareRoutes({ id: 'labour-market-test', processingTime: { targetDays: 1 } }, { id: 'executive', processingTime: { targetDays: null } })).toBeGreaterThan(0);
  });
});

describe('openQuestions', () => {
  test('with an eligible top-ranked route, no route question is open', () => {
    const e = evaluate(
      base('flanders', {
        worker: { highestQualificationEqf: 7, age: 40 },
        job: { grossSalary: { amount: 60000, period: 'year' }, highlyQualifiedPosition: true, intraCorporateTransfer: null, executive: false },
      }),
      asOf,
    );
    expect(e.recommendedRoute).toBe('highly-skilled');
    expect(e.openQuestions).toEqual([]);
  });
  test('the advice counts too: an answer that decides whether "€X would open the executive route" is true is asked', () => {
    // €60,000 is below the executive amount: the route's hint is only worth giving for an executive position.
    const e = evaluate(
      base('flanders', { worker: { highestQualificationEqf: 7, age: 40 }, job: { grossSalary: { amount: 60000, period: 'year' }, highlyQualifiedPosition: true, intraCorporateTransfer: null } }),
      asOf,
    );
    expect(e.recommendedRoute).toBe('highly-skilled');
    expect(e.openQuestions).toEqual(['job.executive']);
  });
  test('the nurse of Ghent: €38,000 fails both Flemish amounts; the age or the profession decides which amount the advice names (issue 11)', () => {
    const e = evaluate(base('flanders', { worker: { highestQualificationEqf: 6 }, job: { grossSalary: { amount: 38000, period: 'year' }, highlyQualifiedPosition: true } }), asOf);
    const hs = route(e, 'highly-skilled');
    expect(hs.status).toBe('ineligible');
    expect(hs.hints).toContainEqual(
      expect.objectContaining({ kind: 'salary-at-least', alternatives: [{ amount: 39129.6, variant: 'reduced' }, { amount: 48912, variant: 'general' }], dependsOn: ['worker.age', 'job.nurseOrTeacher'] }),
    );
    expect(e.openQuestions).toEqual(expect.arrayContaining(['worker.age', 'job.nurseOrTeacher']));
    const nurse = evaluate(base('flanders', { worker: { highestQualificationEqf: 6, age: 26 }, job: { grossSalary: { amount: 38000, period: 'year' }, highlyQualifiedPosition: true } }), asOf);
    expect(route(nurse, 'highly-skilled').hints).toContainEqual({ kind: 'salary-at-least', amount: 39129.6, per: 'year', checkId: 'salary-threshold' });
    expect(nurse.openQuestions).not.toContain('job.nurseOrTeacher');
  });
  test('with an eligible route, only unknown routes ranking above it count', () => {
    // Brussels: shortage occupation eligible; highly skilled (ranks above) unknown for lack of the salary.
    const e = evaluate(base('brussels', { worker: { highestQualificationEqf: 7 }, job: { onMigrationShortageList: 'yes' } }), asOf);
    expect(route(e, 'shortage-occupation').status).toBe('eligible');
    expect(e.openQuestions).toContain('job.grossSalary');
    // the labour market test ranks below: its questions do not count
    expect(e.openQuestions).not.toContain('vacancy.publishedWithPes');
    expect(e.openQuestions).not.toContain('vacancy.suitableCandidateFound');
  });
  test('ineligible routes never matter; unknown routes do when none is eligible', () => {
    const e = evaluate(base('flanders', { job: { researcherHostingAgreement: false } }), asOf);
    const researcher = route(e, 'researcher');
    expect(researcher.status).toBe('ineligible');
    const fake = (id: RouteId, status: RouteStatus, missing: AnswerPath[]): RouteResult => ({
      ...researcher,
      id,
      status,
      checks: [{ ...researcher.checks[0]!, status: status === 'ineligible' ? 'fail' : 'unknown', missing }],
    });
    expect(openQuestions([], [fake('researcher', 'ineligible', []), fake('highly-skilled', 'unknown', ['job.grossSalary'])])).toEqual(['job.grossSalary']);
    const eligible = (id: RouteId) => ({ ...fake(id, 'eligible', []), adviceMissing: [] });
    expect(openQuestions([], [{ ...fake('researcher', 'unknown', ['job.researcherHostingAgreement']) }, eligible('labour-market-test')])).toEqual([
      'job.researcherHostingAgreement',
    ]);
    expect(openQuestions([], [fake('researcher', 'unknown', ['job.researcherHostingAgreement']), eligible('highly-skilled')])).toEqual([]);
    // The recommended route's documents and fees: what they still depend on is asked.
    expect(openQuestions([], [{ ...eligible('highly-skilled'), adviceMissing: ['worker.age'] }])).toEqual(['worker.age']);
  });
  test('a procedure decided by a later check waits for the earlier exemptions, and asks only them', () => {
    // Self-employed: the professional card, unless the worker is an EEA national (no card needed) …
    const e = evaluate({ workplace: { region: 'flanders' }, job: { employment: 'self-employed' } }, asOf);
    expect([e.verdict, e.verdictReason, e.routes]).toEqual(['undetermined', null, []]);
    expect(e.openQuestions).toEqual(['worker.nationality', 'worker.residence']);
    // … which the answers then decide.
    const decided = evaluate({ workplace: { region: 'flanders' }, worker: { nationality: 'IN', residence: 'abroad' }, job: { employment: 'self-employed' } }, asOf);
    expect([decided.verdict, decided.verdictReason, decided.openQuestions]).toEqual(['out-of-scope', 'self-employed', []]);
  });
});

describe('documents, fees, processing', () => {
  test('every route has the federal residence documents and a regional application form', () => {
    for (const a of authorityIds)
      for (const r of evaluate(base(a), asOf).routes) {
        const ids = r.documents.map((d) => d.id);
        for (const id of ['fee-payment-proof', 'passport-copy', 'means-and-employment-proof', 'criminal-record', 'medical-certificate', 'health-insurance', 'application-form'])
          expect(ids).toContain(id);
        // A transferee keeps the contract with the group company abroad: no Belgian employment contract.
        expect(ids).toContain(r.id === 'intra-corporate-transfer' ? 'foreign-employment-contract' : 'employment-contract');
        expect(r.documents.every((d) => d.sources.length > 0)).toBe(true);
      }
  });
  test('authority details: Brussels every passport page, employer ID, organisation chart; Wallonia contract clauses', () => {
    const b = route(evaluate(base('brussels', { worker: { residence: 'belgium-other' } }), asOf), 'highly-skilled');
    expect(b.documents.find((d) => d.id === 'passport-copy')?.detail?.key).toBe('documentDetails.passport-every-page');
    expect(b.documents.map((d) => d.id)).toEqual(expect.arrayContaining(['employer-id-copy', 'job-description', 'residence-document']));
    const w = route(evaluate(base('wallonia'), asOf), 'labour-market-test');
    expect(w.documents.find((d) => d.id === 'employment-contract')?.detail?.key).toBe('documentDetails.employment-contract-wallonia');
    expect(w.documents.find((d) => d.id === 'labour-market-test-evidence')?.detail?.key).toBe('documentDetails.labour-market-test-wallonia');
    const f = evaluate(base('flanders'), asOf);
    expect(route(f, 'shortage-occupation').documents.find((d) => d.id === 'shortage-evidence')?.detail?.key).toBe('documentDetails.shortage-flanders');
    expect(route(f, 'researcher').documents.map((d) => d.id)).toContain('hosting-agreement');
    expect(route(f, 'intra-corporate-transfer').documents.map((d) => d.id)).toEqual(expect.arrayContaining(['ict-prior-employment', 'ict-transfer-letter']));
  });
  test('criminal record only for applicants of 18 and over', () => {
    const ids = route(evaluate(base('wallonia', { worker: { age: 17 } }), asOf), 'highly-skilled').documents.map((d) => d.id);
    expect(ids).not.toContain('criminal-record');
  });
  test('federal fee: €148, exempt under 18 and for Turkish nationals', () => {
    const fee = (worker: Answers['worker']) => route(evaluate(base('brussels', { worker }), asOf), 'highly-skilled').fees.find((f) => f.id === 'federal-administrative-fee');
    expect(fee({ age: 30 })?.amount).toBe(148);
    expect(fee({ age: 17 })?.amount).toBe(0);
    expect(fee({ age: 17 })?.exemption?.key).toBe('fees.exemption-under-age');
    expect(fee({ nationality: 'TR', age: 40 })?.amount).toBe(0);
  });
  test('Flemish retribution from 2026-09-01 only; visa D when the worker is abroad', () => {
    const fees = (date: string, residence: NonNullable<Answers['worker']>['residence']) =>
      route(evaluate(base('flanders', { worker: { residence } }), date), 'highly-skilled').fees.map((f) => f.id);
    expect(fees('2026-08-31', 'abroad')).not.toContain('flemish-retribution');
    expect(fees('2026-09-01', 'abroad')).toContain('flemish-retribution');
    expect(fees('2026-09-01', 'abroad')).toContain('visa-d');
    expect(fees('2026-09-01', 'belgium-other')).not.toContain('visa-d');
    expect(route(evaluate(base('wallonia'), '2026-09-01'), 'highly-skilled').fees.map((f) => f.id)).not.toContain('flemish-retribution');
  });
  test('processing targets', () => {
    expect(processingFor('highly-skilled', 'flanders', '2025-04-30').targetDays).toBe(120);
    expect(processingFor('highly-skilled', 'flanders', '2025-05-01').targetDays).toBe(15);
    expect(processingFor('highly-skilled', 'wallonia', asOf).targetDays).toBe(15);
    expect(processingFor('researcher', 'brussels', asOf).targetDays).toBe(60);
    expect(processingFor('labour-market-test', 'brussels', asOf).targetDays).toBe(120);
    expect(processingFor('executive', 'german-speaking-community', asOf).targetDays).toBe(120);
    const other = processingFor('eu-blue-card', 'flanders', '2026-06-01');
    expect([45, 120]).toContain(other.targetDays);
  });
});
