import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { guideSectionIds, guideStatements, isRouteId, resolveStatements, statementsFor } from './guidance';
import { guideSources, sourceById } from './sources';
import { sources as rulesSources } from '@/lib/rules/data/sources';
import { getParameter, hasParameter, valueOn, coverageStart, coverageEnd } from '@/lib/rules/params';
import { authorityIds, routeIds, type ParameterUse } from '@/lib/rules/types';
import { locales } from '@/lib/i18n/locales';
import { formatMoney } from '@/lib/rules/format';
import nl from '@/messages/nl/guide.json';
import fr from '@/messages/fr/guide.json';
import de from '@/messages/de/guide.json';
import en from '@/messages/en/guide.json';

const catalogues = { nl, fr, de, en } as const;

describe('worker guidance statements', () => {
  it('have unique ids and at least one source each, and every source resolves', () => {
    expect(new Set(guideStatements.map((s) => s.id)).size).toBe(guideStatements.length);
    for (const s of guideStatements) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      for (const id of s.sources) expect(sourceById(id), `${s.id}: ${id}`).toBeDefined();
    }
  });

  it('read their figures from rule parameters that exist and are numeric over the covered period', () => {
    for (const s of guideStatements) {
      for (const id of Object.values(s.parameters ?? {})) {
        expect(hasParameter(id), `${s.id}: ${id}`).toBe(true);
        expect(getParameter(id)!.unit, id).not.toBe('boolean');
      }
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

  it('are left out when their parameter has no value, and carry the parameter sources otherwise', () => {
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
    expect(r!.sources).toEqual(['dofi-fee-faq', 'extra-source']);
  });

  it('format in the four languages with the real figures, leaving no argument unfilled', () => {
    for (const asOf of [coverageStart, '2026-03-01', coverageEnd]) {
      const resolved = resolveStatements(guideStatements, (id) => valueOn(id, asOf));
      for (const locale of locales) {
        const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'guidance.statements' });
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

describe('guide sources', () => {
  it('do not reuse an id of the rules sources, and have https URLs and a checked date', () => {
    for (const s of guideSources) {
      expect(Object.prototype.hasOwnProperty.call(rulesSources, s.id), s.id).toBe(false);
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
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

  it('have a message for every statement, route, authority and shortage note', async () => {
    const { shortageLists } = await import('@/lib/rules/data/shortage-lists');
    for (const locale of locales) {
      const c = catalogues[locale] as Record<string, Record<string, unknown>>;
      const statements = c.guidance!.statements as Record<string, string>;
      for (const s of guideStatements) expect(statements[s.id], `${locale} ${s.id}`).toBeTypeOf('string');
      for (const r of routeIds) expect(c.routes![r], `${locale} ${r}`).toBeTypeOf('string');
      for (const a of authorityIds) expect(c.authorities![a], `${locale} ${a}`).toBeTypeOf('string');
      const notes = (c.shortage!.notes ?? {}) as Record<string, string>;
      for (const n of shortageLists.flatMap((l) => l.notes)) expect(notes[n], `${locale} ${n}`).toBeTypeOf('string');
    }
  });
});
