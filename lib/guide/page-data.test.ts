/**
 * The comparison and "how it decides" pages render from a parameter list. With a FIXTURE list, a
 * changed figure must show up in the data of both pages, exactly as given.
 */
import { describe, expect, it } from 'vitest';
import { buildComparison, buildDocumentComparison, parseParameterId } from './compare';
import { buildHowItDecides, flowAsMermaid, type HowItDecidesInput, type StartEvaluation } from './how-it-decides';
import { authorityIds, routeIds, type AuthorityId, type ParameterUse, type RouteId } from '@/lib/rules/types';
import { parametersOn } from '@/lib/rules/params';
import { offeredRoutes, routeOrder } from '@/lib/rules/recommend';

function use(id: string, value: number | boolean | null, unit: ParameterUse['unit'], extra: Partial<ParameterUse> = {}): ParameterUse {
  return {
    id,
    value,
    unit,
    validFrom: '2026-01-01',
    validTo: null,
    confidence: 'official',
    sources: ['fixture-source'],
    carriedForward: false,
    mustConfirm: false,
    ...extra,
  };
}

const fixture: ParameterUse[] = [
  use('federal.fee.administrative', 148, 'EUR', { confidence: 'secondary', carriedForward: true, mustConfirm: true }),
  use('eu.eu-blue-card.min-eqf', 6, 'eqf'),
  use('flanders.highly-skilled.salary', 50_000, 'EUR/year'),
  use('brussels.highly-skilled.salary', 3_700, 'EUR/month'),
  use('wallonia.highly-skilled.salary', 50_000, 'EUR/year'),
  use('german-speaking-community.highly-skilled.salary', 50_000, 'EUR/year', { confidence: 'unverified', mustConfirm: true }),
  use('flanders.labour-market-test.min-weeks', 9, 'weeks'),
  use('brussels.labour-market-test.min-weeks', 5, 'weeks'),
  use('wallonia.labour-market-test.min-weeks', 5, 'weeks'),
  use('german-speaking-community.labour-market-test.min-weeks', 5, 'weeks'),
  use('flanders.fee.retribution', null, 'EUR'),
  use('brussels.minimum-monthly-income', 2_070.48, 'EUR/month'),
];

const allRoutes = () => routeIds;
const noExecutiveInBrussels = (a: AuthorityId): readonly RouteId[] => (a === 'brussels' ? routeIds.filter((r) => r !== 'executive') : routeIds);

const start: StartEvaluation = { openQuestions: ['workplace', 'worker.nationality', 'job.grossSalary'], preliminaryChecks: [{ missing: ['worker.nationality'] }] };
const startEvaluations = Object.fromEntries(authorityIds.map((a) => [a, start])) as Record<AuthorityId, StartEvaluation>;
const ranking = Object.fromEntries(authorityIds.map((a) => [a, routeOrder])) as Record<AuthorityId, readonly RouteId[]>;

function howInput(uses: ParameterUse[]): HowItDecidesInput {
  return {
    asOf: '2026-03-01',
    uses,
    questions: [
      { id: 'workplace', paths: ['workplace'] },
      { id: 'region', paths: ['workplace'], alternativeOf: 'workplace' },
      { id: 'nationality', paths: ['worker.nationality'] },
      { id: 'salary', paths: ['job.grossSalary'] },
      { id: 'fte', paths: ['job.fte'] },
    ],
    startEvaluations,
    routeOrder,
    ranking,
    describe: (id) => `description of ${id}`,
  };
}

function comparedValue(uses: ParameterUse[], key: string, authority: AuthorityId) {
  const data = buildComparison('2026-03-01', uses, allRoutes);
  const row = data.topics.flatMap((t) => t.rows).find((r) => r.key === key && r.shared === null);
  return row?.cells[authority]?.value;
}

function decidedValue(uses: ParameterUse[], id: string) {
  return buildHowItDecides(howInput(uses))
    .parameters.flatMap((g) => g.rows)
    .find((r) => r.use.id === id)?.use.value;
}

