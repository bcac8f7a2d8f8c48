/**
 * The look-ups the question kinds need from the rules data, done on the server for one page (its
 * language, competent authority and date) and handed to the kinds (lib/flow/kinds/kind.ts
 * `Lookups`), so that the kinds themselves stay light enough for the browser.
 */
import type { Locale } from '@/lib/i18n/locales';
import { shortageListsPageHref } from '@/lib/guide/links';
import { fold, searchOccupations } from '@/lib/guide/search';
import { formatDate, formatMoney, formatNumber } from '@/lib/rules/format';
import { listOn, officialListUrl } from '@/lib/rules/shortage';
import type { AuthorityId, IsoDate } from '@/lib/rules/types';
import type { Lookups } from './kinds/kind';

export function lookupsFor(locale: Locale, authority: AuthorityId | null, asOf: IsoDate): Lookups {
  return {
    shortageList: (kind) => (authority ? listOn(authority, kind, asOf) : undefined),
    officialListUrl: (kind) => (authority ? officialListUrl(authority, kind, asOf) : null),
    listsPageHref: (kind) => (authority ? shortageListsPageHref(locale, authority, kind, asOf) : `/${locale}/shortage-lists`),
    searchOccupations: (list, query) => searchOccupations(query, [list]).map((h) => ({ occupation: h.occupation, matchedIn: h.matchedIn })),
    fold,
    formatDate: (date) => formatDate(locale, date),
    formatMoney: (amount) => formatMoney(locale, amount),
    formatNumber: (n) => formatNumber(locale, n),
  };
}
