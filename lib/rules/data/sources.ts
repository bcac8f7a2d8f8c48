/**
 * Every source the rules data cites. Facts and URLs come from ../shared/reference/belgian-rules.md
 * (the reference) and ../shared/reference/postcodes.md.
 *
 * Conventions
 * - `url`: exactly as the reference gives it, with https. Where the reference names a page but gives
 *   only the site (or a truncated URL), the most specific URL it does give is used (often the site's
 *   home page) and the title says which page is meant: we never make up a deep link. Where the
 *   reference names only the publisher (no domain at all), the publisher's home page is used and the
 *   entry is marked "publisher home page" in a comment.
 * - `published`: the full date the source gives, or null when it is undated or gives only a month or
 *   a year (then the title carries that partial date).
 * - `checked`: 2026-11-21, the date the team reviewed the reference (the sources themselves were
 *   read in November 2026 by the author of the reference). Change it when you re-check a source.
 */
import type { Source } from '../types';

/** Date the team reviewed the reference and the sources below. */
const CHECKED = '2026-11-21';

function src(id: string, s: Omit<Source, 'id' | 'checked'> & { checked?: string }): Source {
  return { id, checked: CHECKED, ...s };
}

export const sources = {
  // ------------------------------------------------------------------ added with the corrections of 30 November 2026
  'ucm-2026-law-1978-amounts': src('ucm-2026-law-1978-amounts', {
    title: 'UCM: montants utiles — limites fixées par la loi sur le contrat de travail (2026: €53,281.41 and €88,895)',
    url: 'https://www.ucm.be/actualites/montants-utiles-limites-fixees-par-la-loi-sur-le-contrat-de-travail',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'vreemdelingenrecht-wage': src('vreemdelingenrecht-wage', {
    title: 'vreemdelingenrecht.be: Hoe bereken je het loon van een arbeidsmigrant? (12 months for a secondment on a foreign contract; minimum wages not pro rata for part-time work)',
    url: 'https://www.vreemdelingenrecht.be/werk/veelgestelde-vragen-werk/hoe-bereken-je-het-loon-van-een-arbeidsmigrant',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'wallonia-blue-card': src('wallonia-blue-card', {
    title: 'Emploi Wallonie: Carte bleue européenne (the reduced amount for a higher-education diploma obtained less than three years before the application)',
    url: 'https://emploi.wallonie.be/de/home/travailleurs-etrangers/permis-de-travail/carte-bleue-europeenne-1.html',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'brussels-blue-card-former': src('brussels-blue-card-former', {
    title: 'Bruxelles Économie et Emploi (former page): Carte bleue européenne — posted workers ("travailleurs détachés") among the excluded categories',
    url: 'https://werk-economie-emploi.brussels/-/carte-bleue-europeenne',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'brussels-permits-news': src('brussels-permits-news', {
    title: 'Brussel Economie en Werk: nieuws toelatingen arbeid (ICT manager: 115% of the average monthly salary)',
    url: 'https://economie-werk.brussels/toelatingen-arbeid-nieuws',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'fragomen-2026-01-21': src('fragomen-2026-01-21', {
    // The reference names this alert (21 Jan 2026, Walloon 2026 amounts) without a URL: the publisher's site.
    title: 'Fragomen, 21 January 2026: Belgium (Wallonia), 2026 salary thresholds for work authorisations (on www.fragomen.com)',
    url: 'https://www.fragomen.com',
    kind: 'secondary',
    published: '2026-01-21',
    checked: '2026-11-30',
  }),
  'directive-2024-1233': src('directive-2024-1233', {
    title: 'Directive (EU) 2024/1233 on a single application procedure for a single permit (recast): decision within 90 days; transposition by 21 May 2026',
    url: 'https://eur-lex.europa.eu/eli/dir/2024/1233/oj',
    article: 'Art. 5(2); art. 28 (transposition)',
    kind: 'eu-law',
    published: '2024-04-24',
    checked: '2026-11-30',
  }),
  'cjeu-vander-elst': src('cjeu-vander-elst', {
    title: 'Court of Justice of the EU, 9 August 1994, Vander Elst, C-43/93: a provider of services established in another Member State may post its lawfully employed non-EU workers without a work permit',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61993CJ0043',
    kind: 'eu-law',
    published: '1994-08-09',
    checked: '2026-11-30',
  }),
  'vanhavermaet-2020-vander-elst': src('vanhavermaet-2020-vander-elst', {
    title: 'Van Havermaet, 14 April 2020: Dürfen Nicht-EWR-Bürger nach Belgien entsendet werden? (the Vander Elst exemption and its conditions)',
    url: 'https://international.vanhavermaet.be/de/artikel/duerfen-nicht-ewr-buerger-nach-belgien-entsendet-werden/',
    kind: 'secondary',
    published: '2020-04-14',
    checked: '2026-11-30',
  }),
  'socialsecurity-working-in-belgium': src('socialsecurity-working-in-belgium', {
    title: 'Belgian social security portal: In Belgien arbeiten — Freizügigkeit und Entsendung (no work card for temporary work for an employer established in the EEA)',
    url: 'https://www.socialsecurity.be/citizen/de/arbeit-und-arbeitslosigkeit/grenzarbeit/belgien-arbeiten',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'limosa': src('limosa', {
    title: 'Belgian social security: Limosa declaration before work in Belgium starts (posted workers)',
    url: 'https://www.international.socialsecurity.be/working_in_belgium/de/limosa.html',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  // ------------------------------------------------------------------ secondary: Big-4 / law firms
  'kpmg-2024-223': src('kpmg-2024-223', {
    title: 'KPMG GMS Flash Alert 2024-223: Belgium, 2025 salary thresholds for work authorisations',
    url: 'https://kpmg.com/xx/en/our-insights/gms-flash-alert/flash-alert-2024-223.html',
    kind: 'secondary',
    published: '2024-11-13',
    checked: '2026-11-30',
  }),
  'kpmg-2026-018': src('kpmg-2026-018', {
    title: 'KPMG GMS Flash Alert 2026-018: Belgium, 2025 salary thresholds stay in force until the 2026 indexation',
    url: 'https://kpmg.com/xx/en/our-insights/gms-flash-alert/2026/flash-alert-2026-018.html',
    kind: 'secondary',
    published: '2026-01-26',
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026 (the alert as published on KPMG's launch.kpmg.com mirror).
  'kpmg-2026-026': src('kpmg-2026-026', {
    title: 'KPMG GMS Flash Alert 2026-026 (February 2026): Flanders, new requirements for highly skilled workers from 2026',
    url: 'https://launch.kpmg.com/xx/en/our-insights/gms-flash-alert/2026/flash-alert-2026-026.html',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'pravolex-2025': src('pravolex-2025', {
    title: 'Pravolex (2025): Nouvelles conditions salariales pour les expatriés en Belgique en 2025',
    url: 'https://pravolex.be/post/nouvelles-conditions-salariales-pour-les-expatriés-en-belgique-en-2025-principales-mises-à-jour-po',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'belga-2024-blue-card': src('belga-2024-blue-card', {
    title: 'Belga News Agency (March 2024): Flemish government tightens controls on labour migration (Blue Card at 130%)',
    url: 'https://belganewsagency.eu/flemish-government-tightens-controls-on-labour-migration',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'reliance-littler-2024': src('reliance-littler-2024', {
    title: 'Reliance Littler: reform of economic migration in the Brussels-Capital Region from 1 October 2024',
    // Full URL found on 30 November 2026 (the firm publishes the article in English, French and Dutch).
    url: 'https://reliance-littler.com/en/blog/detail/id/105/Nouveautés-dans-la-Région-de-Bruxelles-Capitale-en-matière-de-mobilité-internationale',
    kind: 'secondary',
    published: '2024-09-20',
    checked: '2026-11-30',
    localized: {
      fr: {
        title: "Reliance Littler : nouveautés dans la Région de Bruxelles-Capitale en matière de mobilité internationale",
        url: 'https://reliance-littler.com/fr/blog/detail/id/105/Novelties-in-the-Brussels-Capital-Region-regarding-international-mobility',
      },
      nl: {
        title: 'Reliance Littler: nieuwigheden in het Brussels Hoofdstedelijk Gewest inzake internationale mobiliteit',
        url: 'https://reliance-littler.com/nl/blog/detail/id/105/Novelties-in-the-Brussels-Capital-Region-regarding-international-mobility',
      },
    },
  }),
  'brussels-times-2026-02-26': src('brussels-times-2026-02-26', {
    title: 'The Brussels Times: 2026 salary thresholds for foreign workers (citing KPMG)',
    // The reference truncates this URL after the article number.
    url: 'https://www.brusselstimes.com/belgium/1929259/',
    kind: 'secondary',
    published: '2026-02-26',
  }),
  // Deep URL found on 30 November 2026.
  'securex-2024': src('securex-2024', {
    title: "Securex (September 2024): La Wallonie simplifie aussi l'occupation de travailleurs étrangers à partir du 1er septembre (Forem attestation, offer published for at least 5 weeks)",
    url: 'https://securex.be/fr/lex4you/employeur/actualites/la-wallonie-simplifie-aussi-l-occupation-de-travailleurs-etrangers-a-partir-du-1er-septembre',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026.
  'sotra-2024': src('sotra-2024', {
    title: 'Sotra (2024): New rules on economic migration to the Walloon Region (vacancy "posted during 4 weeks")',
    url: 'https://sotra.be/index.php/news/709-new-rules-on-economic-migration-to-the-walloon-region?locale=en',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026. The 0.8 FTE figure the reference attributes to ProPay is not in
  // the part of this article that was read; the VKS 2 exclusion and the 9 weeks / 4 months are.
  'propay-2025': src('propay-2025', {
    title: 'ProPay (2025): Tightening Flemish migration policy for highly skilled and middle skilled workers (no VKS 2; VDAB and EURES 9 weeks in 4 months)',
    url: 'https://www.propay.be/en/news/tightening-flemish-migration-policy-for-highly-skilled-and-middle-skilled-workers',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'fragomen-2025-05-13': src('fragomen-2025-05-13', {
    title: 'Fragomen: Belgium, expedited processing for highly skilled foreign workers (Flemish fast lane)',
    url: 'https://www.fragomen.com/insights/belgium-expedited-processing-for-highly-skilled-foreign-workers.html',
    kind: 'secondary',
    published: '2025-05-13',
  }),
  // The reference gives no URL for this alert: the site's home page is used.
  'fragomen-2025-12-17': src('fragomen-2025-12-17', {
    title: 'Fragomen: Flanders, economic migration changes for 2026 (labour market test, regional fee)',
    url: 'https://www.fragomen.com',
    kind: 'secondary',
    published: '2025-12-17',
  }),
  // Deep URL found on 30 November 2026.
  'vandelanotte-2024-06-27': src('vandelanotte-2024-06-27', {
    title: 'Vandelanotte: New legislative changes in the Flemish labour market policy (from 1 May 2024: VDAB list, qualification level 2, 3 or 4, VDAB and EURES 9 weeks in 4 months)',
    url: 'https://www.vandelanotte.be/en/news/new-legislative-changes-in-the-flemish-labour-market-policy',
    kind: 'secondary',
    published: '2024-06-27',
    checked: '2026-11-30',
  }),
  'vandelanotte-2026-02-26': src('vandelanotte-2026-02-26', {
    title: 'Vandelanotte: Economic migration in 2026, overview of new rules in Flanders',
    url: 'https://www.vandelanotte.be/en/news/economic-migration-in-2026-overview-of-new-rules-in-flanders',
    kind: 'secondary',
    published: '2026-02-26',
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026.
  'focus-wtv-2026-vdab': src('focus-wtv-2026-vdab', {
    title: 'Focus-WTV: Soldaat-matroos voortaan knelpuntberoep (VDAB knelpuntberoepenlijst 2026, 227 beroepen)',
    url: 'https://focus-wtv.be/nieuws/soldaat-matroos-voortaan-knelpuntberoep',
    kind: 'secondary',
    published: '2026-02-01',
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026.
  'voka-2025-migration-list': src('voka-2025-migration-list', {
    title: 'made-in.be (2025): Voka ziet geen heil in afgeslankte lijst met knelpuntberoepen (21 functions from January 2026)',
    url: 'https://www.made-in.be/west-vlaanderen/voka-ziet-geen-heil-in-afgeslankte-lijst-met-knelpuntberoepen/',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026 (vLex reproduction of the decree text).
  'vlex-2023-migration-list': src('vlex-2023-migration-list', {
    title: 'vLex: Ministerieel besluit houdende vaststelling van de lijst met middengeschoolde functies waarvoor een structureel tekort aan arbeidskrachten bestaat (1 September 2023, 29 functions)',
    url: 'https://vlex.be/vid/ministerieel-besluit-houdende-vaststelling-943058605',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026.
  'agii-2024': src('agii-2024', {
    title: 'Agentschap Integratie en Inburgering (agii.be, 2024): Hooggeschoolde (diploma: graduaat, bachelor or master; Flanders €46,632 / €37,305.60, Brussels €50,310 in 2024)',
    url: 'https://www.agii.be/thema/werk/heb-je-recht-om-te-werken/heb-je-recht-om-te-werken-als-arbeidsmigrant/hooggeschoolde',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'vanhavermaet-2025-fee': src('vanhavermaet-2025-fee', {
    title: 'Van Havermaet: administrative fee for residence applications from 1 January 2025 (€148)',
    url: 'https://international.vanhavermaet.be/articles',
    kind: 'secondary',
    published: '2025-01-09',
  }),
  // Deep URL found on 30 November 2026.
  'droitsquotidiens-2024-fee': src('droitsquotidiens-2024-fee', {
    title: 'Droits Quotidiens: Combien coûte une demande de titre de séjour ? (permis unique €144 from 1 January 2024; indexed every 1 January)',
    url: 'https://www.droitsquotidiens.be/fr/question/combien-coute-une-demande-de-titre-de-sejour',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'vreemdelingenrecht-fee': src('vreemdelingenrecht-fee', {
    title: 'vreemdelingenrecht.be: retributie voor verblijfsaanvragen (€144 in 2024)',
    url: 'https://vreemdelingenrecht.be',
    kind: 'secondary',
    published: null,
  }),
  'expat-centre-limburg-2026-fee': src('expat-centre-limburg-2026-fee', {
    title: 'Expat Centre Limburg (2026): Flemish retribution of €180 for single-permit applications from 1 September 2026',
    url: 'https://expatcentrelimburg.com/blog/belgium-simplifies-arrival-registration-for-short-stay-visitors/',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'expat-centre-limburg-2023-researchers': src('expat-centre-limburg-2023-researchers', {
    title: 'Expat Centre Limburg (2023): researchers need a single permit from 1 March 2023 (60-day decision)',
    url: 'https://expatcentrelimburg.com',
    kind: 'secondary',
    published: null,
  }),
  // Low: aggregator / visa blogs (the reference tags them [LOW]).
  'visasupdate-2025-brussels-list': src('visasupdate-2025-brussels-list', {
    title: 'visasupdate.com: Belgium: Brussels Shortage Occupation List 2025 (81 professions from 1 July 2025, down from 82)',
    url: 'https://www.visasupdate.com/post/belgium-brussels-shortage-occupation-list-2025-key-updates-and-implications',
    kind: 'secondary',
    published: '2025-07-29',
    checked: '2026-11-30',
  }),
  'theimmigrationworld-wallonia-list': src('theimmigrationworld-wallonia-list', {
    title: 'theimmigrationworld.com: Planning to Work in Belgium? New Shortage Jobs Announced for 2026 (Wallonia list 1 October 2025 – 30 September 2026)',
    url: 'https://theimmigrationworld.com/belgium-shortage-jobs-list-work-visa-opportunities',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026.
  'mondaq-fragomen-2024-wallonia-list': src('mondaq-fragomen-2024-wallonia-list', {
    title: 'Mondaq / Fragomen (2024): Wallonia Shortage Occupation List Additions And Deletions (73 professions, 1 October 2024 – 30 September 2025)',
    url: 'https://www.mondaq.com/work-visas/1526090/wallonia-shortage-occupation-list-additions-and-deletions',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),

  // ------------------------------------------------------------------ Flanders (official)
  'vlaanderen-highly-skilled': src('vlaanderen-highly-skilled', {
    title: 'Vlaanderen.be: Work permits for highly skilled workers',
    url: 'https://www.vlaanderen.be/en/work-permits-for-foreign-workers/work-permits-categories-and-procedures/work-permits-highly-skilled-workers',
    kind: 'official-page',
    published: null,
    checked: '2026-12-01',
    localized: {
      nl: {
        title: 'Vlaanderen.be: Toelating tot arbeid - Hooggeschoolde',
        url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-hooggeschoolde',
      },
    },
  }),
  'vlaanderen-executive': src('vlaanderen-executive', {
    title: 'Vlaanderen.be: Toelating tot arbeid, leidinggevenden',
    url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-leidinggevende',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026.
  'vlaanderen-ict': src('vlaanderen-ict', {
    title: 'Vlaanderen.be: Toelating tot arbeid - Intra-corporate transferee',
    url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-intra-corporate-transferee',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'vlaanderen-medium-skilled-list': src('vlaanderen-medium-skilled-list', {
    title: 'Vlaanderen.be: Lijst middengeschoolde functies (migratielijst)',
    url: 'https://www.vlaanderen.be/werken/een-buitenlander-in-vlaanderen-tewerkstellen/categorieen/middengeschoolde-functie/lijst-middengeschoolde-functies',
    kind: 'official-page',
    published: null,
    checked: '2026-12-01',
    localized: {
      en: {
        title: 'Vlaanderen.be: Work permit - Shortage occupation list',
        url: 'https://www.vlaanderen.be/en/work-permits-for-foreign-workers/work-permits-categories-and-procedures/work-permits-middle-skilled-shortage-occupations/work-permit-shortage-occupation-list',
      },
    },
  }),
  // Deep URL found on 30 November 2026. The stored copy is an older version (VDAB publication of at
  // least 6 weeks), from before the rules of 1 May 2024.
  'vlaanderen-other': src('vlaanderen-other', {
    title: 'Vlaanderen.be: Toelating tot arbeid - Overige (labour market test)',
    url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-overige',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  // Deep URL found on 30 November 2026 (the page states the GAMMI series and "For 2025 … € 48.912").
  'vlaanderen-wages': src('vlaanderen-wages', {
    title: 'Vlaanderen.be: Employing a foreigner in Flanders: wages and allowances',
    url: 'https://vlaanderen.be/en/working-enterprise-and-investment/working/employing-a-foreigner-in-flanders/wages-and-allowances',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
    localized: {
      nl: {
        title: 'Vlaanderen.be: Toelating tot arbeid - Lonen en toeslagen',
        url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-lonen-en-toeslagen',
      },
    },
  }),
  'vlaanderen-who-needs-permit': src('vlaanderen-who-needs-permit', {
    title: 'Vlaanderen.be: Who needs a work permit? (EEA and Swiss nationals exempt) (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
  }),
  'vlaanderen-forms': src('vlaanderen-forms', {
    title: 'Vlaanderen.be: Toelating tot arbeid, aanvraagformulieren',
    url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-aanvraagformulieren',
    kind: 'official-page',
    published: null,
  }),
  'vlaanderen-processing-times': src('vlaanderen-processing-times', {
    title: 'Vlaanderen.be (June 2024): indication of treatment times for work permits (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
  }),
  'vlaanderen-special-service': src('vlaanderen-special-service', {
    title: 'Vlaanderen.be: Apply online for a work permit via the special service (Working in Belgium)',
    url: 'https://www.vlaanderen.be/en/work-permits-for-foreign-workers/apply-online-for-a-work-permit-via-the-special-service',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
    localized: {
      nl: {
        title: 'Vlaanderen.be: Toelating tot arbeid online aanvragen via uniek loket',
        url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-online-aanvragen-via-uniek-loket',
      },
    },
  }),

  // ------------------------------------------------------------------ Brussels (official)
  'brussels-minimum-remuneration': src('brussels-minimum-remuneration', {
    title: 'economy-employment.brussels: Single permit, minimum remuneration',
    url: 'https://economy-employment.brussels/single-permit-minimum-remuneration',
    kind: 'official-page',
    published: null,
    checked: '2026-12-01',
  }),
  'brussels-exemptions': src('brussels-exemptions', {
    title: 'economy-employment.brussels: Authorisation to work, exemptions',
    url: 'https://economy-employment.brussels/authorisation-work-exemption',
    kind: 'official-page',
    published: null,
  }),
  'brussels-other-cases': src('brussels-other-cases', {
    title: 'economy-employment.brussels: Single permit, other cases (labour market test)',
    url: 'https://economy-employment.brussels/permit-other-cases',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'brussels-annexes-blue-card': src('brussels-annexes-blue-card', {
    title: 'economy-employment.brussels: Single permit, EU Blue Card annexes',
    url: 'https://economy-employment.brussels/single-permit-blue-card-annexes',
    kind: 'official-page',
    published: null,
  }),
  'brussels-your-situation': src('brussels-your-situation', {
    title: 'economy-employment.brussels: Single permit, the situation of the (potential) employee',
    url: 'https://economy-employment.brussels/permit-your-situation',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
    localized: {
      fr: {
        title: 'economie-emploi.brussels : Quelle est la situation du (candidat-) travailleur ?',
        url: 'https://economie-emploi.brussels/permis-votre-situation',
      },
    },
  }),
  'brussels-single-permit-pages': src('brussels-single-permit-pages', {
    title: 'economy-employment.brussels: single-permit pages ("four months at most" from complete file to decision)',
    url: 'https://economy-employment.brussels',
    kind: 'official-page',
    published: null,
  }),

  // ------------------------------------------------------------------ Wallonia (official)
  'wallonia-decree-2024-06-06': src('wallonia-decree-2024-06-06', {
    title: 'Arrêté du Gouvernement wallon du 6 juin 2024 (occupation des travailleurs étrangers), in force 1 September 2024',
    url: 'https://wallex.wallonie.be/sites/wallex/contents/acts/106/106333/1.html',
    kind: 'decree',
    published: '2024-06-06',
    checked: '2026-11-30',
  }),
  'wallonia-decree-2024-06-06-art-15': src('wallonia-decree-2024-06-06-art-15', {
    title: 'Arrêté du Gouvernement wallon du 6 juin 2024, mandatory content of the employment contract',
    url: 'https://wallex.wallonie.be/sites/wallex/contents/acts/106/106333/1.html',
    article: 'Art. 15',
    kind: 'decree',
    published: '2024-06-06',
  }),
  'wallonia-highly-qualified': src('wallonia-highly-qualified', {
    title: 'emploi.wallonie.be: Personnel hautement qualifié',
    url: 'https://emploi.wallonie.be/en/home/travailleurs-etrangers/permis-de-travail/personnel-hautement-qualifie-3.html',
    kind: 'official-page',
    published: null,
  }),
  'wallonia-what-to-do': src('wallonia-what-to-do', {
    title: 'emploi.wallonie.be: Vous êtes employeur, que devez-vous faire ?',
    url: 'https://emploi.wallonie.be/en/home/travailleurs-etrangers/permis-de-travail/vous-etes-employeur/que-devez-vous-faire.html',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
    localized: {
      fr: {
        title: 'emploi.wallonie.be : Que devez-vous faire ?',
        url: 'https://emploi.wallonie.be/home/travailleurs-etrangers/permis-de-travail/vous-etes-employeur/que-devez-vous-faire.html',
      },
    },
  }),
  'wallonia-general-category': src('wallonia-general-category', {
    title: 'emploi.wallonie.be: Catégorie générale (labour market test, contract clauses) (page on emploi.wallonie.be)',
    url: 'https://emploi.wallonie.be',
    kind: 'official-page',
    published: null,
  }),

  // ------------------------------------------------------------------ German-speaking Community (official)
  'ostbelgienlive-permits': src('ostbelgienlive-permits', {
    title: 'Ostbelgien Live: Arbeitserlaubnis, kombinierte Erlaubnis (Schwellenbeträge)',
    url: 'https://ostbelgienlive.be/desktopdefault.aspx/tabid-269/4602_read-55302/',
    kind: 'official-page',
    published: null,
    checked: '2026-12-01',
  }),
  'ostbelgienlive-exemptions': src('ostbelgienlive-exemptions', {
    title: 'Ostbelgien Live: Befreiungen von der Arbeitserlaubnis',
    url: 'https://ostbelgienlive.be/desktopdefault.aspx/tabid-269/4602_read-55305/',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'pdg-municipalities': src('pdg-municipalities', {
    title: 'Parlament der Deutschsprachigen Gemeinschaft: the nine municipalities',
    url: 'https://www.pdg.be/desktopdefault.aspx/tabid-3995/',
    kind: 'official-page',
    published: null,
  }),

  // ------------------------------------------------------------------ federal (official)
  'dofi-single-permit': src('dofi-single-permit', {
    title: 'Immigration Office (dofi.ibz.be): Gecombineerde vergunning (single permit), mirror',
    url: 'https://5195.f2w.bosa.be/nl/themes/third-country-nationals/work/gecombineerde-vergunning',
    kind: 'official-page',
    published: null,
  }),
  'dofi-fee-faq': src('dofi-fee-faq', {
    title: 'Immigration Office (dofi.ibz.be): FAQ, redevance',
    url: 'https://dofi.ibz.be/fr/themes/faq/redevance',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'workinginbelgium-fixed-term': src('workinginbelgium-fixed-term', {
    title: 'Working in Belgium one-stop counter: fixed-term single permit',
    url: 'https://onestopcounteracc.workinginbelgium.be/en/fixed-term-single-permit.html',
    kind: 'official-page',
    published: null,
  }),
  'workinginbelgium-index': src('workinginbelgium-index', {
    title: 'Working in Belgium one-stop counter: home (single permit, work authorisation of 90 days or less)',
    url: 'https://onestopcounteracc.workinginbelgium.be/en/index.html',
    kind: 'official-page',
    published: null,
  }),
  // The reference gives no URL for the text of the agreement: the Working in Belgium counter, which
  // applies it (one counter, competent region by place of employment), is linked instead.
  'cooperation-agreement-2018': src('cooperation-agreement-2018', {
    title: 'Cooperation Agreement of 2 February 2018 between the federal State, the Regions and the German-speaking Community (single permit)',
    url: 'https://onestopcounteracc.workinginbelgium.be/en/index.html',
    article: 'Arts. 7–8',
    kind: 'law',
    published: '2018-02-02',
  }),
  'eu-immigration-portal': src('eu-immigration-portal', {
    title: 'EU Immigration Portal (European Commission)',
    url: 'https://immigration-portal.ec.europa.eu',
    kind: 'official-page',
    published: null,
  }),
  'bpost-postcodes': src('bpost-postcodes', {
    title: 'bpost: list of postal codes (French edition, as republished in jief/zipcode-belgium, December 2017)',
    url: 'https://github.com/jief/zipcode-belgium',
    kind: 'secondary',
    published: null,
  }),

  // ------------------------------------------------------------------ EU law
  'directive-2021-1883': src('directive-2021-1883', {
    title: 'Directive (EU) 2021/1883 (EU Blue Card, recast)',
    url: 'https://eur-lex.europa.eu/eli/dir/2021/1883/oj',
    article: 'Art. 2 (higher professional qualifications), Art. 5(1)(a) (contract of at least six months), Annex I (ICT professionals)',
    kind: 'eu-law',
    published: '2021-10-20',
  }),
  'directive-2014-66': src('directive-2014-66', {
    title: 'Directive 2014/66/EU (intra-corporate transferees)',
    url: 'https://eur-lex.europa.eu/eli/dir/2014/66/oj',
    article: 'Art. 5(1) (criteria for admission)',
    kind: 'eu-law',
    published: '2014-05-15',
  }),
  'directive-2016-801': src('directive-2016-801', {
    title: 'Directive (EU) 2016/801 (researchers, students, trainees …)',
    url: 'https://eur-lex.europa.eu/eli/dir/2016/801/oj',
    article: 'Art. 3(2) (definition of researcher)',
    kind: 'eu-law',
    published: '2016-05-11',
  }),
  'eea-agreement': src('eea-agreement', {
    title: 'Agreement on the European Economic Area (EU Member States, Iceland, Liechtenstein, Norway)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:21994A0103(01)',
    kind: 'eu-law',
    published: '1992-05-02',
  }),
  'eu-swiss-free-movement': src('eu-swiss-free-movement', {
    title: 'Agreement between the EC and its Member States and the Swiss Confederation on the free movement of persons',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22002A0430(01)',
    kind: 'eu-law',
    published: '1999-06-21',
  }),
  'withdrawal-agreement': src('withdrawal-agreement', {
    title: 'Agreement on the withdrawal of the United Kingdom from the EU and Euratom',
    url: 'https://eur-lex.europa.eu/eli/treaty/withd_2020/sign',
    kind: 'eu-law',
    published: '2020-01-24',
  }),

  // ------------------------------------------------------------------ added 30 November 2026 (official pages check)
  // Official pages found through the search tool's stored copies; the date each page gives, or null.
  'brussels-news-2024-10': src('brussels-news-2024-10', {
    title: 'economie-werk.brussels: Toelatingen tot arbeid: nieuws (rules from 1 October 2024; base €4,604; ICT manager 115%)',
    url: 'https://economie-werk.brussels/toelatingen-arbeid-nieuws',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'brussels-executive': src('brussels-executive', {
    title: 'economy-employment.brussels: Executive / Management staff (Art. 18, § 2, 5° of the Brussels Decree of 16 May 2024)',
    url: 'https://economy-employment.brussels/single-permit-executive',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'vlaanderen-shortage-occupation': src('vlaanderen-shortage-occupation', {
    title: 'Vlaanderen.be: Toelating tot arbeid - middengeschoolde knelpuntberoep (functions requiring qualification levels 3 and 4)',
    url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-middengeschoolde-knelpuntberoep',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
    localized: {
      en: {
        title: 'Vlaanderen.be: Work permits – middle-skilled shortage occupations',
        url: 'https://www.vlaanderen.be/en/work-permits-for-foreign-workers/work-permits-categories-and-procedures/work-permits-middle-skilled-shortage-occupations',
      },
    },
  }),
  'vlaanderen-blue-card': src('vlaanderen-blue-card', {
    title: "Vlaanderen.be: Autorisation d'occupation - Carte bleue européenne (stored copy shows the 2021/2022 amounts)",
    url: 'https://vlaanderen.be/fr/travailler/autorisations-de-travail/autorisation-doccupation-categories/autorisation-doccupation-carte-bleue-europeenne',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
    localized: {
      de: {
        title: 'Vlaanderen.be: Europäische blaue Karte (older page, reference year 2016)',
        url: 'https://www.vlaanderen.be/de/arbeiten/europaeische-blaue-karte',
      },
    },
  }),
  'wallonia-faq-2024-reform': src('wallonia-faq-2024-reform', {
    title: 'emploi.wallonie.be: FAQ - Migration économique salariée : réforme septembre 2024',
    url: 'https://emploi.wallonie.be/nl/home/travailleurs-etrangers/permis-de-travail/faq---migration-economique-salariee--reforme-septembre-2024.html',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'dofi-fee-exemptions': src('dofi-fee-exemptions', {
    title: "Office des étrangers (dofi.ibz.be): La redevance (exemptions, e.g. applicants under 18)",
    url: 'https://dofi.ibz.be/sites/dvzoe/FR/Actualites/Pages/La_redevance.aspx',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'salairesminimums-rmmmg-2025': src('salairesminimums-rmmmg-2025', {
    title: 'SPF Emploi (salairesminimums.be): revenu minimum mensuel moyen garanti (CCT 43), table dated 01/02/2025',
    url: 'https://www.salairesminimums.be/document.html?date=01%2F02%2F2025&jcId=cf2e07ee4e76fa89014e7734edb3052c',
    kind: 'official-page',
    published: '2025-02-01',
    checked: '2026-11-30',
  }),
  // Publisher home page: the reference cites the EMN Belgium 2026 report without a URL.
  'emn-belgium-2026': src('emn-belgium-2026', {
    title: 'EMN Belgium (European Migration Network, Belgian contact point): 2026 report on economic migration (publisher site)',
    url: 'https://emnbelgium.be',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'kpmg-2023-200': src('kpmg-2023-200', {
    title: 'KPMG GMS Flash Alert 2023-200: Belgium, minimum salary requirements from 1 January 2024 (Brussels, Flanders, Wallonia)',
    url: 'https://kpmg.com/xx/en/our-insights/gms-flash-alert/flash-alert-2023-200.html',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'kpmg-2024-184': src('kpmg-2024-184', {
    title: 'KPMG GMS Flash Alert 2024-184: Belgium, partially updated 2024 minimum salary criteria (Flanders 1 May, Wallonia 1 September, Brussels 1 October 2024)',
    url: 'https://kpmg.com/xx/en/our-insights/gms-flash-alert/flash-alert-2024-184.html',
    kind: 'secondary',
    published: '2024-09-23',
    checked: '2026-11-30',
  }),
  'kpmg-be-2024-12': src('kpmg-be-2024-12', {
    title: 'KPMG Belgium (December 2024): Global Mobility key updates (Wallonia 2025: under 30 €41,290; Blue Card "with less than three years of experience" €53,390)',
    url: 'https://kpmg.com/be/en/home/insights/2024/12/ppl-global-mobility-key-updates-focus-areas.html',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'groups-2024-amounts': src('groups-2024-amounts', {
    title: 'Groups (2024): Permis unique : montants pour 2024 (Brussels, Flanders, Wallonia from 1 January 2024)',
    url: 'https://www.groups.be/fr/actualites/articles-juridiques/permis-unique-montants-pour-2024',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'liantis-2024-01-09': src('liantis-2024-01-09', {
    title: "Liantis: Nouveaux salaires minimaux pour les catégories dispensées de l'examen du marché de l'emploi (2024 amounts)",
    url: 'https://www.liantis.be/fr/nouvelles/nouveaux-salaires-minimaux-pour-les-cat%C3%A9gories-dispens%C3%A9es-de-lexamen-du-march%C3%A9-de-l',
    kind: 'secondary',
    published: '2024-01-09',
    checked: '2026-11-30',
  }),
  'payrollbelgium-2024': src('payrollbelgium-2024', {
    title: 'Pro-Pay (payrollbelgium.be): New salary thresholds for work permit 2024 (gives €66,053 for the Brussels Blue Card)',
    url: 'https://payrollbelgium.be/new-salary-thresholds-for-work-permit-2024/',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'acerta-2023-12-28': src('acerta-2023-12-28', {
    title: 'Acerta: À partir du 1er janvier 2024, nouveaux seuils salariaux pour le permis unique (reduced amount in Flanders only, not Brussels or Wallonia)',
    url: 'https://www.acerta.be/fr/portail-client/employeurs/votre-guide-acerta/updates-et-nouvelles-juridiques/a-partir-du-1er-janvier-2024-nouveaux-seuils-salariaux-pour-le-permis-unique-single-permit-pour-travailleurs-hautement-qualifies',
    kind: 'secondary',
    published: '2023-12-28',
    checked: '2026-11-30',
  }),
  'taxpatria-2024-brussels': src('taxpatria-2024-brussels', {
    title: 'Taxpatria: New Immigration Rules for the Brussels Capital Region – 2024 Update (previous annual thresholds €50,310 and €65,053)',
    url: 'https://taxpatria.be/?p=10067',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'propay-2024-11-07-brussels': src('propay-2024-11-07-brussels', {
    title: 'ProPay: New immigration rules in the Brussels Region as from 1 October 2024',
    url: 'https://propay.be/en/news/new-immigration-rules-in-the-brussels-region-as-from-1-october-2024',
    kind: 'secondary',
    published: '2024-11-07',
    checked: '2026-11-30',
  }),
  'vanhavermaet-2025-thresholds': src('vanhavermaet-2025-thresholds', {
    title: 'Van Havermaet: Arbeidsmigratie in 2025: de nieuwe loonnormen die je moet kennen (Flanders 2025; Brussels ICT manager 115%)',
    url: 'https://international.vanhavermaet.be/nl/artikel/arbeidsmigratie-in-2025-de-nieuwe-loonnormen-die-je-moet-kennen/',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'bofidi-2024': src('bofidi-2024', {
    title: 'PKF Bofidi: Economische arbeidsmigratie in Vlaanderen wordt versoepeld en verstrengd (1 May 2024; Blue Card €55,958 → €60,622)',
    url: 'https://bofidi.eu/economische-arbeidsmigratie-in-vlaanderen-wordt-versoepeld-en-verstrengd/',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'oria-law-2026': src('oria-law-2026', {
    title: 'Oria Law (2026): Single Permit in Flanders: What is New (from 1 January 2026 the position must require at least VKS level 5)',
    url: 'https://www.oria-law.be/en/blog/actualites-2/single-permit-in-flanders-what-is-new-7',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'altea-2026-flanders': src('altea-2026-flanders', {
    title: 'Altea: Single Permit in Flanders: A Major Reform as of 1 January 2026 (list of 21 medium-skilled functions: six added, fourteen removed)',
    url: 'https://www.altea.be/en/news/single-permit-in-flanders-a-major-reform-as-of-1-january-2026-between-streamlining-and-tightening.html',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'brussels-times-2025-12-27': src('brussels-times-2025-12-27', {
    title: 'The Brussels Times: Flanders tightens rules for non-EU worker migrants (shorter list from 1 January 2026; nine weeks of search)',
    url: 'https://www.brusselstimes.com/belgium/1896521/flanders-tightens-rules-for-non-eu-worker-migrants/',
    kind: 'secondary',
    published: '2025-12-27',
    checked: '2026-11-30',
  }),
  'tvl-2025-04-draft-migration-list': src('tvl-2025-04-draft-migration-list', {
    title: 'TVL (April 2025, citing De Tijd): draft ministerial decree cuts the Flemish migration list from 29 to 23 functions',
    url: 'https://www.tvl.be/nieuws/recordaantal-overnachtingen-in-limburg-deze-paasvakantie-174034',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'horecawallonie-2023-list': src('horecawallonie-2023-list', {
    title: 'Horeca Wallonie (16 October 2023): Wallonie, mise à jour de la liste des métiers en pénurie pour les permis uniques (68 functions, 1 October 2023 – 30 September 2024)',
    url: 'https://www.horecawallonie.be/wallonie-mise-jour-de-la-liste-des-metiers-en-penurie-pour-les-permis-uniques',
    kind: 'secondary',
    published: '2023-10-16',
    checked: '2026-11-30',
  }),
  'vreemdelingenrecht-brussels-2024': src('vreemdelingenrecht-brussels-2024', {
    title: 'vreemdelingenrecht.be: Nieuw Brussels arbeidsmarktbeleid vanaf 1 oktober 2024 (Ordinance of 1 February 2024, Decree of 16 May 2024, Ministerial Decree of 9 September 2024)',
    url: 'https://www.vreemdelingenrecht.be/nieuws/nieuw-brussels-arbeidsmarktbeleid-vanaf-1-oktober',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'bruxeo-2025-06-03': src('bruxeo-2025-06-03', {
    title: 'BRUXEO: Migration économique : cas de figure et conditions (120 days from complete file)',
    url: 'https://www.bruxeo.be/fr/migration-%C3%A9conomique-cas-de-figure-et-conditions',
    kind: 'secondary',
    published: '2025-06-03',
    checked: '2026-11-30',
  }),
  'groups-rmmmg-steps': src('groups-rmmmg-steps', {
    title: 'Groups: Augmentation progressive du revenu minimum mensuel moyen garanti (steps of April 2022, April 2024 and April 2026)',
    url: 'https://www.groups.be/fr/actualites/articles-juridiques/augmentation-progressive-du-revenu-minimum-mensuel-moyen-garanti',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'ey-2024-admin-fees': src('ey-2024-admin-fees', {
    title: 'EY Belgium tax alert: New administrative fees as from January 1, 2024 (single permit, visa D, residence applications)',
    url: 'https://www.ey.com/en_be/tax/tax-alerts/2024/new-administrative-fees-as-from-january-1-2024',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  'vialto-2025-05-concept-note': src('vialto-2025-05-concept-note', {
    title: 'Vialto Partners (May 2025): Proposed changes by Flemish Minister Zuhal Demir (employer retribution of €200, indexed, proposed from 1 January 2026)',
    url: 'https://vialtopartners.com/regional-alerts/belgium-immigration-proposed-changes-by-flemish-minister-zuhal-demir-on-the-flemish-labour-migration-policy',
    kind: 'secondary',
    published: null,
    checked: '2026-11-30',
  }),
  // Low: aggregator (visahq.com), cited only where it is the sole source of a figure, always flagged.
  'visahq-2026-02-05-flemish-fee': src('visahq-2026-02-05-flemish-fee', {
    title: 'VisaHQ (5 February 2026, low reliability): Flanders … introduces €250 application fee (from Q2 2026; list "from 34 roles to 26")',
    url: 'https://www.visahq.com/news/2026-02-05/be/flanders-tightens-rules-for-hiring-non-eu-talent-and-introduces-250-application-fee',
    kind: 'secondary',
    published: '2026-02-05',
    checked: '2026-11-30',
  }),
  'visahq-2026-02-01-visa-fees': src('visahq-2026-02-01-visa-fees', {
    title: 'VisaHQ (1 February 2026, low reliability): Belgian Foreign Affairs updates worldwide visa handling fees (type D: €180)',
    url: 'https://www.visahq.com/news/2026-02-01/be/belgian-foreign-affairs-updates-worldwide-visa-handling-fees-as-of-1-february-2026',
    kind: 'secondary',
    published: '2026-02-01',
    checked: '2026-11-30',
  }),
  'visahq-2026-06-27-visa-d': src('visahq-2026-06-27-visa-d', {
    title: 'VisaHQ (27 June 2026, low reliability): Belgium hikes long-stay D-type visa fee to €250 from 1 July 2026',
    url: 'https://www.visahq.news/2026-06-27/be/belgium-hikes-long-stay-d-type-visa-fee-to-250-from-1-july-2026/',
    kind: 'secondary',
    published: '2026-06-27',
    checked: '2026-11-30',
  }),

  // ------------------------------------------------------------------ moved from lib/guide/sources.ts and data/shortage-lists.ts, and added for the worker guidance
  // ------------------------------------------------------------------ cited by the shortage lists (moved from data/shortage-lists.ts)
  // Publisher home page: the reference cites "De Tijd via TVL, Apr 2025" without a URL.
  'de-tijd-2025-draft-migration-list': src('de-tijd-2025-draft-migration-list', {
    title: 'De Tijd (reported by TVL, April 2025): draft of the Flemish migration list for 2026',
    url: 'https://www.tijd.be',
    kind: 'secondary',
    published: null,
  }),
  // Publisher home page: the reference cites "Brussels Times" for the 2026 VDAB list without a URL.
  'brussels-times-2026-vdab': src('brussels-times-2026-vdab', {
    title: 'The Brussels Times (early 2026): VDAB shortage occupations list 2026',
    url: 'https://www.brusselstimes.com',
    kind: 'secondary',
    published: null,
  }),
  // Publisher home page: the reference names the VDAB knelpuntberoepenlijst without a URL.
  'vdab-home': src('vdab-home', {
    title: 'VDAB (Flemish public employment service), publisher of the knelpuntberoepenlijst',
    url: 'https://www.vdab.be',
    kind: 'official-page',
    published: null,
  }),
  'brussels-bottleneck-annexes': src('brussels-bottleneck-annexes', {
    title: 'economy-employment.brussels: Authorisation to work, bottleneck professions, annexes',
    url: 'https://economy-employment.brussels/authorisation-work-bottleneck-annexes',
    kind: 'official-page',
    published: null,
  }),
  // The reference cites the emploi.wallonie.be FAQ without a URL: the site's home page is used.
  'wallonia-faq-migration-list': src('wallonia-faq-migration-list', {
    title: 'emploi.wallonie.be: FAQ (the list of shortage occupations for foreign workers is set by the Minister)',
    url: 'https://emploi.wallonie.be',
    kind: 'official-page',
    published: null,
  }),
  // Publisher home page: the reference cites "Le Vif; BX1" without a URL.
  'le-vif-bx1-actiris-critical-functions': src('le-vif-bx1-actiris-critical-functions', {
    title: 'Le Vif and BX1: Actiris list of critical functions (106 in 2025, 102 in 2024), not the single-permit list',
    url: 'https://www.levif.be',
    kind: 'secondary',
    published: null,
  }),
  // ------------------------------------------------------------------ cited by the worker guidance (moved from lib/guide/sources.ts)
  'dofi-home': src('dofi-home', {
    title: 'Immigration Office (Dienst Vreemdelingenzaken / Office des étrangers / Ausländeramt): website',
    url: 'https://dofi.ibz.be',
    kind: 'official-page',
    published: null,
  }),
  // The reference cites the "Immigration Office procedure guide" without a URL: the site's home page.
  'dofi-procedure-guide': src('dofi-procedure-guide', {
    title: 'Immigration Office: procedure guide (the residence card states access to the labour market: unlimited, limited or none) (on dofi.ibz.be)',
    url: 'https://dofi.ibz.be',
    kind: 'official-page',
    published: null,
  }),
  // The reference cites "vlaanderen.be [OFFICIAL]" for the filing times without a URL.
  'vlaanderen-filing-timing': src('vlaanderen-filing-timing', {
    title: 'Vlaanderen.be: when to apply (first application or renewal up to 6 months ahead; renewal at least 2 months before expiry) (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
  }),
  'vreemdelingenrecht-filing-timing': src('vreemdelingenrecht-filing-timing', {
    title: 'vreemdelingenrecht.be: gecombineerde vergunning, timing of first applications and renewals',
    url: 'https://vreemdelingenrecht.be',
    kind: 'secondary',
    published: null,
  }),
  // The reference cites "vlaanderen.be [OFFICIAL]" for the permit validity without a URL.
  'vlaanderen-permit-validity': src('vlaanderen-permit-validity', {
    title: 'Vlaanderen.be: validity of the permit (executives, highly skilled and ICT: up to 3 years at once) (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
  }),
  // Publisher home page: the reference cites "BAL / HR Square (2019)" without a URL.
  'bal-hrsquare-2019': src('bal-hrsquare-2019', {
    title: 'HR Square (2019, with BAL): single permit in Brussels and Wallonia, up to 3 years with yearly checks',
    url: 'https://www.hrsquare.be',
    kind: 'secondary',
    published: null,
  }),
  // Publisher home page: the reference cites Myria without a URL.
  'myria-single-permit': src('myria-single-permit', {
    title: 'Myria (Federal Migration Centre): the single-permit procedure (admissibility, 4-month decision period)',
    url: 'https://www.myria.be',
    kind: 'secondary',
    published: null,
  }),
  // Publisher home page: the reference cites info-integration.be without a URL.
  'info-integration': src('info-integration', {
    title: 'info-integration.be: information on the rights of foreign nationals in Belgium (workers already in Belgium)',
    url: 'https://www.info-integration.be',
    kind: 'secondary',
    published: null,
  }),
  // The reference cites the NARIC-Vlaanderen pages on vlaanderen.be without a URL.
  'naric-vlaanderen': src('naric-vlaanderen', {
    title: 'NARIC-Vlaanderen: Begeleidingstool (does my diploma need recognition? procedure, cost, documents) (pages on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
  }),
  // The reference cites "vlaanderen.be FR page" without a URL.
  'vlaanderen-diploma-fr': src('vlaanderen-diploma-fr', {
    title: 'Vlaanderen.be (French page): a certificate of success can replace the diploma for recent graduates (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
  }),
  // Publisher home page: the reference cites "Lexgo 2021" without a URL.
  'lexgo-2021': src('lexgo-2021', {
    title: 'Lexgo (2021): applying for a single permit while already in Belgium',
    url: 'https://www.lexgo.be',
    kind: 'secondary',
    published: null,
  }),
  // Publisher home page: the reference cites UNamur without a URL.
  'unamur-postdoc': src('unamur-postdoc', {
    title: 'Université de Namur: post-doctoral scholars with a fellowship, exemption from the work permit in Wallonia',
    url: 'https://www.unamur.be',
    kind: 'secondary',
    published: null,
  }),
  // ------------------------------------------------------------------ added for the worker guidance, checked 2026-11-30
  // Visa step (Art. 9 of the Law of 15 December 1980). The English version is cited; the French one is on
  // dofi.ibz.be, the Dutch one only on the BOSA mirror the catalogue already uses for dofi-single-permit.
  'dofi-visa-d': src('dofi-visa-d', {
    title: 'Immigration Office (dofi.ibz.be): D visa application (article 9)',
    url: 'https://dofi.ibz.be/en/themes/third-country-nationals/residence-permit-articles-9-9bis-9ter/d-visa-application-article-9',
    article: 'Law of 15 December 1980, art. 9',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
    localized: {
      fr: {
        title: 'Office des étrangers (dofi.ibz.be) : Demande de visa D (article 9)',
        url: 'https://dofi.ibz.be/fr/themes/third-country-nationals/residence-permit-articles-9-9bis-9ter/demande-de-visa-d-article-9',
      },
      nl: {
        title: 'Dienst Vreemdelingenzaken: Aanvraag visum D (artikel 9 van de wet), mirror',
        url: 'https://5195.f2w.bosa.be/nl/themes/third-country-nationals/residence-permit-articles-9-9bis-9ter/aanvraag-visum-d-artikel-9-van',
      },
    },
  }),
  // The Immigration Office's visa page names this site for the list of Belgian embassies and consulates abroad.
  'diplomatie-embassies': src('diplomatie-embassies', {
    title: 'FPS Foreign Affairs (diplomatie.belgium.be): the Belgian embassies and consulates abroad',
    url: 'https://www.diplomatie.belgium.be',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  // Publisher home page: the reference cites "Sotra, 26 Apr 2024" for Annex 46 without a URL (sotra-2024
  // is Sotra's article on the Walloon labour market test).
  'sotra-2024-04-26': src('sotra-2024-04-26', {
    title: 'Sotra (26 April 2024): since 5 April 2024 a single-permit holder may start work on an Annex 46 while registering with the municipality',
    url: 'https://www.sotra.be',
    kind: 'secondary',
    published: '2024-04-26',
    checked: '2026-11-30',
  }),
  // Health professions with a diploma from outside the EEA: equivalence by a Community, then the visa of
  // the FPS Public Health (art. 145 of the coordinated Law of 10 May 2015). The French URL is the one the
  // Belgian Order of Physicians (ordomedic.be) gives for this page.
  'health-visa-foreign-diploma': src('health-visa-foreign-diploma', {
    title: 'FPS Public Health (health.belgium.be): Een visum aanvragen voor een buitenlands diploma (visa to practise with a foreign diploma)',
    url: 'https://www.health.belgium.be/nl/e-services/visum-voor-een-buitenlands-diploma',
    article: 'Coordinated Law of 10 May 2015 on the health professions, art. 145',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
    localized: {
      fr: {
        title: 'SPF Santé publique : Visa pour un diplôme étranger',
        url: 'https://www.health.belgium.be/fr/e-services/visa-pour-un-diplome-etranger',
      },
      de: {
        title: 'FÖD Volksgesundheit: Visum für ein ausländisches Abschlusszeugnis',
        url: 'https://www.health.belgium.be/de/e-services/visum-fuer-ein-auslaendisches-abschlusszeugnis',
      },
    },
  }),
  'zorg-en-gezondheid-non-eea-diploma': src('zorg-en-gezondheid-non-eea-diploma', {
    title: 'Zorg en Gezondheid (Flemish agency): Een gezondheidszorgberoep uitoefenen met een diploma van buiten de EER (first NARIC-Vlaanderen, then the visa of the FPS Public Health)',
    url: 'https://www.zorg-en-gezondheid.be/een-gezondheidszorgberoep-uitoefenen-met-een-diploma-van-buiten-de-eer',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'vlaanderen-regulated-profession-diploma': src('vlaanderen-regulated-profession-diploma', {
    title: 'Vlaanderen.be: Een gereglementeerd beroep uitoefenen met een buitenlands diploma (outside the EEA: specific equivalence by NARIC-Vlaanderen)',
    url: 'https://www.vlaanderen.be/gelijkwaardigheidserkenning-van-een-buitenlands-diploma-of-getuigschrift-in-vlaanderen/een-gereglementeerd-beroep-uitoefenen-met-een-buitenlands-diploma',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'vlaanderen-teacher-foreign-diploma': src('vlaanderen-teacher-foreign-diploma', {
    title: 'Vlaanderen.be: Professionele erkenning van een buitenlands lerarendiploma in Vlaanderen (diploma or nationality from outside the EEA: equivalence by NARIC-Vlaanderen)',
    url: 'https://www.vlaanderen.be/professionele-erkenning-van-een-buitenlands-lerarendiploma-in-vlaanderen',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'fwb-equivalence-procedure': src('fwb-equivalence-procedure', {
    title: 'Fédération Wallonie-Bruxelles (equisup.cfwb.be): Équivalence, procédure (foreign higher-education diplomas)',
    url: 'https://equisup.cfwb.be/equivalence/procedure',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'fwb-teacher-recognition': src('fwb-teacher-recognition', {
    title: 'Fédération Wallonie-Bruxelles (equisup.cfwb.be): Reconnaissance professionnelle des enseignants, procédure (nationals of the EEA)',
    url: 'https://equisup.cfwb.be/reconnaissance-professionnelle/procedure',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
  'ostbelgienbildung-equivalence': src('ostbelgienbildung-equivalence', {
    title: 'Ostbelgien Bildung (Ministry of the German-speaking Community): Gleichstellung von Studiennachweisen',
    url: 'https://ostbelgienbildung.be/desktopdefault.aspx/tabid-2311/',
    kind: 'official-page',
    published: null,
    checked: '2026-11-30',
  }),
} satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

export function isSourceId(id: string): id is SourceId {
  return Object.prototype.hasOwnProperty.call(sources, id);
}