describe('page data from a fixture parameter list', () => {
  it('a changed figure changes both pages, exactly', () => {
    expect(comparedValue(fixture, 'highly-skilled.salary', 'wallonia')).toBe(50_000);
    expect(decidedValue(fixture, 'wallonia.highly-skilled.salary')).toBe(50_000);

    const changed = fixture.map((u) => (u.id === 'wallonia.highly-skilled.salary' ? { ...u, value: 61_234.5 } : u));
    expect(comparedValue(changed, 'highly-skilled.salary', 'wallonia')).toBe(61_234.5);
    expect(decidedValue(changed, 'wallonia.highly-skilled.salary')).toBe(61_234.5);
    // The other authorities are untouched.
    expect(comparedValue(changed, 'highly-skilled.salary', 'flanders')).toBe(50_000);
  });

  it('a removed figure disappears from both pages', () => {
    const without = fixture.filter((u) => u.id !== 'brussels.labour-market-test.min-weeks');
    expect(comparedValue(without, 'labour-market-test.min-weeks', 'brussels')).toBeUndefined();
    expect(decidedValue(without, 'brussels.labour-market-test.min-weeks')).toBeUndefined();
  });
});

describe('buildComparison', () => {
  const data = buildComparison('2026-03-01', fixture, noExecutiveInBrussels);
  const row = (key: string) => data.topics.flatMap((t) => t.rows).find((r) => r.key === key)!;

  it('puts each authority in its column and federal or EU figures in one shared row', () => {
    expect(row('highly-skilled.salary').cells.brussels?.value).toBe(3_700);
    expect(row('fee.administrative').shared?.value).toBe(148);
    expect(Object.values(row('fee.administrative').cells).every((c) => c === null)).toBe(true);
    expect(row('eu-blue-card.min-eqf').shared?.unit).toBe('eqf');
  });

  it('marks a row as differing when values or units differ, or only some authorities have the rule', () => {
    expect(row('highly-skilled.salary').differ).toBe(true); // Brussels is per month
    expect(row('labour-market-test.min-weeks').differ).toBe(true); // 9 in Flanders, 5 elsewhere
    expect(row('fee.retribution').differ).toBe(false); // null in Flanders counts as no rule, as elsewhere
    expect(row('general.minimum-monthly-income').differ).toBe(true); // Brussels only
    expect(row('fee.administrative').differ).toBe(false); // shared
  });

  it('flags rows with a figure to confirm', () => {
    expect(row('highly-skilled.salary').mustConfirm).toBe(true);
    expect(row('fee.administrative').mustConfirm).toBe(true);
    expect(row('labour-market-test.min-weeks').mustConfirm).toBe(false);
  });

  it('orders topics by route, then general, fees, processing', () => {
    expect(data.topics.map((t) => t.id)).toEqual(['highly-skilled', 'eu-blue-card', 'labour-market-test', 'general', 'fee']);
  });

  it('shows which routes each authority offers and marks the difference', () => {
    const executive = data.routes.find((r) => r.route === 'executive')!;
    expect(executive.offered.brussels).toBe(false);
    expect(executive.differ).toBe(true);
    expect(data.routes.find((r) => r.route === 'researcher')!.differ).toBe(false);
  });

  it('parses parameter ids', () => {
    expect(parseParameterId('wallonia.highly-skilled.salary-under-30')).toEqual({
      scope: 'wallonia',
      topic: 'highly-skilled',
      name: 'salary-under-30',
      key: 'highly-skilled.salary-under-30',
    });
    expect(parseParameterId('brussels.minimum-monthly-income')?.key).toBe('general.minimum-monthly-income');
    expect(parseParameterId('mars.x.y')).toBeNull();
  });
});

