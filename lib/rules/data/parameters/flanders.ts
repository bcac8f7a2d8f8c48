/**
 * Flemish Region. Reference: belgian-rules.md §1.1 (salaries), §3 (fees), §4 (processing), §5.1 and
 * §5.4 (shortage list and labour market test).
 *
 * Salary thresholds are a percentage of the Belgian average gross annual salary (Statbel), indexed
 * yearly: highly skilled 100%, under-30 / nurses / teachers 80%, executive 160%, EU Blue Card 130%
 * (since 1 May 2024; 120% before). 2026: the 2025 amounts stay in force until Statbel publishes the
 * new wage figure (KPMG 2026-018); the indexed 2026 amounts were NOT FOUND, so the 2025 values are
 * open-ended with indexedFor 2025 and are reported as carried forward in 2026.
 */
import type { Parameter } from '../../types';
import { COVERAGE_START, defineParameter, type ValueInput } from './define';

const HIGHLY_SKILLED_URL =
  'https://www.vlaanderen.be/en/work-permits-for-foreign-workers/work-permits-categories-and-procedures/work-permits-highly-skilled-workers';
const EXECUTIVE_URL =
  'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-leidinggevende';
const MEDIUM_SKILLED_URL =
  'https://www.vlaanderen.be/werken/een-buitenlander-in-vlaanderen-tewerkstellen/categorieen/middengeschoolde-functie/lijst-middengeschoolde-functies';
const VLAANDEREN_URL = 'https://www.vlaanderen.be';

const CARRIED_2026 =
  'The indexed 2026 amount was not found: per KPMG 2026-018 (26 Jan 2026) the 2025 amounts stay in force until Statbel publishes the new average wage, after which Flanders is expected to update within a month. Carried forward in 2026: confirm on vlaanderen.be.';
const UNDATED = 'Undated official page; dated from the start of the period the tool covers.';

// 100% of the average gross annual salary.
const highlySkilled: ValueInput[] = [
  {
    from: '2024-01-01',
    to: '2024-12-31',
    value: 46_632,
    confidence: 'official',
    sources: ['vlaanderen-highly-skilled', 'kpmg-2024-223', 'kpmg-2023-200'],
    indexedFor: 2024,
    note: 'vlaanderen.be shows the 100% rule and the 2023–2024 amounts.',
  },
  {
    from: '2025-01-01',
    value: 48_912,
    confidence: 'official',
    sources: ['vlaanderen-wages', 'kpmg-2024-223', 'kpmg-2026-018'],
    indexedFor: 2025,
    note: `vlaanderen.be wages page: "For 2025, this means € 48.912 : 13.92 = € 3.513,79/month." ${CARRIED_2026}`,
  },
];

// 160% of the average gross annual salary.
const executive: ValueInput[] = [
  {
    from: '2024-01-01',
    to: '2024-12-31',
    value: 74_611,
    confidence: 'secondary',
    sources: ['kpmg-2024-223', 'pravolex-2025', 'vlaanderen-executive', 'kpmg-2023-200', 'groups-2024-amounts', 'liantis-2024-01-09'],
    indexedFor: 2024,
    note: '160% rule: vlaanderen.be (which shows 2023 = €73,574); amount: KPMG 2024-223, Pravolex.',
  },
  {
    from: '2025-01-01',
    value: 78_259,
    confidence: 'secondary',
    sources: ['kpmg-2024-223', 'pravolex-2025', 'vlaanderen-executive', 'kpmg-2026-018'],
    indexedFor: 2025,
    note: `160% rule: vlaanderen.be. ${CARRIED_2026}`,
  },
];

