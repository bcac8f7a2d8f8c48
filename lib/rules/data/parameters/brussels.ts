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

/** Q4 2024, 2025 and 2026 amounts of one row of the Brussels table. */
function brusselsMonthly(amount2024: number, amount2025: number, note2025?: string): ValueInput[] {
  return [
    {
      from: '2024-10-01',
      to: '2024-12-31',
      value: amount2024,
      confidence: 'official',
      sources: ['brussels-minimum-remuneration'],
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
  return values.map((v) => ({ ...v, confidence, note: v.note ? `${note} ${v.note}` : note }));
}

export const brusselsParameters: Parameter[] = [
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
    description: 'Highly qualified staff: diploma of higher education (graduaat, bachelor or master), taken as EQF 5.',
    officialUrl: 'https://economy-employment.brussels/permit-your-situation',
    values: [
      {
        from: COVERAGE_START,
        value: 5,
        confidence: 'secondary',
        sources: ['agii-2024'],
        note: 'agii.be (2024) says "graduaat, bachelor or master"; the EMN "3-year programme" rule was not confirmed. Diploma details on the official page: not found. Dated from the start of the period the tool covers.',
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
      'The page text swaps the base figures (it says €4,748 until 31/12/2024 and €4,604 from 01/01/2025); its table shows 2025 Blue Card = 100% = €4,748, which is taken as the 2025 base.',
    ),
  }),
  defineParameter({
    id: 'brussels.intra-corporate-transfer.salary-manager',
    authority: 'brussels',
    unit: 'EUR/month',
    description: 'ICT manager: minimum monthly base pay.',
    officialUrl: REMUNERATION_URL,
    values: withConfidence(
      brusselsMonthly(5_294.6, 5_460.2),
      'conflicting',
      'The page says 110% of the average, but €5,460.20 ÷ €4,748 = 115% (an older secondary source also says 115%); at 110% the amount would be lower.',
    ),
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
    ).map((v) => ({ ...v, sources: [...v.sources, 'reliance-littler-2024', 'brussels-exemptions'] })),
  }),
  defineParameter({
    id: 'brussels.minimum-monthly-income',
    authority: 'brussels',
    unit: 'EUR/month',
    description: 'Guaranteed average minimum monthly income (GAMMI) that every worker must receive at least.',
    officialUrl: REMUNERATION_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 2_070.48,
        confidence: 'official',
        sources: ['brussels-minimum-remuneration'],
        note: 'Undated official page; dated from the start of the period the tool covers. An older Brussels page shows €2,029.88.',
      },
    ],
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
        to: '2025-06-30',
        value: 82,
        confidence: 'low',
        sources: ['visasupdate-2025-brussels-list'],
        note: 'The list before 1 July 2025 had 82 professions (visasupdate.com; EMN). Its start date is not given; dated from the start of the period the tool covers.',
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
        value: 5,
        confidence: 'secondary',
        sources: ['reliance-littler-2024', 'brussels-other-cases'],
        note: 'Reform of 1 October 2024; dated from the start of the period the tool covers.',
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
        sources: ['brussels-single-permit-pages'],
        note: 'The official pages say "four months at most"; 120 days is our expression of it. Undated; dated from the start of the period the tool covers.',
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
