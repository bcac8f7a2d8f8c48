import { describe, expect, it } from 'vitest';
import { isSourceId } from './sources';
import { isListInForce, shortageLists, shortageListsOf } from './shortage-lists';
import { authorityIds } from '../types';
import { searchOccupations } from '@/lib/guide/search';

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

  it('keeps the counts the sources state (Flanders 21 and 29, VDAB 227, Brussels 82 and 81, Wallonia 68 and 73; Wallonia 2025-26 unconfirmed)', () => {
    const count = (id: string) => shortageLists.find((l) => l.id === id)?.count;
    expect(count('flanders-migration-2026')).toBe(21);
    expect(count('flanders-migration-2023')).toBe(29);
    expect(count('flanders-vdab-2026')).toBe(227);
    expect(count('brussels-2024')).toBe(82);
    expect(count('brussels-2025')).toBe(81);
    expect(count('wallonia-2023')).toBe(68);
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

  it('never has two lists of the same authority and kind in force on the same day (2024 to today)', () => {
    for (let d = new Date('2024-01-01T00:00:00Z'); d <= new Date('2026-11-30T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 7)) {
      const day = d.toISOString().slice(0, 10);
      for (const a of authorityIds) {
        for (const kind of ['migration', 'pes-study'] as const) {
          const inForce = shortageListsOf(a).filter((l) => l.kind === kind && isListInForce(l, day));
          expect(inForce.length, `${a} ${kind} ${day}: ${inForce.map((l) => l.id).join(', ')}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('on 30 November 2026 takes no expired list for the list in force: Brussels and Wallonia are "not found"', () => {
    const today = '2026-11-30';
    const inForce = (a: (typeof authorityIds)[number]) =>
      shortageListsOf(a).filter((l) => l.kind === 'migration' && isListInForce(l, today));
    expect(inForce('flanders').map((l) => l.id)).toEqual(['flanders-migration-2026']);
    expect(inForce('brussels').map((l) => [l.id, l.completeness, l.count])).toEqual([['brussels-2026', 'not-found', null]]);
    expect(inForce('wallonia').map((l) => [l.id, l.completeness, l.count])).toEqual([['wallonia-2026', 'not-found', null]]);
    // The 2025-26 lists end on their own end dates (the last day they applied).
    const byId = (id: string) => shortageLists.find((l) => l.id === id)!;
    expect([byId('brussels-2025').validTo, byId('wallonia-2025').validTo]).toEqual(['2026-06-30', '2026-09-30']);
    expect(isListInForce(byId('brussels-2025'), '2026-06-30')).toBe(true);
    expect(isListInForce(byId('brussels-2025'), '2026-07-01')).toBe(false);
    expect(isListInForce(byId('wallonia-2025'), '2026-10-01')).toBe(false);
  });

  it('covers the 2024 dates: the lists in force on 1 March and 1 November 2024', () => {
    const ids = (day: string) => shortageLists.filter((l) => l.kind === 'migration' && isListInForce(l, day)).map((l) => l.id).sort();
    expect(ids('2024-03-01')).toEqual(['flanders-migration-2023', 'german-speaking-community', 'wallonia-2023']);
    expect(ids('2024-11-01')).toEqual(['brussels-2024', 'flanders-migration-2023', 'german-speaking-community', 'wallonia-2024']);
  });

  it('makes every title findable by the search in the language it is written in', () => {
    for (const list of shortageLists) {
      for (const o of list.occupations) {
        for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
          const hits = searchOccupations(o.titles[lang], [list]).filter((h) => h.occupation.id === o.id);
          expect(hits.length, `${list.id} ${o.id} ${lang}`).toBe(1);
          expect(hits[0]!.matchedIn, `${list.id} ${o.id} ${lang}`).toContain(lang);
        }
      }
    }
  });

  it('finds a roofer added to the Flemish list in force in the four languages, and shows a removed function as removed', () => {
    const inForce = shortageLists.filter((l) => isListInForce(l, '2026-11-30'));
    for (const word of ['dakdekker', 'couvreur', 'Dachdecker', 'roofer']) {
      const hit = searchOccupations(word, inForce).find((h) => h.list.id === 'flanders-migration-2026');
      expect(hit?.occupation.id, word).toBe('roofer');
      expect(hit?.occupation.status, word).toBe('added');
    }
    const butcher = searchOccupations('slager', inForce).find((h) => h.list.id === 'flanders-migration-2026');
    expect(butcher?.occupation.status).toBe('removed');
  });
});