describe('buildHowItDecides', () => {
  const data = buildHowItDecides(howInput(fixture));

  it('numbers the questions in order, the region page sharing the workplace position', () => {
    expect(data.flow.map((n) => [n.id, n.position])).toEqual([
      ['workplace', 1],
      ['region', 1],
      ['nationality', 2],
      ['salary', 3],
      ['fte', 4],
    ]);
  });

  it('knows which answers can end the flow and where each question may be asked', () => {
    const byId = Object.fromEntries(data.flow.map((n) => [n.id, n]));
    expect(byId.nationality!.canEndFlow).toBe(true);
    expect(byId.salary!.canEndFlow).toBe(false);
    expect(byId.salary!.askedIn.flanders).toBe(true);
    expect(byId.fte!.askedIn.flanders).toBe(false);
    expect(byId.workplace!.askedIn.wallonia).toBe(true);
  });

  it('groups parameters federal, EU, then per authority, keeping the description', () => {
    expect(data.parameters.map((g) => g.scope)).toEqual(['federal', 'eu', 'flanders', 'brussels', 'wallonia', 'german-speaking-community']);
    expect(data.parameters[0]!.rows[0]!.description).toBe('description of federal.fee.administrative');
  });

  it('writes the flow as Mermaid text', () => {
    const text = flowAsMermaid(data.flow, (id) => `Q ${id}`, 'Stop', 'Result');
    expect(text.split('\n')[0]).toBe('flowchart TD');
    expect(text).toContain('q2 -.-> stop(["Stop"])');
    expect(text).toContain('q4 --> result(["Result"])');
    expect(text).not.toContain('Q region');
  });
});

describe('with the real rules data', () => {
  it('the comparison holds every parameter in force, once', () => {
    for (const asOf of ['2025-06-01', '2026-03-01', '2026-10-01']) {
      const uses = parametersOn(asOf);
      const data = buildComparison(asOf, uses, offeredRoutes);
      const shown = data.topics.flatMap((t) => t.rows).flatMap((r) => [r.shared, ...Object.values(r.cells)]).filter((u) => u !== null);
      expect(shown.map((u) => u!.id).sort()).toEqual(uses.map((u) => u.id).sort());
    }
  });
});

describe('buildDocumentComparison', () => {
  const doc = (id: string, detail?: string) => ({ id, title: `T ${id}`, detail, citations: [{ title: 'S', url: 'https://example.org' }] });
  const byAuthority = {
    flanders: [
      { id: 'highly-skilled' as const, documents: [doc('passport'), doc('contract')] },
      { id: 'researcher' as const, documents: [doc('passport'), doc('hosting')] },
    ],
    brussels: [
      { id: 'highly-skilled' as const, documents: [doc('passport', 'every page'), doc('contract')] },
      { id: 'researcher' as const, documents: [doc('passport', 'every page'), doc('hosting')] },
    ],
    wallonia: [
      { id: 'highly-skilled' as const, documents: [doc('passport'), doc('contract')] },
      { id: 'researcher' as const, documents: [doc('passport'), doc('hosting')] },
    ],
    'german-speaking-community': [
      { id: 'highly-skilled' as const, documents: [doc('passport'), doc('contract')] },
      { id: 'researcher' as const, documents: [doc('passport'), doc('hosting'), doc('contract')] },
    ],
  };
  const rows = Object.fromEntries(buildDocumentComparison(byAuthority).map((r) => [r.id, r]));

  it('says per authority whether every route asks for the document, or which ones', () => {
    expect(rows.passport!.cells.flanders.allRoutes).toBe(true);
    expect(rows.contract!.cells.flanders.routes).toEqual(['highly-skilled']);
    expect(rows.contract!.cells['german-speaking-community'].allRoutes).toBe(true);
  });

  it('keeps authority details once and marks differences', () => {
    expect(rows.passport!.cells.brussels.details).toEqual(['every page']);
    expect(rows.passport!.differ).toBe(true);
    expect(rows.hosting!.differ).toBe(false);
    expect(rows.contract!.differ).toBe(true);
    expect(rows.passport!.cells.brussels.citations).toHaveLength(1);
  });
});