export const flandersParameters: Parameter[] = [
  // ---------------------------------------------------------------- highly skilled
  defineParameter({
    id: 'flanders.highly-skilled.salary',
    authority: 'flanders',
    unit: 'EUR/year',
    description: 'Highly skilled worker: minimum gross annual salary (100% of the Belgian average gross annual salary).',
    officialUrl: HIGHLY_SKILLED_URL,
    values: highlySkilled,
  }),
  defineParameter({
    id: 'flanders.highly-skilled.salary-reduced',
    authority: 'flanders',
    unit: 'EUR/year',
    description:
      'Highly skilled worker under 30, nurse or teacher, on a local Belgian contract (not seconded): reduced minimum gross annual salary (80%).',
    officialUrl: HIGHLY_SKILLED_URL,
    values: [
      {
        from: '2024-01-01',
        to: '2024-12-31',
        value: 37_305.6,
        confidence: 'secondary',
        sources: ['kpmg-2024-223', 'agii-2024', 'kpmg-2023-200', 'acerta-2023-12-28'],
        indexedFor: 2024,
        note: 'Teachers were added on 1 May 2024 (Acerta, 27 Mar 2024).',
      },
      {
        from: '2025-01-01',
        value: 39_129.6,
        confidence: 'secondary',
        sources: ['kpmg-2024-223', 'vanhavermaet-2025-thresholds', 'kpmg-2026-018'],
        indexedFor: 2025,
        note: `Not for secondees; the contract needs a clause raising pay at 30, otherwise the permit ends the day before the 30th birthday (agii.be, 2024). ${CARRIED_2026}`,
      },
    ],
  }),
  defineParameter({
    id: 'flanders.highly-skilled.reduced-under-age',
    authority: 'flanders',
    unit: 'years',
    description: 'The reduced highly-skilled salary applies to workers younger than this age (and to nurses and teachers).',
    officialUrl: HIGHLY_SKILLED_URL,
    values: [
      {
        from: '2024-01-01',
        to: '2024-12-31',
        value: 30,
        confidence: 'official',
        sources: ['vlaanderen-highly-skilled', 'agii-2024', 'kpmg-2024-223'],
        note: 'vlaanderen.be highly-skilled page (undated; the stored copy gives the 2023 and 2024 amounts): the 80% wage applies to "highly skilled -30 years or highly skilled nurse". Official for 2024, the year that copy states.',
      },
      { from: '2025-01-01', value: 30, confidence: 'secondary', sources: ['kpmg-2024-223', 'agii-2024'] },
    ],
  }),
  defineParameter({
    id: 'flanders.highly-skilled.monthly-divisor',
    authority: 'flanders',
    unit: 'count',
    description: 'Official divisor for a local contract when a 13th month is paid on top of double holiday pay: annual ÷ 13.92 = monthly (so a monthly salary × 13.92 = annual). Without a 13th month no conversion rule is published.',
    officialUrl: HIGHLY_SKILLED_URL,
    values: [{ from: COVERAGE_START, value: 13.92, confidence: 'official', sources: ['vlaanderen-wages', 'vlaanderen-highly-skilled'], note: UNDATED }],
  }),
  defineParameter({
    id: 'flanders.highly-skilled.months-posted',
    authority: 'flanders',
    unit: 'count',
    description: 'A secondment on a foreign contract: the annual salary is 12 × the monthly salary.',
    officialUrl: 'https://www.vreemdelingenrecht.be/werk/veelgestelde-vragen-werk/hoe-bereken-je-het-loon-van-een-arbeidsmigrant',
    values: [{ from: COVERAGE_START, value: 12, confidence: 'secondary', sources: ['vreemdelingenrecht-wage'], note: 'Undated secondary page; dated from the start of the period the tool covers.' }],
  }),
  defineParameter({
    id: 'flanders.highly-skilled.min-eqf',
    authority: 'flanders',
    unit: 'eqf',
    description: 'Highly skilled worker: diploma of at least VKS/EQF level 5.',
    officialUrl: HIGHLY_SKILLED_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2024-12-31',
        value: 5,
        confidence: 'official',
        sources: ['vlaanderen-highly-skilled', 'kpmg-2024-223'],
        note: 'vlaanderen.be highly-skilled page (undated; the stored copy gives the 2023 and 2024 amounts): a higher-education diploma "at least at a Bachelor\'s or Master\'s level" that "lasted for at least three years or leads to education qualification level 5". Official for 2024, the year that copy states.',
      },
      {
        from: '2025-01-01',
        value: 5,
        confidence: 'secondary',
        sources: ['kpmg-2024-223', 'kpmg-2026-026', 'vandelanotte-2026-02-26', 'oria-law-2026'],
        note: 'Confirmed by KPMG, Oria Law (2026) and Vandelanotte.',
      },
    ],
  }),
  defineParameter({
    id: 'flanders.highly-skilled.position-requirement',
    authority: 'flanders',
    unit: 'boolean',
    description: 'From 2026 the job itself must be a highly qualified position (not only the worker).',
    officialUrl: HIGHLY_SKILLED_URL,
    values: [
      {
        from: '2024-01-01',
        to: '2025-12-31',
        value: false,
        confidence: 'secondary',
        sources: ['kpmg-2026-026', 'vandelanotte-2026-02-26'],
      },
      {
        from: '2026-01-01',
        value: true,
        confidence: 'secondary',
        sources: ['kpmg-2026-026', 'vandelanotte-2026-02-26', 'oria-law-2026'],
      },
    ],
  }),

  // ---------------------------------------------------------------- EU Blue Card
  defineParameter({
    id: 'flanders.eu-blue-card.salary',
    authority: 'flanders',
    unit: 'EUR/year',
    description: 'EU Blue Card: minimum gross annual salary (130% of the average since 1 May 2024; 120% before).',
    officialUrl: HIGHLY_SKILLED_URL,
    values: [
      {
        from: '2024-01-01',
        to: '2024-04-30',
        value: 55_958,
        confidence: 'secondary',
        sources: ['pravolex-2025', 'kpmg-2023-200', 'groups-2024-amounts', 'agii-2024', 'bofidi-2024'],
        indexedFor: 2024,
        note: '120% of the average, before the change of 1 May 2024.',
      },
      {
        from: '2024-05-01',
        to: '2024-12-31',
        value: 60_622,
        confidence: 'conflicting',
        sources: ['bofidi-2024', 'kpmg-2024-184'],
        alternative: 60_621.6,
        alternativeSources: ['pravolex-2025', 'belga-2024-blue-card'],
        indexedFor: 2024,
        note: 'Bofidi: "stijgt van 55.958 EUR naar 60.622 EUR"; 130% × €46,632 = €60,621.60: the band of €0.40 is unknown.',
      },
      {
        from: '2025-01-01',
        value: 63_586,
        confidence: 'secondary',
        sources: ['vanhavermaet-2025-thresholds', 'pravolex-2025', 'belga-2024-blue-card', 'kpmg-2024-223', 'kpmg-2026-018'],
        indexedFor: 2025,
        note: `Van Havermaet: "130%, zijnde € 63.586" (130% × €48,912 = €63,585.60). No reduced Flemish Blue Card threshold was found. ${CARRIED_2026}`,
      },
    ],
  }),

  // ---------------------------------------------------------------- executive
  defineParameter({
    id: 'flanders.executive.salary',
    authority: 'flanders',
    unit: 'EUR/year',
    description: 'Executive (leidinggevende): minimum gross annual salary (160% of the average).',
    officialUrl: EXECUTIVE_URL,
    values: executive,
  }),

  // ---------------------------------------------------------------- intra-corporate transfer
  defineParameter({
    id: 'flanders.intra-corporate-transfer.salary-manager',
    authority: 'flanders',
    unit: 'EUR/year',
    description: 'ICT manager: minimum gross annual salary (= the executive amount).',
    officialUrl: VLAANDEREN_URL,
    values: executive,
  }),
  defineParameter({
    id: 'flanders.intra-corporate-transfer.salary-specialist',
    authority: 'flanders',
    unit: 'EUR/year',
    description: 'ICT specialist: minimum gross annual salary (= the highly-skilled amount).',
    officialUrl: VLAANDEREN_URL,
    values: highlySkilled.map((v) => ({ ...v, sources: [...v.sources, 'pravolex-2025'] })),
  }),
  defineParameter({
    id: 'flanders.intra-corporate-transfer.salary-trainee',
    authority: 'flanders',
    unit: 'EUR/year',
    description: 'ICT trainee: minimum gross annual salary (= the highly-skilled amount).',
    officialUrl: VLAANDEREN_URL,
    values: highlySkilled.map((v) => ({ ...v, sources: [...v.sources, 'pravolex-2025'] })),
  }),
  defineParameter({
    id: 'flanders.intra-corporate-transfer.min-eqf-manager-specialist',
    authority: 'flanders',
    unit: 'eqf',
    description: 'ICT manager or specialist: diploma of at least VKS level 5.',
    officialUrl: VLAANDEREN_URL,
    values: [{ from: COVERAGE_START, value: 5, confidence: 'official', sources: ['vlaanderen-ict'], note: UNDATED }],
  }),
  defineParameter({
    id: 'flanders.intra-corporate-transfer.min-eqf-trainee',
    authority: 'flanders',
    unit: 'eqf',
    description: 'ICT trainee: diploma of at least VKS level 6.',
    officialUrl: VLAANDEREN_URL,
    values: [{ from: COVERAGE_START, value: 6, confidence: 'official', sources: ['vlaanderen-ict'], note: UNDATED }],
  }),
  defineParameter({
    id: 'flanders.intra-corporate-transfer.min-prior-group-months',
    authority: 'flanders',
    unit: 'months',
    description: 'ICT: at least this many months of uninterrupted prior employment within the group (the directive allows 3–12).',
    officialUrl: VLAANDEREN_URL,
    values: [{ from: COVERAGE_START, value: 3, confidence: 'official', sources: ['vlaanderen-ict', 'directive-2014-66'], note: UNDATED }],
  }),

  // ---------------------------------------------------------------- medium-skilled shortage occupation (migration list)
  defineParameter({
    id: 'flanders.shortage-occupation.min-fte',
    authority: 'flanders',
    unit: 'fte',
    description: 'Medium-skilled shortage occupation: minimum working time as a fraction of full time.',
    officialUrl: MEDIUM_SKILLED_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 0.8,
        confidence: 'secondary',
        sources: ['emn-belgium-2026', 'propay-2025'],
        note: 'In the EMN Belgium 2026 table and in Acerta (27 Mar 2024); not on an official page consulted. Dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'flanders.shortage-occupation.min-eqf',
    authority: 'flanders',
    unit: 'eqf',
    description: 'Medium-skilled shortage occupation: the position requires at least VKS level 3.',
    officialUrl: MEDIUM_SKILLED_URL,
    values: [{ from: COVERAGE_START, value: 3, confidence: 'official', sources: ['vlaanderen-medium-skilled-list', 'vlaanderen-shortage-occupation'], note: UNDATED }],
  }),
  defineParameter({
    id: 'flanders.shortage-occupation.max-eqf',
    authority: 'flanders',
    unit: 'eqf',
    description: 'Medium-skilled shortage occupation: the position requires at most VKS level 4.',
    officialUrl: MEDIUM_SKILLED_URL,
    values: [{ from: COVERAGE_START, value: 4, confidence: 'official', sources: ['vlaanderen-medium-skilled-list', 'vlaanderen-shortage-occupation'], note: UNDATED }],
  }),
  defineParameter({
    id: 'flanders.shortage-occupation.list-size',
    authority: 'flanders',
    unit: 'count',
    description: 'Number of functions on the ministerial migration list of medium-skilled functions.',
    officialUrl: MEDIUM_SKILLED_URL,
    values: [
      {
        from: '2023-09-01',
        to: '2025-12-31',
        value: 29,
        confidence: 'official',
        sources: ['vlaanderen-medium-skilled-list', 'vlex-2023-migration-list'],
        note: 'vlaanderen.be (stored copy of the list page): "Ministerieel Besluit geldig sinds 1 september 2023" … "bevat 29 functies". The end date is the start of the 2026 list.',
      },
      {
        from: '2026-01-01',
        value: 21,
        confidence: 'secondary',
        sources: ['voka-2025-migration-list', 'vandelanotte-2026-02-26', 'altea-2026-flanders'],
        note: '10 removed, 7 added (Vandelanotte); 14 removed, 6 added (Altea). VisaHQ [low] says "34 → 26", which conflicts. The full list of 21 titles was not found.',
      },
    ],
  }),

  // ---------------------------------------------------------------- labour market test ("overige")
  defineParameter({
    id: 'flanders.labour-market-test.min-weeks',
    authority: 'flanders',
    unit: 'weeks',
    description: 'Labour market test: the vacancy must be published with VDAB and on EURES for at least this many continuous weeks.',
    officialUrl: VLAANDEREN_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2024-04-30',
        value: 6,
        confidence: 'official',
        sources: ['vlaanderen-other'],
        note: 'Older vlaanderen.be "overige" page: "minstens 6 weken voor uw aanvraag gepubliceerd op de VDAB-website"; the vacancy must still be online when applying.',
      },
      {
        from: '2024-05-01',
        value: 9,
        confidence: 'secondary',
        sources: ['vandelanotte-2024-06-27', 'propay-2025', 'fragomen-2025-12-17'],
        note: '"at least nine weeks on VDAB and EURES during a period of 4 months immediately preceding the application" (Vandelanotte, 27 Jun 2024).',
      },
    ],
  }),
  defineParameter({
    id: 'flanders.labour-market-test.window-months',
    authority: 'flanders',
    unit: 'months',
    description: 'Labour market test: the publication weeks must fall within this many months before the application.',
    officialUrl: VLAANDEREN_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2024-04-30',
        value: null,
        confidence: 'official',
        sources: ['vlaanderen-other'],
        note: 'Before 1 May 2024 no window: the publication had to last at least 6 weeks and still be online when applying.',
      },
      {
        from: '2024-05-01',
        value: 4,
        confidence: 'secondary',
        sources: ['vandelanotte-2024-06-27', 'propay-2025'],
      },
    ],
  }),
  defineParameter({
    id: 'flanders.labour-market-test.min-eqf',
    authority: 'flanders',
    unit: 'eqf',
    description: 'Labour market test: the lowest VKS/EQF level the position may require (from 1 May 2024; low-skilled positions excluded). null = no such rule.',
    officialUrl: VLAANDEREN_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2024-04-30',
        value: null,
        confidence: 'secondary',
        sources: ['vandelanotte-2024-06-27'],
        note: 'No qualification level was required before the reform of 1 May 2024.',
      },
      {
        from: '2024-05-01',
        to: '2025-12-31',
        value: 2,
        confidence: 'secondary',
        sources: ['vandelanotte-2024-06-27'],
        note: 'VKS 2–4 since 1 May 2024 (Vandelanotte, 27 Jun 2024).',
      },
      {
        from: '2026-01-01',
        value: 3,
        confidence: 'conflicting',
        sources: ['emn-belgium-2026', 'propay-2025', 'fragomen-2025-12-17', 'vandelanotte-2026-02-26'],
        alternative: 2,
        alternativeSources: ['vandelanotte-2024-06-27'],
        note: 'The EMN 2026 report says level 3 or 4 from 2026; Vandelanotte (2024) says VKS 2–4 since 1 May 2024. Level 2 is therefore unknown.',
      },
    ],
  }),
  defineParameter({
    id: 'flanders.labour-market-test.max-eqf',
    authority: 'flanders',
    unit: 'eqf',
    description: 'Labour market test: the highest VKS/EQF level the position may require (from 1 May 2024). null = no such rule.',
    officialUrl: VLAANDEREN_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2024-04-30',
        value: null,
        confidence: 'secondary',
        sources: ['vandelanotte-2024-06-27'],
        note: 'No qualification level was required before the reform of 1 May 2024.',
      },
      {
        from: '2024-05-01',
        value: 4,
        confidence: 'secondary',
        sources: ['vandelanotte-2024-06-27', 'emn-belgium-2026', 'fragomen-2025-12-17'],
        note: 'VKS 2–4 (Vandelanotte, from 1 May 2024); VKS 3–4 (EMN 2026): both end at level 4.',
      },
    ],
  }),
  defineParameter({
    id: 'flanders.labour-market-test.min-fte',
    authority: 'flanders',
    unit: 'fte',
    description: 'Labour market test: minimum working time as a fraction of full time.',
    officialUrl: VLAANDEREN_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 0.8,
        confidence: 'secondary',
        sources: ['emn-belgium-2026', 'propay-2025'],
        note: 'In the EMN Belgium 2026 table and in Acerta (27 Mar 2024); not on an official page consulted. Dated from the start of the period the tool covers.',
      },
    ],
  }),

  // ---------------------------------------------------------------- processing
  defineParameter({
    id: 'flanders.processing.fast-lane-days',
    authority: 'flanders',
    unit: 'days',
    description: 'Highly skilled "fast lane": calendar days for the Flemish work part (the whole chain with consulate and residence takes about 3 months). null = no fast lane.',
    officialUrl: HIGHLY_SKILLED_URL,
    values: [
      {
        from: '2024-01-01',
        to: '2025-04-30',
        value: null,
        confidence: 'secondary',
        sources: ['fragomen-2025-05-13'],
        note: 'No fast lane before 1 May 2025.',
      },
      { from: '2025-05-01', value: 15, confidence: 'secondary', sources: ['fragomen-2025-05-13'] },
    ],
  }),
  defineParameter({
    id: 'flanders.processing.other-days',
    authority: 'flanders',
    unit: 'days',
    description: 'Maximum calendar days for the other Flemish work authorisations. null = no target.',
    officialUrl: VLAANDEREN_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2025-12-31',
        value: null,
        confidence: 'secondary',
        sources: ['fragomen-2025-05-13', 'vlaanderen-processing-times'],
        note: 'No maximum before 2026; vlaanderen.be (June 2024) gave only indications (+1 month before examination; +2 weeks for shortage occupations).',
      },
      {
        from: '2026-01-01',
        value: 45,
        confidence: 'secondary',
        sources: ['fragomen-2025-05-13'],
        note: 'Planned maximum announced in May 2025 (EMN: 30–45 days). Actual 2026 practice was not found.',
      },
    ],
  }),

  // ---------------------------------------------------------------- fees
  defineParameter({
    id: 'flanders.fee.retribution',
    authority: 'flanders',
    unit: 'EUR',
    description:
      'Flemish regional retribution for first and renewal single-permit applications (not work permits), paid by the employer in the Working in Belgium portal when filing. null = no such fee.',
    officialUrl: VLAANDEREN_URL,
    values: [
      {
        from: '2024-01-01',
        to: '2025-12-31',
        value: null,
        confidence: 'secondary',
        sources: ['expat-centre-limburg-2026-fee', 'fragomen-2025-12-17'],
        note: 'No Flemish retribution before 2026 (every announcement places it in 2026).',
      },
      {
        from: '2026-01-01',
        to: '2026-08-31',
        value: null,
        confidence: 'conflicting',
        sources: ['expat-centre-limburg-2026-fee', 'fragomen-2025-12-17'],
        note: 'The latest source (Expat Centre Limburg, 2026) says applications from 1 Sep 2026; earlier announcements said 1 Jan 2026 (concept note, Vialto May 2025) or Q1/Q2 2026 (Fragomen 17 Dec 2025; VisaHQ 5 Feb 2026 [low]).',
      },
      {
        from: '2026-09-01',
        value: 180,
        confidence: 'conflicting',
        sources: ['expat-centre-limburg-2026-fee', 'fragomen-2025-12-17'],
        alternative: 250,
        alternativeSources: ['visahq-2026-02-05-flemish-fee'],
        note: 'Amount and date changed across sources: €200 indexed from 1 Jan 2026 (concept note, Vialto May 2025); "Q1/Q2 2026" (Fragomen 17 Dec 2025); €250 from Q2 2026 (VisaHQ 5 Feb 2026 [low]); €180 from 1 Sep 2026 (Expat Centre Limburg, 2026, the latest). Indexation and whether renewals and changes of employer pay: not confirmed.',
      },
    ],
  }),
  defineParameter({
    id: 'flanders.eu-blue-card.min-contract-months',
    authority: 'flanders',
    unit: 'months',
    description: 'EU Blue Card: minimum length of the work contract (open-ended or at least one year before 1 May 2024; 6 months since).',
    officialUrl: VLAANDEREN_URL,
    values: [
      { from: COVERAGE_START, to: '2024-04-30', value: 12, confidence: 'secondary', sources: ['agii-2024'], note: '"onbepaalde duur of minstens één jaar" (agii 2024).' },
      { from: '2024-05-01', value: 6, confidence: 'secondary', sources: ['directive-2021-1883', 'bofidi-2024'] },
    ],
  }),
  defineParameter({
    id: 'flanders.eu-blue-card.ict-experience-alternative',
    authority: 'flanders',
    unit: 'boolean',
    description: 'EU Blue Card: ICT managers and specialists may replace the diploma by 3 years of experience (from the reform of 1 May 2024).',
    officialUrl: VLAANDEREN_URL,
    values: [
      { from: COVERAGE_START, to: '2024-04-30', value: false, confidence: 'secondary', sources: ['agii-2024'] },
      { from: '2024-05-01', value: true, confidence: 'secondary', sources: ['directive-2021-1883', 'bofidi-2024'] },
    ],
  }),
  defineParameter({
    id: 'flanders.labour-market-test.eures-required',
    authority: 'flanders',
    unit: 'boolean',
    description: 'Labour market test: the vacancy must also be published on EURES (from 1 May 2024; before, on the VDAB website only).',
    officialUrl: VLAANDEREN_URL,
    values: [
      { from: COVERAGE_START, to: '2024-04-30', value: false, confidence: 'official', sources: ['vlaanderen-other'], note: 'Older "overige" page: published on the VDAB website for at least 6 weeks, still online when applying.' },
      { from: '2024-05-01', value: true, confidence: 'secondary', sources: ['vandelanotte-2024-06-27', 'propay-2025'] },
    ],
  }),

  // ---------------------------------------------------------------- read by the worker guidance (lib/guide/statements)
  defineParameter({
    id: 'flanders.permit.max-validity-years',
    authority: 'flanders',
    unit: 'years',
    description: 'Executives, highly skilled workers and intra-corporate transferees can get a permit for up to this many years at once.',
    officialUrl: VLAANDEREN_URL,
    values: [{ from: COVERAGE_START, value: 3, confidence: 'official', sources: ['vlaanderen-permit-validity'], note: UNDATED }],
  }),
  defineParameter({
    id: 'flanders.processing.fast-lane-chain-months',
    authority: 'flanders',
    unit: 'months',
    description: 'Highly skilled "fast lane": about how many months the whole chain takes, with the visa and residence. null = no fast lane.',
    officialUrl: HIGHLY_SKILLED_URL,
    values: [
      {
        from: '2024-01-01',
        to: '2025-04-30',
        value: null,
        confidence: 'secondary',
        sources: ['fragomen-2025-05-13'],
        note: 'No fast lane before 1 May 2025.',
      },
      { from: '2025-05-01', value: 3, confidence: 'secondary', sources: ['fragomen-2025-05-13'], note: 'An estimate ("about 3 months"), not a legal period.' },
    ],
  }),
  defineParameter({
    id: 'flanders.filing.earliest-months',
    authority: 'flanders',
    unit: 'months',
    description: 'A first application or a renewal can be filed up to this many months before the start date or the expiry of the permit.',
    officialUrl: VLAANDEREN_URL,
    values: [
      { from: COVERAGE_START, value: 6, confidence: 'official', sources: ['vlaanderen-filing-timing', 'vreemdelingenrecht-filing-timing'], note: UNDATED },
    ],
  }),
  defineParameter({
    id: 'flanders.filing.renewal-latest-months',
    authority: 'flanders',
    unit: 'months',
    description: 'A renewal must be filed at least this many months before the permit expires.',
    officialUrl: VLAANDEREN_URL,
    values: [
      { from: COVERAGE_START, value: 2, confidence: 'official', sources: ['vlaanderen-filing-timing', 'vreemdelingenrecht-filing-timing'], note: UNDATED },
    ],
  }),
  defineParameter({
    id: 'flanders.documents.criminal-record-max-months',
    authority: 'flanders',
    unit: 'months',
    description: 'The criminal-record extract is less than this many months old when the permit is approved.',
    officialUrl: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-aanvraagformulieren',
    values: [{ from: COVERAGE_START, value: 6, confidence: 'official', sources: ['vlaanderen-forms'], note: UNDATED }],
  }),
  defineParameter({
    id: 'flanders.documents.medical-max-months',
    authority: 'flanders',
    unit: 'months',
    description: 'The medical certificate is less than this many months old.',
    officialUrl: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-aanvraagformulieren',
    values: [{ from: COVERAGE_START, value: 6, confidence: 'official', sources: ['vlaanderen-forms'], note: UNDATED }],
  }),
];
