/**
 * resultView / routeView select what the result page shows from a real Assessment (assess()):
 * the recommended route first, the others as cards with their deciding check, only the figures to
 * confirm that the result relies on, the Flemish under-30 clause, the deciding answers first.
 */
import { describe, expect, test } from 'vitest';
import { assess, type Answers } from '@/lib/rules';
import { confirmAt, resultView, routeView } from './view';

const AS_OF = '2026-11-21';

/** A highly skilled engineer in Ghent (Flanders), hired from abroad on an open-ended contract. */
function flemishHire(worker: Answers['worker'] = {}, job: Answers['job'] = {}): Answers {
  return {
    workplace: { postcode: '9000' },
    worker: { nationality: 'IN', residence: 'abroad', highestQualificationEqf: 7, relevantExperienceYears: 4, ...worker },
    job: {
      employment: 'employee',
      durationDays: null,
      fte: 1,
      requiredQualificationEqf: 7,
      highlyQualifiedPosition: true,
      ictRole: 'none',
      executive: false,
      intraCorporateTransfer: null,
      researcherHostingAgreement: false,
      posted: false,
      ...job,
    },
  };
}

const view = (answers: Answers) => resultView(assess(answers, 'en', AS_OF));

describe('the recommended route and the other routes', () => {
  const a = assess(flemishHire({ age: 29 }, { grossSalary: { amount: 52_000, period: 'year' }, nurseOrTeacher: false }), 'en', AS_OF);
  const v = resultView(a);

  test('the recommended route is the one the rules recommend, and it is not repeated among the cards', () => {
    expect(a.recommendedRoute).toBe('highly-skilled');
    expect(v.recommended?.id).toBe('highly-skilled');
    expect(v.others.map((c) => c.id)).toEqual(a.routes.map((r) => r.id).filter((id) => id !== 'highly-skilled'));
  });

  test("a card's deciding reason is its first failing check, else its first unknown check", () => {
    for (const card of v.others) {
      const route = a.routes.find((r) => r.id === card.id)!;
      const firstFail = route.checks.find((c) => c.status === 'fail');
      const firstUnknown = route.checks.find((c) => c.status === 'unknown');
      expect(card.reason, card.id).toBe(firstFail ?? firstUnknown ?? null);
    }
    // The Blue Card is refused on its salary, though its first checks are met.
    const blueCard = v.others.find((c) => c.id === 'eu-blue-card')!;
    expect(blueCard.status).toBe('ineligible');
    expect(blueCard.reason?.id).toBe('salary-threshold');
    expect(blueCard.reason?.status).toBe('fail');
    // … with what would change it.
    const hint = blueCard.hint;
    expect(hint?.kind).toBe('salary-at-least');
    if (hint?.kind === 'salary-at-least') expect(hint.checkId).toBe('salary-threshold');
  });

  test('a failing check decides a card before an earlier unknown one', () => {
    const route = a.routes.find((r) => r.checks.findIndex((c) => c.status === 'unknown') < r.checks.findIndex((c) => c.status === 'fail') && r.checks.some((c) => c.status === 'unknown'));
    expect(route, 'a route with an unknown check before a failing one').toBeDefined();
    expect(v.others.find((c) => c.id === route!.id)!.reason!.status).toBe('fail');
  });

  test('a card for a route whose checks are all met has no deciding reason', () => {
    const both = view(flemishHire({ age: 35 }, { grossSalary: { amount: 90_000, period: 'year' }, nurseOrTeacher: false }));
    expect(both.recommended?.id).toBe('highly-skilled');
    const blueCard = both.others.find((c) => c.id === 'eu-blue-card')!;
    expect(blueCard.status).toBe('eligible');
    expect(blueCard.reason).toBeNull();
    expect(blueCard.hint).toBeNull();
  });
});

describe('figures to confirm', () => {
  test('only those of the recommended route, each with where it is used', () => {
    const a = assess(flemishHire({ age: 29 }, { grossSalary: { amount: 52_000, period: 'year' }, nurseOrTeacher: false }), 'en', AS_OF);
    const v = resultView(a);
    // The assessment flags figures of other routes too (the Blue Card's and the executives' thresholds) …
    expect(a.notices.map((n) => n.parameter)).toContain('flanders.eu-blue-card.salary');
    // … the result relies on the recommended route's only.
    const ids = v.figuresToConfirm.map((f) => f.parameter);
    expect(ids).not.toContain('flanders.eu-blue-card.salary');
    expect(ids).not.toContain('flanders.executive.salary');
    expect(ids).toContain('flanders.highly-skilled.salary-reduced');
    for (const f of v.figuresToConfirm) {
      expect(f.usedIn.length).toBeGreaterThan(0);
      for (const p of f.usedIn) expect(p.route).toBe('highly-skilled');
    }
    // Next to where it is used: the reduced threshold in the salary check, the regional fee in the fees.
    const atSalary = confirmAt(v.figuresToConfirm, { kind: 'check', route: 'highly-skilled', check: 'salary-threshold' });
    expect(atSalary.map((f) => f.parameter)).toEqual(['flanders.highly-skilled.salary-reduced']);
    const fee = v.recommended!.fees.find((f) => f.figure.id === 'flanders.fee.retribution')!;
    expect(ids).toContain('flanders.fee.retribution');
    expect(confirmAt(v.figuresToConfirm, { kind: 'fee', route: 'highly-skilled', fee: fee.id }).map((f) => f.parameter)).toEqual(['flanders.fee.retribution']);
    expect(confirmAt(v.figuresToConfirm, { kind: 'check', route: 'highly-skilled', check: 'qualification' })).toEqual([]);
  });

  test('without a recommended route: those of the checks that decided the cards', () => {
    const v = view({ workplace: { postcode: '4000' }, job: { employment: 'employee' } });
    expect(v.recommended).toBeNull();
    const deciding = new Set(v.others.flatMap((c) => (c.reason ? c.reason.figures.map((f) => f.id) : [])));
    expect(v.figuresToConfirm.length).toBeGreaterThan(0);
    for (const f of v.figuresToConfirm) {
      expect(deciding.has(f.parameter)).toBe(true);
      for (const p of f.usedIn) expect(p.kind).toBe('check');
    }
  });
});

