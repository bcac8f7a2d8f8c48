/**
 * Links into the guide pages, for the wizard's result page and the other pages.
 * Paths include the locale: /{locale}/guidance/…, /{locale}/compare/what-if?…
 */
import type { Locale } from '@/lib/i18n/locales';
import type { FlowState } from '@/lib/flow/questions';
import { toQueryString } from '@/lib/flow/url';
import type { AuthorityId, IsoDate, RouteId } from '@/lib/rules/types';
import type { ShortageListKind } from '@/lib/rules/data/shortage-lists';
import { listOn } from '@/lib/rules/shortage';

/** Guidance for the worker about one route; the page's language is the candidate's. */
export function guidanceHref(locale: Locale, route: RouteId, authority?: AuthorityId | null): string {
  return `/${locale}/guidance/${route}${authority ? `?authority=${authority}` : ''}`;
}

/**
 * "What if this job were in …": the same answers with the workplace replaced by `region`.
 * `from` (the authority of the real workplace) is only shown on the page.
 */
export function whatIfHref(
  locale: Locale,
  state: FlowState,
  region: AuthorityId,
  options: { from?: AuthorityId | null; asOf?: IsoDate } = {},
): string {
  const { postcode: _postcode, region: _region, ...rest } = state;
  const query = toQueryString({ state: { ...rest, region }, asOf: options.asOf });
  const from = options.from ? `&from=${options.from}` : '';
  return `/${locale}/compare/what-if${query}${from}`;
}

export function compareHref(locale: Locale, asOf?: IsoDate): string {
  return `/${locale}/compare${asOf ? `?asOf=${asOf}` : ''}`;
}

/** The shortage lists, optionally at one authority's section. */
export function shortageListsHref(locale: Locale, authority?: AuthorityId | null): string {
  return `/${locale}/shortage-lists${authority ? `#${authority}` : ''}`;
}

export function howItDecidesHref(locale: Locale, asOf?: IsoDate): string {
  return `/${locale}/how-it-decides${asOf ? `?asOf=${asOf}` : ''}`;
}

/**
 * The site's page of shortage lists (searchable, with each occupation's sources) at the authority's
 * section; for the public employment service's list (VDAB), at that list: /nl/shortage-lists#list-flanders-vdab-2026.
 */
export function shortageListsPageHref(locale: Locale, authority: AuthorityId, kind: ShortageListKind, asOf: IsoDate): string {
  const list = kind === 'pes-study' ? listOn(authority, kind, asOf) : undefined;
  return list ? `${shortageListsHref(locale)}#list-${list.id}` : shortageListsHref(locale, authority);
}
