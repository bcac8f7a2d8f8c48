/**
 * Links the questions point to: the official shortage list of the competent authority, and the
 * site's own page of shortage lists. Pure data lookups over lib/rules/data (no eligibility).
 */
import { sources } from '@/lib/rules/data/sources';
import { isListInForce, shortageListSources, shortageListsOf, type ShortageListKind } from '@/lib/rules/data/shortage-lists';
import { shortageListsHref } from '@/lib/guide/links';
import type { Locale } from '@/lib/i18n/locales';
import type { AuthorityId, IsoDate } from '@/lib/rules/types';

const allSources = new Map<string, { url: string }>([
  ...Object.values(sources).map((s) => [s.id, s] as const),
  ...shortageListSources.map((s) => [s.id, s] as const),
]);

/** The authority's list of this kind in force on `asOf`, or its newest list of that kind. */
function listOn(authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate) {
  const lists = shortageListsOf(authority).filter((l) => l.kind === kind);
  return lists.find((l) => isListInForce(l, asOf)) ?? lists[0];
}

/**
 * The site's page of shortage lists (searchable, with each occupation's sources) at the authority's
 * section; for the public employment service's list (VDAB), at that list: /nl/shortage-lists#list-flanders-vdab-2026.
 */
export function shortageListsPageHref(locale: Locale, authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate): string {
  const list = kind === 'pes-study' ? listOn(authority, kind, asOf) : undefined;
  return list ? `${shortageListsHref(locale)}#list-${list.id}` : shortageListsHref(locale, authority);
}

/** The official page of the authority's list of this kind in force on `asOf` (or its newest list). */
export function officialListUrl(authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate): string | null {
  const id = listOn(authority, kind, asOf)?.officialSources[0];
  return (id && allSources.get(id)?.url) || null;
}
