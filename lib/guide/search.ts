/**
 * Search of the shortage-occupation lists by a word in any of the four languages.
 * Accent- and case-insensitive: "desamianteur" finds "désamianteur"; German umlauts match both
 * spellings ("Backer" and "Baecker" find "Bäcker").
 */
import { fold } from './fold';
import { shortageLists, type ShortageList, type ShortageOccupation, type TitleLanguage } from '@/lib/rules/data/shortage-lists';

const titleLanguages: TitleLanguage[] = ['nl', 'fr', 'de', 'en'];

// Folding text for matching lives in ./fold.ts (no data: the browser uses it too).
export { fold } from './fold';

/** German umlauts are also written ae, oe, ue: fold those to the bare vowel so both spellings match. */
function foldUmlautSpelling(folded: string): string {
  return folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

function matches(haystack: string, words: string[]): boolean {
  const h = fold(haystack);
  const h2 = foldUmlautSpelling(h);
  return words.every((w) => h.includes(w) || h2.includes(foldUmlautSpelling(w)));
}

export interface SearchHit {
  list: ShortageList;
  occupation: ShortageOccupation;
  /** Languages whose title matched. */
  matchedIn: TitleLanguage[];
}

/** Maximum query length we accept from the URL (longer input is cut). */
export const maxQueryLength = 100;

export function normaliseQuery(raw: string | string[] | undefined): string {
  const q = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  return q.slice(0, maxQueryLength).trim();
}

/**
 * Every occupation whose title, in any language, contains every word of the query.
 * An empty query returns nothing (the page then shows the lists themselves).
 */
export function searchOccupations(query: string, lists: ShortageList[] = shortageLists): SearchHit[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const list of lists) {
    for (const occupation of list.occupations) {
      const matchedIn = titleLanguages.filter((lang) => matches(occupation.titles[lang], words));
      if (matchedIn.length > 0) hits.push({ list, occupation, matchedIn });
    }
  }
  return hits;
}
