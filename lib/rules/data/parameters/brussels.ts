/**
 * Brussels-Capital Region. Reference: belgian-rules.md §1.2, §4, §5.2, §5.4.
 *
 * Since the reform of 1 October 2024 Brussels sets monthly amounts of base pay (DmfA "code 1"; the
 * 13th month and double holiday pay do not count), as a percentage of the Brussels average gross
 * monthly salary. The official page (undated) shows "until 31/12/2024" and "from 01/01/2025"; for 2026
 * the 2025 amounts are kept according to secondary sources (KPMG 2026-018, Brussels Times 26 Feb 2026),
 * so 2026 has explicit values of its own (indexedFor 2026, secondary).
 */
import type { Parameter } from '../../types';
import { COVERAGE_START, defineParameter, type ValueInput } from './define';

const REMUNERATION_URL = 'https://economy-employment.brussels/single-permit-minimum-remuneration';
const KEPT_2026 =
  'Brussels kept its 2025 amounts for 2026 according to secondary sources (KPMG 2026-018; Brussels Times, 26 Feb 2026). Open question: did Brussels really not index its base for 2026?';

/** The amounts of one row of the Brussels table: none known before the reform of 1 Oct 2024, then Q4 2024, 2025 and 2026. */
function brusselsMonthly(amount2024: number, amount2025: number, note2025?: string): ValueInput[] {
  return [
    {
      from: '2024-01-01',
      to: '2024-09-30',
      value: null,
      confidence: 'official',
      sources: ['reliance-littler-2024', 'taxpatria-2024-brussels'],
      note: 'Before the reform of 1 October 2024 Brussels set annual amounts: see the parameter of the same name ending in -annual.',
    },
    {
      from: '2024-10-01',
      to: '2024-12-31',
      value: amount2024,
      confidence: 'official',
      sources: ['brussels-minimum-remuneration', 'brussels-news-2024-10'],
      indexedFor: 2024,
      note: 'Reform of 1 October 2024 (Ordinance of 1 Feb 2024, Decree of 16 May 2024): table column "until 31/12/2024".',
    },
    {
      from: '2025-01-01',
      to: '2025-12-31',
      value: amount2025,
      confidence: 'official',
      sources: ['brussels-minimum-remuneration'],
      indexedFor: 2025,
      ...(note2025 ? { note: note2025 } : {}),
    },
    {
      from: '2026-01-01',
      value: amount2025,
      confidence: 'secondary',
      sources: ['kpmg-2026-018', 'brussels-times-2026-02-26', 'brussels-minimum-remuneration'],
      indexedFor: 2026,
      note: KEPT_2026,
    },
  ];
}

/** Same rows with another confidence (for amounts the sources dispute). */
function withConfidence(values: ValueInput[], confidence: ValueInput['confidence'], note: string): ValueInput[] {
  return values.map((v) => (v.value === null ? v : { ...v, confidence, note: v.note ? `${note} ${v.note}` : note }));
}


/**
 * Before the reform of 1 October 2024 Brussels applied the federal Royal Decree of 9 June 1999 with
 * annual gross amounts (the 13th month and double holiday pay included), and had an executive
 * category. 2024 amounts: KPMG 2023-200, Groups, Taxpatria ("The previous annual threshold was …").
 */
function beforeReform(amount: number, sources: ValueInput['sources'] = ['kpmg-2023-200', 'groups-2024-amounts', 'taxpatria-2024-brussels']): ValueInput[] {
  return [
    { from: '2024-01-01', to: '2024-09-30', value: amount, confidence: 'secondary', sources, indexedFor: 2024 },
    {
      from: '2024-10-01',
      value: null,
      confidence: 'official',
      sources: ['reliance-littler-2024', 'brussels-minimum-remuneration'],
      note: 'Replaced by monthly amounts of base pay on 1 October 2024.',
    },
  ];
}

function annualParameter(id: string, description: string, amount: number, sources?: ValueInput['sources']): Parameter {
  return defineParameter({ id, authority: 'brussels', unit: 'EUR/year', description, officialUrl: REMUNERATION_URL, values: beforeReform(amount, sources) });
}

