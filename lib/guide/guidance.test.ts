import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { guideSectionIds, guideStatements, isRouteId, resolveStatements, statementsFor } from './guidance';
import { sourceById, sourceScope, sourcesFor } from './sources';
import { authorityIds, coverageEnd, coverageStart, formatMoney, getParameter, hasParameter, routeIds, valueOn, type AuthorityId, type ParameterUse } from '@/lib/rules';
import { locales } from '@/lib/i18n/locales';
import nl from '@/messages/nl/guide.json';
import fr from '@/messages/fr/guide.json';
import de from '@/messages/de/guide.json';
import en from '@/messages/en/guide.json';

const catalogues = { nl, fr, de, en } as const;
const strict = (e: Error) => {
  throw e;
};

describe('worker guidance statements', () => {
  it('have unique ids and at least one source each, and every source is in the catalogue', () => {
    expect(new Set(guideStatements.map((s) => s.id)).size).toBe(guideStatements.length);
    for (const s of guideStatements) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      for (const id of s.sources) expect(sourceById(id), `${s.id}: ${id}`).toBeDefined();
    }
  });

  it('read their figures from rule parameters that exist and are numeric', () => {
    for (const s of guideStatements) {
      for (const id of Object.values(s.parameters ?? {})) {
        expect(hasParameter(id), `${s.id}: ${id}`).toBe(true);
        expect(getParameter(id)!.unit, id).not.toBe('boolean');
      }
    }
  });

  it('write no figure in their texts: every duration, age or amount is a parameter', () => {
    // A number next to a unit word, or an amount, in any language (dates such as "1 May 2025" stay).
    const figure = /\d+\s*(days?|weeks?|months?|years?|dagen|dag|weken|maanden|jaar|jours?|semaines?|mois|ans?|Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|€|EUR)\b|€\s*\d/i;
    for (const locale of locales) {
      const statements = catalogues[locale].guidance.statements as Record<string, string>;
      for (const [id, text] of Object.entries(statements)) expect(text, `${locale} ${id}`).not.toMatch(figure);
    }
  });

  it('give every route page statements in every section', () => {
    for (const route of routeIds) {
      for (const authority of [null, ...authorityIds]) {
        const sections = new Set(statementsFor(route, authority).map((s) => s.section));
        for (const section of guideSectionIds) expect(sections.has(section), `${route} ${authority} ${section}`).toBe(true);
      }
    }
  });

  it('keep, for an authority, only its own statements and the general ones', () => {
    const brussels = statementsFor('highly-skilled', 'brussels');
    expect(brussels.some((s) => s.id === 'docPassportBrussels')).toBe(true);
    expect(brussels.some((s) => s.id === 'under30Clause')).toBe(false);
    expect(brussels.some((s) => s.id === 'docPassport')).toBe(true);
    const all = statementsFor('highly-skilled', null);
    expect(all.some((s) => s.id === 'under30Clause')).toBe(true);
    expect(all.some((s) => s.id === 'researcherSinglePermit')).toBe(false);
  });
});

