/**
 * Links the questions point to: the official shortage list of the competent authority.
 * Pure data lookups over lib/rules/data (no eligibility).
 */
import { sources } from '@/lib/rules/data/sources';
import { isListInForce, shortageListSources, shortageListsOf, type ShortageListKind } from '@/lib/rules/data/shortage-lists';
import type { AuthorityId, IsoDate } from '@/lib/rules/types';

const allSources = new Map<string, { url: string }>([
  ...Object.values(sources).map((s) => [s.id, s] as const),
  ...shortageListSources.map((s) => [s.id, s] as const),
]);

/** The official page of the authority's list of this kind in force on `asOf` (or its newest list). */
export function officialListUrl(authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate): string | null {
  const lists = shortageListsOf(authority).filter((l) => l.kind === kind);
  const list = lists.find((l) => isListInForce(l, asOf)) ?? lists[0];
  const id = list?.officialSources[0];
  return (id && allSources.get(id)?.url) || null;
}
