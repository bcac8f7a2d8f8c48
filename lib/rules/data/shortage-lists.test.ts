import { describe, expect, it } from 'vitest';
import { isSourceId } from './sources';
import { isListInForce, shortageLists, shortageListsOf } from './shortage-lists';
import { authorityIds } from '../types';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('shortage lists data', () => {
  it('every list names at least one source and one official list, and every id resolves', () => {
    for (const list of shortageLists) {
      expect(list.sources.length, list.id).toBeGreaterThan(0);
      expect(list.officialSources.length, list.id).toBeGreaterThan(0);
      for (const id of [...list.sources, ...list.officialSources]) expect(isSourceId(id), `${list.id}: ${id}`).toBe(true);
    }
  });

  it('every occupation has a title in the four languages, a status and at least one resolvable source', () => {
    for (const list of shortageLists) {
      const ids = new Set<string>();
      for (const o of list.occupations) {
        expect(ids.has(o.id), `${list.id}: duplicate ${o.id}`).toBe(false);
        ids.add(o.id);
        for (const lang of ['nl', 'fr', 'de', 'en'] as const) expect(o.titles[lang].trim(), `${o.id} ${lang}`).not.toBe('');
        expect(o.sources.length, o.id).toBeGreaterThan(0);
        for (const id of o.sources) expect(isSourceId(id), `${o.id}: ${id}`).toBe(true);
      }
    }
  });

  it('list ids are unique and validity periods are well formed', () => {
    expect(new Set(shortageLists.map((l) => l.id)).size).toBe(shortageLists.length);
    for (const l of shortageLists) {
      if (l.validFrom) expect(l.validFrom).toMatch(isoDate);
      if (l.validTo) expect(l.validTo).toMatch(isoDate);
      if (l.validFrom && l.validTo) expect(l.validFrom <= l.validTo, l.id).toBe(true);
    }
  });

  it('states completeness honestly: no list claims to be full, lists without titles say so', () => {
    for (const l of shortageLists) {
      // The reference has no complete list today: a "full" list must hold as many titles as its count.
      if (l.completeness === 'full') expect(l.occupations.length).toBe(l.count);
      if (l.completeness === 'not-found' || l.completeness === 'count-only') expect(l.occupations).toHaveLength(0);
      if (l.count !== null && l.completeness !== 'full') expect(l.occupations.length).toBeLessThan(l.count);
    }
  });

  it('keeps the counts the reference states (Flanders 21 and 29, VDAB 227, Brussels 81, Wallonia 73; Wallonia 2025-26 unconfirmed)', () => {
    const count = (id: string) => shortageLists.find((l) => l.id === id)?.count;
    expect(count('flanders-migration-2026')).toBe(21);
    expect(count('flanders-migration-2023')).toBe(29);
    expect(count('flanders-vdab-2026')).toBe(227);
    expect(count('brussels-2025')).toBe(81);
    expect(count('wallonia-2024')).toBe(73);
    expect(count('wallonia-2025')).toBeNull();
  });

  it('every authority has at least one entry (the German-speaking Community: "not found")', () => {
    for (const a of authorityIds) expect(shortageListsOf(a).length, a).toBeGreaterThan(0);
    expect(shortageListsOf('german-speaking-community')[0]!.completeness).toBe('not-found');
  });

  it('lists newest first and knows which list is in force on a date', () => {
    const flanders = shortageListsOf('flanders').filter((l) => l.kind === 'migration');
    expect(flanders.map((l) => l.id)).toEqual(['flanders-migration-2026', 'flanders-migration-2023']);
    expect(isListInForce(flanders[0]!, '2025-12-31')).toBe(false);
    expect(isListInForce(flanders[0]!, '2026-01-01')).toBe(true);
    expect(isListInForce(flanders[1]!, '2025-12-31')).toBe(true);
    expect(isListInForce(flanders[1]!, '2026-01-01')).toBe(false);
  });
});