describe('the sources of one authority (issue 11.8: never another authority\'s pages)', () => {
  const shownFor = (s: (typeof guideStatements)[number]): readonly AuthorityId[] => s.authorities ?? authorityIds;
  const parameterSources = (s: (typeof guideStatements)[number]) =>
    Object.values(s.parameters ?? {}).flatMap((id) => getParameter(id)!.values.flatMap((v) => v.sources));

  it('a statement about some authorities cites no page of the others', () => {
    for (const s of guideStatements) {
      if (!s.authorities) continue;
      for (const id of s.sources) {
        const scope = sourceScope(id);
        if (scope) expect(scope.some((a) => s.authorities!.includes(a)), `${s.id}: ${id} is about ${scope.join(', ')}`).toBe(true);
      }
    }
  });

  it('every statement keeps a source of its own for every authority it is shown for', () => {
    for (const s of guideStatements) {
      for (const a of shownFor(s)) expect(sourcesFor(s.sources, a), `${s.id} for ${a}`).not.toEqual([]);
    }
  });

  it('a page for one authority shows no source scoped to another authority, parameters included', () => {
    for (const route of routeIds) {
      for (const a of authorityIds) {
        for (const r of resolveStatements(statementsFor(route, a), (id) => valueOn(id, '2026-06-01'), a)) {
          for (const id of r.sources) expect(sourceScope(id)?.includes(a) ?? true, `${route} ${a} ${r.statement.id}: ${id}`).toBe(true);
        }
      }
    }
    // The check can fail: the Brussels pages back a federal figure, and stay on the Brussels page only.
    const decision = guideStatements.filter((s) => s.id === 'stepDecision');
    expect(parameterSources(decision[0]!)).toContain('brussels-single-permit-pages');
    expect(resolveStatements(decision, (id) => valueOn(id, '2026-06-01'), 'flanders')[0]!.sources).not.toContain('brussels-single-permit-pages');
    expect(resolveStatements(decision, (id) => valueOn(id, '2026-06-01'), 'brussels')[0]!.sources).toContain('brussels-single-permit-pages');
    expect(resolveStatements(decision, (id) => valueOn(id, '2026-06-01'), null)[0]!.sources).toContain('brussels-single-permit-pages');
  });

  it('scopes the Communities\' diploma pages to where they serve (the Flemish Community also in Brussels)', () => {
    expect(sourceScope('vlaanderen-forms')).toEqual(['flanders']);
    expect(sourceScope('vlaanderen-teacher-foreign-diploma')).toEqual(['flanders', 'brussels']);
    expect(sourceScope('fwb-equivalence-procedure')).toEqual(['wallonia', 'brussels']);
    expect(sourceScope('ostbelgienbildung-equivalence')).toEqual(['german-speaking-community']);
    expect(sourceScope('dofi-visa-d')).toBeNull();
    expect(sourceScope('health-visa-foreign-diploma')).toBeNull();
  });
});

describe('the visa step and regulated professions (issue 11.8)', () => {
  it('every route page links the visa step to the Immigration Office and the list of Belgian embassies', () => {
    for (const route of routeIds) {
      for (const a of [null, ...authorityIds]) {
        const visa = resolveStatements(statementsFor(route, a), (id) => valueOn(id, '2026-06-01'), a).find((r) => r.statement.id === 'stepVisa');
        expect(visa?.statement.link, `${route} ${a}`).toBe('embassies');
        expect(visa?.sources).toEqual(expect.arrayContaining(['dofi-visa-d', 'diplomatie-embassies']));
      }
    }
  });

  it('tells each authority\'s workers where a nurse, doctor or teacher has the qualification recognised', () => {
    const expected: Record<AuthorityId, string> = {
      flanders: 'recognitionFlanders',
      brussels: 'recognitionBrussels',
      wallonia: 'recognitionWallonia',
      'german-speaking-community': 'recognitionGermanSpeaking',
    };
    for (const a of authorityIds) {
      const ids = statementsFor('highly-skilled', a).map((s) => s.id);
      expect(ids).toContain('regulatedHealth');
      expect(ids).toContain(expected[a]);
      for (const other of authorityIds.filter((o) => o !== a)) expect(ids).not.toContain(expected[other]);
    }
  });
});