describe('the Flemish under-30 clause', () => {
  const clause = (answers: Answers) => view(answers).under30Clause;

  test('shown when the recommended route passes on the reduced threshold (worker under 30)', () => {
    expect(clause(flemishHire({ age: 29 }, { grossSalary: { amount: 52_000, period: 'year' }, nurseOrTeacher: false }))).toEqual({ age: 30 });
  });

  test('shown for a nurse on the reduced threshold too (the text says when it matters)', () => {
    expect(clause(flemishHire({ age: 45 }, { grossSalary: { amount: 52_000, period: 'year' }, nurseOrTeacher: true }))).toEqual({ age: 30 });
  });

  test('not shown when the salary was compared with the general threshold: 30 or older, or the age unknown and the general threshold met', () => {
    expect(clause(flemishHire({ age: 35 }, { grossSalary: { amount: 90_000, period: 'year' }, nurseOrTeacher: false }))).toBeNull();
    expect(clause(flemishHire({}, { grossSalary: { amount: 90_000, period: 'year' } }))).toBeNull();
  });

  test('not shown for a posted worker (the reduced threshold is for local contracts only)', () => {
    const v = view(flemishHire({ age: 29 }, { grossSalary: { amount: 52_000, period: 'year' }, nurseOrTeacher: false, posted: true }));
    // Eligible on the general threshold.
    expect(v.recommended?.id).toBe('highly-skilled');
    const salary = v.recommended!.checks.find((c) => c.id === 'salary-threshold')!;
    expect(salary.figures.map((f) => f.id)).toContain('flanders.highly-skilled.salary');
    expect(salary.figures.map((f) => f.id)).not.toContain('flanders.highly-skilled.salary-reduced');
    expect(v.under30Clause).toBeNull();
  });

  test('not shown outside Flanders (Wallonia also has an under-30 threshold, without the clause)', () => {
    const v = view({ ...flemishHire({ age: 29 }, { grossSalary: { amount: 45_000, period: 'year' }, nurseOrTeacher: false }), workplace: { postcode: '4000' } });
    expect(v.recommended?.id).toBe('highly-skilled');
    expect(v.under30Clause).toBeNull();
  });

  test('on the route page of the highly skilled route, also when another route is recommended', () => {
    const a = assess(flemishHire({ age: 29 }, { grossSalary: { amount: 52_000, period: 'year' }, nurseOrTeacher: false }), 'en', AS_OF);
    expect(routeView(a, 'highly-skilled')?.under30Clause).toEqual({ age: 30 });
    expect(routeView(a, 'eu-blue-card')?.under30Clause).toBeNull();
  });
});

describe('"I don\'t know" everywhere', () => {
  const a = assess({ workplace: { postcode: '4000' }, job: { employment: 'employee' } }, 'en', AS_OF);
  const v = resultView(a);

  test('the answers that decide most come first, nationality first', () => {
    expect(a.verdict).toBe('undetermined');
    expect(v.decidingAnswers[0]).toBe('worker.nationality');
    expect(v.decidingAnswers).toEqual(a.openQuestions);
  });

  test('every route is a card whose reason is an unknown check naming the answers still needed', () => {
    expect(v.others.length).toBe(a.routes.length);
    for (const card of v.others) {
      expect(card.status).toBe('unknown');
      expect(card.reason?.status).toBe('unknown');
    }
    expect(v.others.some((c) => c.reason!.missing.length > 0)).toBe(true);
  });
});

describe('a result that needs no permit', () => {
  const v = view({ workplace: { postcode: '9000' }, worker: { nationality: 'FR' } });

  test('names the check that decided, and shows no route, no card, no figure to confirm', () => {
    expect(v.finished).toBe(true);
    expect(v.decidedBy.map((c) => c.id)).toEqual(['eea-national']);
    expect(v.recommended).toBeNull();
    expect(v.others).toEqual([]);
    expect(v.decidingAnswers).toEqual([]);
    expect(v.figuresToConfirm).toEqual([]);
  });
});

describe('routeView', () => {
  const a = assess(flemishHire({ age: 35 }, { grossSalary: { amount: 90_000, period: 'year' }, nurseOrTeacher: false }), 'en', AS_OF);

  test('a route of the authority: in full, with its own figures to confirm only', () => {
    const r = routeView(a, 'eu-blue-card')!;
    expect(r.route.id).toBe('eu-blue-card');
    expect(r.recommended).toBe(false);
    for (const f of r.figuresToConfirm) for (const p of f.usedIn) expect(p.route).toBe('eu-blue-card');
    expect(r.figuresToConfirm.map((f) => f.parameter)).toContain('flanders.eu-blue-card.salary');
    expect(routeView(a, 'highly-skilled')!.recommended).toBe(true);
  });

  test('no such route: null', () => {
    expect(routeView(a, 'no-such-route')).toBeNull();
    expect(routeView(assess({ ...flemishHire(), workplace: { postcode: '1000' } }, 'en', AS_OF), 'executive')).toBeNull();
  });
});
