import { describe, expect, it } from 'vitest';
import { fold, normaliseQuery, searchOccupations } from './search';

const ids = (q: string) => searchOccupations(q).map((h) => `${h.list.id}:${h.occupation.id}`);

describe('shortage occupation search', () => {
  it('folds case, accents, ß and punctuation', () => {
    expect(fold('Désamianteur')).toBe('desamianteur');
    expect(fold('  Fliesen- und Bodenleger ')).toBe('fliesen und bodenleger');
    expect(fold('Straße')).toBe('strasse');
  });

  it('finds an occupation by a word in each of the four languages', () => {
    for (const word of ['dakdekker', 'couvreur', 'Dachdecker', 'roofer']) {
      expect(ids(word), word).toContain('flanders-migration-2026:roofer');
    }
  });

  it('is accent-insensitive and accepts both spellings of German umlauts', () => {
    expect(ids('desamianteur')).toContain('flanders-migration-2026:asbestos-remover');
    expect(ids('DÉSAMIANTEUR')).toContain('flanders-migration-2026:asbestos-remover');
    expect(ids('Backer')).toContain('wallonia-2024:baker');
    expect(ids('Baecker')).toContain('wallonia-2024:baker');
    expect(ids('technologue imagerie')).toContain('wallonia-2024:medical-imaging-technologist');
  });

  it('finds an occupation on every list that reports it (baker: Flanders 2026, Wallonia 2024-25 and 2023-24)', () => {
    expect(ids('boulanger')).toEqual(['flanders-migration-2026:baker', 'wallonia-2024:baker', 'wallonia-2023:baker']);
  });

  it('needs every word of the query and returns nothing for an empty query', () => {
    expect(ids('roofer banana')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('—')).toEqual([]);
  });

  it('reports in which languages the title matched', () => {
    const hit = searchOccupations('couvreur').find((h) => h.occupation.id === 'roofer');
    expect(hit?.matchedIn).toEqual(['fr']);
  });

  it('takes the first value of a repeated query parameter and cuts long input', () => {
    expect(normaliseQuery(['a', 'b'])).toBe('a');
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery('x'.repeat(500))).toHaveLength(100);
  });
});