export const brusselsParameters: Parameter[] = [
  defineParameter({
    id: 'brussels.salary.monthly-base-pay',
    authority: 'brussels',
    unit: 'boolean',
    description: 'Brussels states its salary thresholds as monthly base pay (DmfA code 1; no 13th month or holiday pay) since the reform of 1 October 2024; before, as annual gross pay.',
    officialUrl: REMUNERATION_URL,
    values: [
      { from: '2024-01-01', to: '2024-09-30', value: false, confidence: 'secondary', sources: ['taxpatria-2024-brussels', 'propay-2024-11-07-brussels'] },
      { from: '2024-10-01', value: true, confidence: 'official', sources: ['brussels-minimum-remuneration', 'brussels-news-2024-10'] },
    ],
  }),
  annualParameter('brussels.highly-skilled.salary-annual', 'Highly qualified staff before 1 October 2024: minimum gross annual salary.', 50_310, ['kpmg-2023-200', 'groups-2024-amounts', 'agii-2024', 'liantis-2024-01-09', 'taxpatria-2024-brussels']),
  annualParameter('brussels.eu-blue-card.salary-annual', 'EU Blue Card before 1 October 2024: minimum gross annual salary.', 65_053),
  annualParameter('brussels.executive.salary', 'Executives (a category until 30 September 2024): minimum gross annual salary.', 83_936, ['kpmg-2023-200', 'groups-2024-amounts', 'liantis-2024-01-09']),
  annualParameter('brussels.intra-corporate-transfer.salary-manager-annual', 'ICT manager before 1 October 2024: minimum gross annual salary.', 65_053, ['kpmg-2023-200']),
  annualParameter('brussels.intra-corporate-transfer.salary-specialist-annual', 'ICT specialist before 1 October 2024: minimum gross annual salary.', 52_042, ['kpmg-2023-200']),
  annualParameter('brussels.intra-corporate-transfer.salary-trainee-annual', 'ICT trainee before 1 October 2024: minimum gross annual salary.', 32_526, ['kpmg-2023-200']),
  defineParameter({
    id: 'brussels.executive.route',
    authority: 'brussels',
    unit: 'boolean',
    description: 'Brussels has an executive admission category (removed on 1 October 2024: executives apply as highly qualified, or may be exempt).',
    officialUrl: REMUNERATION_URL,
    values: [
      { from: '2024-01-01', to: '2024-09-30', value: true, confidence: 'secondary', sources: ['kpmg-2023-200', 'reliance-littler-2024'] },
      { from: '2024-10-01', value: false, confidence: 'secondary', sources: ['reliance-littler-2024'] },
    ],
  }),
  defineParameter({
    id: 'brussels.eu-blue-card.min-contract-months',
    authority: 'brussels',
    unit: 'months',
    description: 'EU Blue Card: minimum length of the work contract or binding job offer (12 months before the reform of 1 October 2024, 6 since).',
    officialUrl: REMUNERATION_URL,
    values: [
      { from: '2024-01-01', to: '2024-09-30', value: 12, confidence: 'secondary', sources: ['taxpatria-2024-brussels'] },
      { from: '2024-10-01', value: 6, confidence: 'secondary', sources: ['taxpatria-2024-brussels', 'directive-2021-1883'] },
    ],
  }),
  defineParameter({
    id: 'brussels.eu-blue-card.ict-experience-alternative',
    authority: 'brussels',
    unit: 'boolean',
    description: 'EU Blue Card: ICT managers and specialists may replace the diploma by 3 years of experience (the recast directive, applied in Brussels from 1 October 2024).',
    officialUrl: REMUNERATION_URL,
    values: [
      { from: '2024-01-01', to: '2024-09-30', value: false, confidence: 'secondary', sources: ['taxpatria-2024-brussels'] },
      { from: '2024-10-01', value: true, confidence: 'secondary', sources: ['taxpatria-2024-brussels', 'directive-2021-1883'] },
    ],
  }),
  defineParameter({
    id: 'brussels.highly-skilled.salary',
    authority: 'brussels',
    unit: 'EUR/month',
    description: 'Highly qualified staff: minimum monthly base pay (78% of the Brussels average gross monthly salary).',
    officialUrl: REMUNERATION_URL,
    values: brusselsMonthly(3_591.12, 3_703.44),
  }),
  defineParameter({
    id: 'brussels.highly-skilled.min-eqf',
    authority: 'brussels',
    unit: 'eqf',
    description: 'Highly qualified staff: a higher-education diploma after a programme of at least three years (EQF 6); whether a graduaat (EQF 5) suffices is disputed.',
    officialUrl: 'https://economy-employment.brussels/permit-your-situation',
    values: [
      {
        from: COVERAGE_START,
        value: 6,
        confidence: 'conflicting',
        sources: ['emn-belgium-2026'],
        alternative: 5,
        alternativeSources: ['agii-2024'],
        note: 'The EMN 2026 report (art. 20, 1° of the Brussels Decision of 16 May 2024) requires a diploma after a three-year programme; agii.be (2024) says "graduaat, bachelor or master". EQF 5 is therefore unknown, EQF 6 and above pass.',
      },
    ],
  }),
  defineParameter({
    id: 'brussels.eu-blue-card.salary',
    authority: 'brussels',
    unit: 'EUR/month',
    description: 'EU Blue Card: minimum monthly base pay (100% of the Brussels average gross monthly salary).',
    officialUrl: REMUNERATION_URL,
    values: brusselsMonthly(
      4_604,
      4_748,
      'The English page text swaps the base figures; the official Dutch news page settles it: €4,604 from 1 October 2024, €4,748 in 2025.',
    ),
  }),
  defineParameter({
    id: 'brussels.intra-corporate-transfer.salary-manager',
    authority: 'brussels',
    unit: 'EUR/month',
    description: 'ICT manager: minimum monthly base pay.',
    officialUrl: REMUNERATION_URL,
    values: brusselsMonthly(
      5_294.6,
      5_460.2,
      'ICT manager: 115% of the average monthly salary (the official Dutch news page of Brussels Economy and Employment). The English page says 110%, but its own table gives €5,460.20 = 115% × €4,748.',
    ).map((v) => (v.value === null ? v : { ...v, sources: [...v.sources, 'brussels-permits-news'] })),
  }),
  defineParameter({
    id: 'brussels.intra-corporate-transfer.salary-specialist',
    authority: 'brussels',
    unit: 'EUR/month',
    description: 'ICT expert: minimum monthly base pay (95%).',
    officialUrl: REMUNERATION_URL,
    values: brusselsMonthly(4_373.8, 4_510.6),
  }),
  defineParameter({
    id: 'brussels.intra-corporate-transfer.salary-trainee',
    authority: 'brussels',
    unit: 'EUR/month',
    description: 'ICT trainee: minimum monthly base pay (55%).',
    officialUrl: REMUNERATION_URL,
    values: brusselsMonthly(2_532.2, 2_611.4),
  }),
  defineParameter({
    id: 'brussels.executive.exemption-salary',
    authority: 'brussels',
    unit: 'EUR/month',
    description:
      'The 140% "executive" amount of the official table. Brussels removed its executive admission category on 1 October 2024; executives apply as highly qualified or may be exempt.',
    officialUrl: REMUNERATION_URL,
    values: withConfidence(
      brusselsMonthly(6_445.6, 6_647.2),
      'conflicting',
      'Open question: is this the threshold of the new exemption for senior executives of a headquarters (Reliance Littler, 20 Sep 2024)? The official table still shows it as "Executive".',
    ).map((v) => (v.value === null ? v : { ...v, sources: [...v.sources, 'reliance-littler-2024', 'brussels-exemptions'] })),
  }),
  defineParameter({
    id: 'brussels.shortage-occupation.list-size',
    authority: 'brussels',
    unit: 'count',
    description: 'Number of professions on the Actiris shortage list used for single permits (no labour market test).',
    officialUrl: 'https://economy-employment.brussels/permit-your-situation',
    values: [
      {
        from: COVERAGE_START,
        to: '2024-09-30',
        value: null,
        confidence: 'unverified',
        sources: ['reliance-littler-2024'],
        note: 'Not found: before the reform the Brussels list of shortage occupations served long-term residents of another EU state (an older official page); a list opening a single permit for others was not found.',
      },
      {
        from: '2024-10-01',
        to: '2025-06-30',
        value: 82,
        confidence: 'low',
        sources: ['visasupdate-2025-brussels-list', 'vreemdelingenrecht-brussels-2024'],
        note: 'Ministerial Decree of 9 September 2024 (vreemdelingenrecht.be); 82 professions (visasupdate.com; EMN).',
      },
      {
        from: '2025-07-01',
        to: '2026-06-30',
        value: 81,
        confidence: 'low',
        sources: ['visasupdate-2025-brussels-list'],
        note: 'visasupdate.com (29 Jul 2025) and similar blogs say 81 (down from 82); the EMN says 82. The official list with codes was not found.',
      },
      {
        from: '2026-07-01',
        value: null,
        confidence: 'unverified',
        sources: ['visasupdate-2025-brussels-list'],
        note: 'Not found: the list from 1 July 2026 (the 2025 list was valid to 30 June 2026).',
      },
    ],
  }),
  defineParameter({
    id: 'brussels.labour-market-test.min-weeks',
    authority: 'brussels',
    unit: 'weeks',
    description: 'Other case (labour market test): the vacancy must be published with Actiris for at least this many weeks (or Actiris recruitment services used).',
    officialUrl: 'https://economy-employment.brussels/permit-other-cases',
    values: [
      {
        from: COVERAGE_START,
        to: '2024-09-30',
        value: null,
        confidence: 'secondary',
        sources: ['reliance-littler-2024'],
        note: 'Before the reform of 1 October 2024 no fixed publication period: Actiris examined the labour market.',
      },
      {
        from: '2024-10-01',
        value: 5,
        confidence: 'secondary',
        sources: ['reliance-littler-2024', 'brussels-other-cases'],
        note: 'Reform of 1 October 2024: publication with Actiris for at least 5 weeks, or its recruitment services.',
      },
    ],
  }),
  defineParameter({
    id: 'brussels.processing.max-days',
    authority: 'brussels',
    unit: 'days',
    description: 'Maximum time from complete file to delivery or refusal: 4 months (expressed as 120 days).',
    officialUrl: 'https://economy-employment.brussels',
    values: [
      {
        from: COVERAGE_START,
        value: 120,
        confidence: 'derived',
        sources: ['brussels-single-permit-pages', 'bruxeo-2025-06-03'],
        note: 'The official pages say "four months at most" (BRUXEO, 3 Jun 2025: "un maximum de 120 jours"); 120 days is our expression of it. Undated; dated from the start of the period the tool covers.',
      },
    ],
  }),

  // ---------------------------------------------------------------- read by the worker guidance (lib/guide/statements)
  defineParameter({
    id: 'brussels.permit.max-validity-years',
    authority: 'brussels',
    unit: 'years',
    description: 'A permit can be granted for up to this many years, with yearly checks.',
    officialUrl: 'https://economy-employment.brussels',
    values: [
      {
        from: COVERAGE_START,
        value: 3,
        confidence: 'secondary',
        sources: ['bal-hrsquare-2019'],
        note: 'Only a secondary source gives it (HR Square with BAL, 2019). Dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'brussels.documents.criminal-record-max-months',
    authority: 'brussels',
    unit: 'months',
    description: 'The criminal-record extract is less than this many months old (certified, in French, Dutch, German or English or with a sworn translation).',
    officialUrl: 'https://economy-employment.brussels/single-permit-blue-card-annexes',
    values: [
      {
        from: COVERAGE_START,
        value: 6,
        confidence: 'official',
        sources: ['brussels-annexes-blue-card'],
        note: 'Undated official page; dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'brussels.documents.medical-max-months',
    authority: 'brussels',
    unit: 'months',
    description: 'The medical certificate (Immigration Office model) is less than this many months old.',
    officialUrl: 'https://economy-employment.brussels/single-permit-blue-card-annexes',
    values: [
      {
        from: COVERAGE_START,
        value: 6,
        confidence: 'official',
        sources: ['brussels-annexes-blue-card'],
        note: 'Undated official page; dated from the start of the period the tool covers.',
      },
    ],
  }),
];
