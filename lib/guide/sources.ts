/**
 * Sources cited by the guide pages (worker guidance, shortage lists) that the rules data does not
 * list, and one resolver over all of them.
 *
 * Same conventions as lib/rules/data/sources.ts: every fact comes from
 * ../shared/reference/belgian-rules.md; URLs exactly as the reference gives them; where the reference
 * names a page or publisher without a URL, the most specific URL it gives (often the home page) and a
 * title that says which page is meant. We never make up a deep link.
 */
import { sources as rulesSources } from '@/lib/rules/data/sources';
import { shortageListSources } from '@/lib/rules/data/shortage-lists';
import type { Source } from '@/lib/rules/types';

const CHECKED = '2026-11-21';

export const guideSources: Source[] = [
  {
    id: 'dofi-home',
    title: 'Immigration Office (Dienst Vreemdelingenzaken / Office des étrangers / Ausländeramt): website',
    url: 'https://dofi.ibz.be',
    kind: 'official-page',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'dofi-procedure-guide',
    // The reference cites the "Immigration Office procedure guide" without a URL: the site's home page.
    title: 'Immigration Office: procedure guide (the residence card states access to the labour market: unlimited, limited or none) (on dofi.ibz.be)',
    url: 'https://dofi.ibz.be',
    kind: 'official-page',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'vlaanderen-filing-timing',
    // The reference cites "vlaanderen.be [OFFICIAL]" for the filing times without a URL.
    title: 'Vlaanderen.be: when to apply (first application or renewal up to 6 months ahead; renewal at least 2 months before expiry) (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'vreemdelingenrecht-filing-timing',
    title: 'vreemdelingenrecht.be: gecombineerde vergunning, timing of first applications and renewals',
    url: 'https://vreemdelingenrecht.be',
    kind: 'secondary',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'vlaanderen-permit-validity',
    // The reference cites "vlaanderen.be [OFFICIAL]" for the permit validity without a URL.
    title: 'Vlaanderen.be: validity of the permit (executives, highly skilled and ICT: up to 3 years at once) (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'bal-hrsquare-2019',
    // Publisher home page: the reference cites "BAL / HR Square (2019)" without a URL.
    title: 'HR Square (2019, with BAL): single permit in Brussels and Wallonia, up to 3 years with yearly checks',
    url: 'https://www.hrsquare.be',
    kind: 'secondary',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'myria-single-permit',
    // Publisher home page: the reference cites Myria without a URL.
    title: 'Myria (Federal Migration Centre): the single-permit procedure (admissibility, 4-month decision period)',
    url: 'https://www.myria.be',
    kind: 'secondary',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'info-integration',
    // Publisher home page: the reference cites info-integration.be without a URL.
    title: 'info-integration.be: information on the rights of foreign nationals in Belgium (workers already in Belgium)',
    url: 'https://www.info-integration.be',
    kind: 'secondary',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'naric-vlaanderen',
    // The reference cites the NARIC-Vlaanderen pages on vlaanderen.be without a URL.
    title: 'NARIC-Vlaanderen: Begeleidingstool (does my diploma need recognition? procedure, cost, documents) (pages on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'vlaanderen-diploma-fr',
    // The reference cites "vlaanderen.be FR page" without a URL.
    title: 'Vlaanderen.be (French page): a certificate of success can replace the diploma for recent graduates (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'lexgo-2021',
    // Publisher home page: the reference cites "Lexgo 2021" without a URL.
    title: 'Lexgo (2021): applying for a single permit while already in Belgium',
    url: 'https://www.lexgo.be',
    kind: 'secondary',
    published: null,
    checked: CHECKED,
  },
  {
    id: 'unamur-postdoc',
    // Publisher home page: the reference cites UNamur without a URL.
    title: 'Université de Namur: post-doctoral scholars with a fellowship, exemption from the work permit in Wallonia',
    url: 'https://www.unamur.be',
    kind: 'secondary',
    published: null,
    checked: CHECKED,
  },
];

const all = new Map<string, Source>();
for (const s of Object.values(rulesSources) as Source[]) all.set(s.id, s);
for (const s of [...shortageListSources, ...guideSources]) {
  // The rules data wins when it later adds the same id (sources.test.ts reports the duplicate).
  if (!all.has(s.id)) all.set(s.id, s);
}

/** The source with this id, from the rules data, the shortage lists or the guide. */
export function sourceById(id: string): Source | undefined {
  return all.get(id);
}

export function allSourceIds(): string[] {
  return [...all.keys()];
}