describe('resolving the figures', () => {
  it('leaves a statement out when its parameter has no value, and adds the parameter sources otherwise', () => {
    const visa = guideStatements.filter((s) => s.id === 'stepVisa');
    const fixture = (value: number | null): ParameterUse => ({
      id: 'federal.fee.visa-d',
      value,
      unit: 'EUR',
      validFrom: '2025-01-01',
      validTo: null,
      confidence: 'official',
      sources: ['extra-source'],
      carriedForward: false,
      mustConfirm: false,
    });
    expect(resolveStatements(visa, () => fixture(null))).toEqual([]);
    expect(resolveStatements(visa, () => undefined)).toEqual([]);
    const [r] = resolveStatements(visa, () => fixture(200));
    expect(r!.args.fee).toEqual({ money: 200 });
    expect(r!.sources).toEqual(['dofi-visa-d', 'diplomatie-embassies', 'dofi-fee-faq', 'extra-source']);
  });

  it('shows the figure the rules data holds on the date: a changed parameter changes the text', () => {
    const arrival = guideStatements.filter((s) => s.id === 'stepArrival');
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'guidance.statements', onError: strict });
    const text = (days: number): string => {
      const [r] = resolveStatements(arrival, (id) => ({ ...valueOn(id, '2026-06-01'), ...(id === 'federal.arrival.registration-days' ? { value: days } : {}) }));
      return t('stepArrival', r!.args as never);
    };
    expect(text(8)).toContain('within 8 days of arriving');
    expect(text(1)).toContain('within 1 day of arriving');
  });

  it('format in the four languages with the real figures, leaving no argument unfilled', () => {
    for (const asOf of [coverageStart, '2026-03-01', coverageEnd]) {
      const resolved = resolveStatements(guideStatements, (id) => valueOn(id, asOf));
      for (const locale of locales) {
        const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'guidance.statements', onError: strict });
        for (const r of resolved) {
          const values: Record<string, string | number> = {};
          for (const [k, v] of Object.entries(r.args)) values[k] = typeof v === 'number' ? v : formatMoney(locale, v.money);
          const text = t(r.statement.id as never, values as never) as string;
          expect(text, `${locale} ${r.statement.id}`).not.toMatch(/[{}]/);
          expect(text.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('route ids are recognised', () => {
    expect(isRouteId('eu-blue-card')).toBe(true);
    expect(isRouteId('nope')).toBe(false);
  });
});

describe('shortage-list notes', () => {
  it('read their figures from the list data, in the four languages', async () => {
    const { shortageLists } = await import('@/lib/rules');
    const { noteValues } = await import('./shortage');
    const flanders = shortageLists.find((l) => l.id === 'flanders-migration-2026')!;
    expect(noteValues(flanders)).toEqual({ count: 21, removed: 7, added: 5 });
    for (const locale of locales) {
      const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'shortage.notes', onError: strict });
      for (const list of shortageLists) {
        for (const note of list.notes) expect(t(note as never, noteValues(list) as never), `${locale} ${note}`).not.toMatch(/[{}]/);
      }
    }
    const en = createTranslator({ locale: 'en', messages: catalogues.en, namespace: 'shortage.notes' });
    expect(en('flandersTitlesNotFound' as never, noteValues(flanders) as never)).toContain('list of 21 titles');
  });
});

describe('guide messages', () => {
  function keys(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null) return [prefix];
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }

  it('have identical keys in the four languages', () => {
    const reference = keys(en).sort();
    for (const locale of locales) expect(keys(catalogues[locale]).sort(), locale).toEqual(reference);
  });

  it('have a message for every statement, route, authority and shortage note, and none left over', async () => {
    const { shortageLists } = await import('@/lib/rules');
    for (const locale of locales) {
      const c = catalogues[locale] as Record<string, Record<string, unknown>>;
      const statements = c.guidance!.statements as Record<string, string>;
      expect(Object.keys(statements).sort(), locale).toEqual(guideStatements.map((s) => s.id).sort());
      for (const r of routeIds) expect(c.routes![r], `${locale} ${r}`).toBeTypeOf('string');
      for (const a of authorityIds) expect(c.authorities![a], `${locale} ${a}`).toBeTypeOf('string');
      const notes = (c.shortage!.notes ?? {}) as Record<string, string>;
      for (const n of shortageLists.flatMap((l) => l.notes)) expect(notes[n], `${locale} ${n}`).toBeTypeOf('string');
    }
  });
});
