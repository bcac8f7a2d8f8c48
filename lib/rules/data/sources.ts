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
  // ------------------------------------------------------------------ secondary: Big-4 / law firms
  'kpmg-2024-223': src('kpmg-2024-223', {
    title: 'KPMG GMS Flash Alert 2024-223: Belgium, 2025 salary thresholds for work authorisations',
    url: 'https://kpmg.com/xx/en/our-insights/gms-flash-alert/flash-alert-2024-223.html',
    kind: 'secondary',
    published: '2024-11-13',
  }),
  'kpmg-2026-018': src('kpmg-2026-018', {
    title: 'KPMG GMS Flash Alert 2026-018: Belgium, 2025 salary thresholds stay in force until the 2026 indexation',
    url: 'https://kpmg.com/xx/en/our-insights/gms-flash-alert/2026/flash-alert-2026-018.html',
    kind: 'secondary',
    published: '2026-01-26',
  }),
  // The reference gives no URL for this alert: the GMS Flash Alert index of the same site is used.
  'kpmg-2026-026': src('kpmg-2026-026', {
    title: 'KPMG GMS Flash Alert 2026-026 (February 2026): Flanders, new requirements for highly skilled workers from 2026',
    url: 'https://kpmg.com/xx/en/our-insights/gms-flash-alert/',
    kind: 'secondary',
    published: null,
  }),
  'pravolex-2025': src('pravolex-2025', {
    title: 'Pravolex (2025): Nouvelles conditions salariales pour les expatriés en Belgique en 2025',
    url: 'https://pravolex.be/post/nouvelles-conditions-salariales-pour-les-expatriés-en-belgique-en-2025-principales-mises-à-jour-po',
    kind: 'secondary',
    published: null,
  }),
  'belga-2024-blue-card': src('belga-2024-blue-card', {
    title: 'Belga News Agency (March 2024): Flemish government tightens controls on labour migration (Blue Card at 130%)',
    url: 'https://belganewsagency.eu/flemish-government-tightens-controls-on-labour-migration',
    kind: 'secondary',
    published: null,
  }),
  'reliance-littler-2024': src('reliance-littler-2024', {
    title: 'Reliance Littler: reform of economic migration in the Brussels-Capital Region from 1 October 2024',
    // The reference truncates this URL after ".../id/105/"; that is the most specific part it gives.
    url: 'https://reliance-littler.com/fr/blog/detail/id/105/',
    kind: 'secondary',
    published: '2024-09-20',
  }),
  'brussels-times-2026-02-26': src('brussels-times-2026-02-26', {
    title: 'The Brussels Times: 2026 salary thresholds for foreign workers (citing KPMG)',
    // The reference truncates this URL after the article number.
    url: 'https://www.brusselstimes.com/belgium/1929259/',
    kind: 'secondary',
    published: '2026-02-26',
  }),
  // Publisher home page: the reference names Securex but gives no URL.
  'securex-2024': src('securex-2024', {
    title: 'Securex (September 2024): Wallonia, new rules for the single permit (general category, Forem attestation)',
    url: 'https://www.securex.be',
    kind: 'secondary',
    published: null,
  }),
  // Publisher home page: the reference names Sotra but gives no URL.
  'sotra-2024': src('sotra-2024', {
    title: 'Sotra (2024): Wallonia, labour market test with a vacancy published for 4 weeks',
    url: 'https://www.sotra.be',
    kind: 'secondary',
    published: null,
  }),
  // Publisher home page: the reference names ProPay but gives no URL.
  'propay-2025': src('propay-2025', {
    title: 'ProPay (2025): Flanders economic migration 2026 (medium-skilled 0.8 FTE, labour market test)',
    url: 'https://www.propay.be',
    kind: 'secondary',
    published: null,
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
  // The reference gives no URL for this article: the site's home page is used.
  'vandelanotte-2024-06-27': src('vandelanotte-2024-06-27', {
    title: 'Vandelanotte: Flanders, labour market test for the "other" category (VDAB and EURES, 9 weeks)',
    url: 'https://www.vandelanotte.be',
    kind: 'secondary',
    published: '2024-06-27',
  }),
  'vandelanotte-2026-02-26': src('vandelanotte-2026-02-26', {
    title: 'Vandelanotte: Economic migration in 2026, overview of new rules in Flanders',
    url: 'https://www.vandelanotte.be/en/news/economic-migration-in-2026-overview-of-new-rules-in-flanders',
    kind: 'secondary',
    published: '2026-02-26',
  }),
  // Publisher home page: the reference names Focus-WTV but gives no URL.
  'focus-wtv-2026-vdab': src('focus-wtv-2026-vdab', {
    title: 'Focus-WTV: VDAB knelpuntberoepenlijst 2026 (227 occupations)',
    url: 'https://www.focus-wtv.be',
    kind: 'secondary',
    published: '2026-02-01',
  }),
  // Publisher home page: the reference names Voka / made-in.be but gives no URL.
  'voka-2025-migration-list': src('voka-2025-migration-list', {
    title: 'Voka / made-in.be (2025): Flemish migration list of medium-skilled functions from 2026 (21 functions)',
    url: 'https://made-in.be',
    kind: 'secondary',
    published: null,
  }),
  'vlex-2023-migration-list': src('vlex-2023-migration-list', {
    title: 'vLex summary of the Flemish Ministerial Decree of 1 September 2023 (migration list, 29 functions)',
    url: 'https://vlex.be',
    kind: 'secondary',
    published: null,
  }),
  'agii-2024': src('agii-2024', {
    title: 'Agentschap Integratie en Inburgering (agii.be, 2024): highly qualified workers (diploma: graduaat, bachelor or master)',
    url: 'https://agii.be',
    kind: 'secondary',
    published: null,
  }),
  'vanhavermaet-2025-fee': src('vanhavermaet-2025-fee', {
    title: 'Van Havermaet: administrative fee for residence applications from 1 January 2025 (€148)',
    url: 'https://international.vanhavermaet.be/articles',
    kind: 'secondary',
    published: '2025-01-09',
  }),
  'droitsquotidiens-2024-fee': src('droitsquotidiens-2024-fee', {
    title: 'Droits Quotidiens (2024): redevance pour les demandes de séjour (€144 in 2024)',
    url: 'https://droitsquotidiens.be',
    kind: 'secondary',
    published: null,
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
  }),
  'expat-centre-limburg-2023-researchers': src('expat-centre-limburg-2023-researchers', {
    title: 'Expat Centre Limburg (2023): researchers need a single permit from 1 March 2023 (60-day decision)',
    url: 'https://expatcentrelimburg.com',
    kind: 'secondary',
    published: null,
  }),
  // Low: aggregator / visa blogs (the reference tags them [LOW]).
  'visasupdate-2025-brussels-list': src('visasupdate-2025-brussels-list', {
    title: 'visasupdate.com: Brussels shortage list for single permits from 1 July 2025 (81 professions)',
    url: 'https://visasupdate.com',
    kind: 'secondary',
    published: '2025-07-29',
  }),
  'theimmigrationworld-wallonia-list': src('theimmigrationworld-wallonia-list', {
    title: 'theimmigrationworld.com: Wallonia shortage list 1 October 2025 – 30 September 2026',
    url: 'https://theimmigrationworld.com',
    kind: 'secondary',
    published: null,
  }),
  // Publisher home page: the reference names Mondaq / Fragomen (2024) but gives no URL.
  'mondaq-fragomen-2024-wallonia-list': src('mondaq-fragomen-2024-wallonia-list', {
    title: 'Mondaq / Fragomen (2024): Wallonia shortage list 1 October 2024 – 30 September 2025 (73 professions)',
    url: 'https://www.mondaq.com',
    kind: 'secondary',
    published: null,
  }),

  // ------------------------------------------------------------------ Flanders (official)
  'vlaanderen-highly-skilled': src('vlaanderen-highly-skilled', {
    title: 'Vlaanderen.be: Work permits for highly skilled workers',
    url: 'https://www.vlaanderen.be/en/work-permits-for-foreign-workers/work-permits-categories-and-procedures/work-permits-highly-skilled-workers',
    kind: 'official-page',
    published: null,
  }),
  'vlaanderen-executive': src('vlaanderen-executive', {
    title: 'Vlaanderen.be: Toelating tot arbeid, leidinggevenden',
    url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-leidinggevende',
    kind: 'official-page',
    published: null,
  }),
  'vlaanderen-ict': src('vlaanderen-ict', {
    title: 'Vlaanderen.be: Toelating tot arbeid, binnen een onderneming overgeplaatste werknemers (ICT) (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
  }),
  'vlaanderen-medium-skilled-list': src('vlaanderen-medium-skilled-list', {
    title: 'Vlaanderen.be: Lijst middengeschoolde functies (migratielijst)',
    url: 'https://www.vlaanderen.be/werken/een-buitenlander-in-vlaanderen-tewerkstellen/categorieen/middengeschoolde-functie/lijst-middengeschoolde-functies',
    kind: 'official-page',
    published: null,
  }),
  'vlaanderen-other': src('vlaanderen-other', {
    title: 'Vlaanderen.be: Toelating tot arbeid, overige (labour market test) (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
  }),
  'vlaanderen-wages': src('vlaanderen-wages', {
    title: 'Vlaanderen.be: wages taken into account for a work permit (page on www.vlaanderen.be)',
    url: 'https://www.vlaanderen.be',
    kind: 'official-page',
    published: null,
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
  }),

  // ------------------------------------------------------------------ Brussels (official)
  'brussels-minimum-remuneration': src('brussels-minimum-remuneration', {
    title: 'economy-employment.brussels: Single permit, minimum remuneration',
    url: 'https://economy-employment.brussels/single-permit-minimum-remuneration',
    kind: 'official-page',
    published: null,
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
  }),
  'ostbelgienlive-exemptions': src('ostbelgienlive-exemptions', {
    title: 'Ostbelgien Live: Befreiungen von der Arbeitserlaubnis',
    url: 'https://ostbelgienlive.be/desktopdefault.aspx/tabid-269/4602_read-55305/',
    kind: 'official-page',
    published: null,
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
  'directive-2024-1233': src('directive-2024-1233', {
    title: 'Directive (EU) 2024/1233 (single permit, recast): 90-day decision period and change of employer; transposition deadline 21 May 2026',
    url: 'https://eur-lex.europa.eu/eli/dir/2024/1233/oj',
    kind: 'eu-law',
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
      nl: {
        title: 'FOD Volksgezondheid: Een visum aanvragen voor een buitenlands diploma',
        url: 'https://www.health.belgium.be/nl/e-services/visum-voor-een-buitenlands-diploma',
      },
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
