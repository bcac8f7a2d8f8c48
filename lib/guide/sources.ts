/**
 * The sources as the guide pages show them. There is one catalogue (lib/rules/data/sources.ts); this
 * module only answers two presentation questions about its entries:
 *
 * - Whose pages are they? Guidance for one competent authority never cites another authority's pages
 *   (`sourceScope`, `sourcesFor`).
 * - In which language does the reader get them? The publisher's version in the reader's language when
 *   the catalogue lists one (`Source.localized`), otherwise the cited version, its language marked
 *   (`shownSource`).
 */
import type { Locale } from '@/lib/i18n/locales';
import { isSourceId, sources, type AuthorityId, type Source } from '@/lib/rules';

export function sourceById(id: string): Source | undefined {
  return isSourceId(id) ? sources[id] : undefined;
}

// ---------------------------------------------------------------------------
// Whose pages
// ---------------------------------------------------------------------------

const FLEMISH_COMMUNITY: readonly AuthorityId[] = ['flanders', 'brussels'];
const FRENCH_COMMUNITY: readonly AuthorityId[] = ['wallonia', 'brussels'];

/**
 * Sites of one competent authority (its work-permit pages, its public employment service, its
 * legislation), and of the Communities, which recognise diplomas and professions: the Flemish
 * Community also in Brussels, the French Community (Wallonia-Brussels Federation) in Wallonia and
 * Brussels.
 */
const sites: [RegExp, readonly AuthorityId[]][] = [
  [/(^|\.)(vlaanderen|vdab)\.be$/, ['flanders']],
  [/(^|\.)zorg-en-gezondheid\.be$/, FLEMISH_COMMUNITY],
  [/\.brussels$/, ['brussels']],
  [/(^|\.)(wallonie|leforem)\.be$/, ['wallonia']],
  [/(^|\.)cfwb\.be$/, FRENCH_COMMUNITY],
  [/(^|\.)(ostbelgienlive|ostbelgienbildung|adg)\.be$/, ['german-speaking-community']],
];

/**
 * Where the site does not tell: pages of the Flemish Community on vlaanderen.be (diploma recognition,
 * which also serves Brussels), and secondary sources that write about one authority's rules only.
 */
const byId: Record<string, readonly AuthorityId[]> = {
  'naric-vlaanderen': FLEMISH_COMMUNITY,
  'vlaanderen-regulated-profession-diploma': FLEMISH_COMMUNITY,
  'vlaanderen-teacher-foreign-diploma': FLEMISH_COMMUNITY,
  'kpmg-2026-026': ['flanders'],
  'belga-2024-blue-card': ['flanders'],
  'propay-2025': ['flanders'],
  'fragomen-2025-05-13': ['flanders'],
  'fragomen-2025-12-17': ['flanders'],
  'vandelanotte-2024-06-27': ['flanders'],
  'vandelanotte-2026-02-26': ['flanders'],
  'focus-wtv-2026-vdab': ['flanders'],
  'voka-2025-migration-list': ['flanders'],
  'vlex-2023-migration-list': ['flanders'],
  'expat-centre-limburg-2026-fee': ['flanders'],
  'de-tijd-2025-draft-migration-list': ['flanders'],
  'brussels-times-2026-vdab': ['flanders'],
  'vreemdelingenrecht-filing-timing': ['flanders'],
  'reliance-littler-2024': ['brussels'],
  'visasupdate-2025-brussels-list': ['brussels'],
  'le-vif-bx1-actiris-critical-functions': ['brussels'],
  'bal-hrsquare-2019': ['brussels', 'wallonia'],
  'securex-2024': ['wallonia'],
  'sotra-2024': ['wallonia'],
  'theimmigrationworld-wallonia-list': ['wallonia'],
  'mondaq-fragomen-2024-wallonia-list': ['wallonia'],
  'brussels-times-2026-02-26': ['wallonia'],
  'unamur-postdoc': ['wallonia'],
};

/** The authorities a source is about, or null when it holds for all (federal, EU, general). */
export function sourceScope(id: string): readonly AuthorityId[] | null {
  const listed = byId[id];
  if (listed) return listed;
  const source = sourceById(id);
  if (!source) return null;
  const host = new URL(source.url).hostname;
  return sites.find(([site]) => site.test(host))?.[1] ?? null;
}

/** The sources to show for one authority (all of them when the page shows every authority). */
export function sourcesFor(ids: readonly string[], authority: AuthorityId | null): string[] {
  if (authority === null) return [...ids];
  return ids.filter((id) => sourceScope(id)?.includes(authority) ?? true);
}

// ---------------------------------------------------------------------------
// In which language
// ---------------------------------------------------------------------------

/** Sites in one language whatever their path says (emploi.wallonie.be serves French pages under /en/). */
const siteLanguage: [RegExp, Locale][] = [
  [/(^|\.)(emploi|wallex)\.wallonie\.be$/, 'fr'],
  [/(^|\.)cfwb\.be$/, 'fr'],
  [/(^|\.)economie-emploi\.brussels$/, 'fr'],
  [/(^|\.)economie-werk\.brussels$/, 'nl'],
  [/(^|\.)economy-employment\.brussels$/, 'en'],
  [/(^|\.)(ostbelgienlive|ostbelgienbildung)\.be$/, 'de'],
  [/(^|\.)zorg-en-gezondheid\.be$/, 'nl'],
];
/** Sites whose pages are in the language their path names, else in this one. */
const defaultLanguage: [RegExp, Locale][] = [[/(^|\.)vlaanderen\.be$/, 'nl']];

const pathLanguage = /\/(nl|fr|de|en)(?=\/|$)/i;

/** The language of the page a URL points to, where the site or the address says it; else null. */
export function pageLanguage(url: string, localized?: Source['localized']): Locale | null {
  for (const [language, version] of Object.entries(localized ?? {})) {
    if (version?.url === url) return language as Locale;
  }
  const { hostname, pathname } = new URL(url);
  const fixed = siteLanguage.find(([site]) => site.test(hostname));
  if (fixed) return fixed[1];
  const inPath = pathLanguage.exec(pathname)?.[1];
  if (inPath) return inPath.toLowerCase() as Locale;
  return defaultLanguage.find(([site]) => site.test(hostname))?.[1] ?? null;
}

export interface ShownSource {
  id: string;
  title: string;
  url: string;
  /** Language of the title text: the reader's for a localized version; the catalogue writes its titles in English. */
  titleLanguage: Locale;
  /** Language of the page linked to, when known (hreflang). */
  pageLanguage: Locale | null;
  /** The page is in another language than the reader's (the link says which). */
  otherLanguage: boolean;
}

/** A source as one reader sees it: the publisher's version in `locale` when there is one. */
export function shownSource(source: Source, locale: Locale): ShownSource {
  const own = source.localized?.[locale];
  if (own) return { id: source.id, title: own.title, url: own.url, titleLanguage: locale, pageLanguage: locale, otherLanguage: false };
  const language = pageLanguage(source.url, source.localized);
  return {
    id: source.id,
    title: source.title,
    url: source.url,
    titleLanguage: 'en',
    pageLanguage: language,
    otherLanguage: language !== null && language !== locale,
  };
}
