/**
 * Look-ups over the shortage-occupation lists (data/shortage-lists.ts): which list of an authority
 * is in force on a date, and where its official text is. Pure data look-ups, no eligibility.
 */
import { isSourceId, sources } from './data/sources';
import { isListInForce, shortageListsOf, type ShortageList, type ShortageListKind } from './data/shortage-lists';
import type { AuthorityId, IsoDate } from './types';

/** The authority's list of this kind in force on `asOf`, or its newest list of that kind. */
export function listOn(authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate): ShortageList | undefined {
  const lists = shortageListsOf(authority).filter((l) => l.kind === kind);
  return lists.find((l) => isListInForce(l, asOf)) ?? lists[0];
}

/** The official page of the authority's list of this kind in force on `asOf` (or its newest list). */
export function officialListUrl(authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate): string | null {
  const id = listOn(authority, kind, asOf)?.officialSources[0];
  return id && isSourceId(id) ? sources[id].url : null;
}
