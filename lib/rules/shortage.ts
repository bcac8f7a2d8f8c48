/**
 * Look-ups over the shortage-occupation lists (data/shortage-lists.ts): which list of an authority
 * is in force on a date, and where its official text is. Pure data look-ups, no eligibility.
 */
import { isSourceId, sources } from './data/sources';
import { isListInForce, shortageLists, shortageListsOf, type ShortageList, type ShortageListKind } from './data/shortage-lists';
import { Memo } from './memo';
import { authorityIds, type AuthorityId, type IsoDate } from './types';

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

/**
 * The list of this kind that the rules may rely on, on `asOf`: in force on that date and found
 * (`completeness` is not `not-found`). A list whose validity has ended is not in force (issue "Right at
 * every edge" §6): then `confirmed` is null and `latest` is the newest list we know, to name and link.
 */
export function listInForce(authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate): ListInForce {
  const memo = inForceMemo[authority][kind];
  return memo.get(asOf) ?? memo.set(asOf, Object.freeze(computeListInForce(authority, kind, asOf)));
}

interface ListInForce {
  confirmed: ShortageList | null;
  latest: ShortageList | undefined;
}
const inForceMemo = Object.fromEntries(
  authorityIds.map((a) => [a, { migration: new Memo<IsoDate, ListInForce>(), 'pes-study': new Memo<IsoDate, ListInForce>() }]),
) as Record<AuthorityId, Record<ShortageListKind, Memo<IsoDate, ListInForce>>>;

function computeListInForce(authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate): ListInForce {
  const lists = shortageListsOf(authority).filter((l) => l.kind === kind);
  const current = lists.find((l) => isListInForce(l, asOf));
  const confirmed = current && current.completeness !== 'not-found' ? current : null;
  const latest = lists.find((l) => l.completeness !== 'not-found' && (l.validFrom === null || l.validFrom <= asOf)) ?? current ?? lists[0];
  return { confirmed, latest };
}

/** The list and entry of an occupation id, in any list of the authority (ids are unique per authority). */
export function findOccupation(authority: AuthorityId | null, id: string): { list: ShortageList; occupation: ShortageList['occupations'][number] } | null {
  for (const list of shortageLists) {
    if (authority !== null && list.authority !== authority) continue;
    const occupation = list.occupations.find((o) => o.id === id);
    if (occupation) return { list, occupation };
  }
  return null;
}
