/**
 * Walloon Region (outside the German-speaking Community). Reference: belgian-rules.md §1.3, §4,
 * §5.3, §5.4.
 *
 * Annual gross amounts, indexed yearly (Walloon Government Decree of 6 June 2024, in force
 * 1 September 2024). 2025 amounts: KPMG 2024-223; 2026 amounts: Brussels Times 26 Feb 2026 citing
 * KPMG. The 2024 amounts were not given by the reference.
 */
import type { Parameter } from '../../types';
import { COVERAGE_START, defineParameter, type ValueInput } from './define';

const HIGHLY_QUALIFIED_URL =
  'https://emploi.wallonie.be/en/home/travailleurs-etrangers/permis-de-travail/personnel-hautement-qualifie-3.html';
const WHAT_TO_DO_URL =
  'https://emploi.wallonie.be/en/home/travailleurs-etrangers/permis-de-travail/vous-etes-employeur/que-devez-vous-faire.html';
const WALLONIA_URL = 'https://emploi.wallonie.be';
const UNDATED = 'Undated official page; dated from the start of the period the tool covers.';

/**
 * The annual amounts of one row of the reference's Walloon table: 2024 not found (the Decree of
 * 6 June 2024 applies from 1 September 2024; before, the Royal Decree of 9 June 1999), 2025, and
 * 2026 (three independent secondary sources agree: KPMG via Brussels Times, Fragomen, Moore).
 */
function yearly(
  amount2025: number,
  amount2026: number,
  opts: { sources2025?: ValueInput['sources']; note?: string; before?: number | null; afterReform2024?: number | null } = {},
): ValueInput[] {
  const note = opts.note ? { note: opts.note } : {};
  const before: ValueInput[] =
    opts.before === undefined
      ? [
          {
            from: '2024-01-01',
            to: '2024-12-31',
            value: null,
            confidence: 'unverified',
            sources: ['wallonia-decree-2024-06-06'],
            note: 'The 2024 amount was not found.',
          },
        ]
      : [
          {
            from: '2024-01-01',
            to: '2024-08-31',
            value: opts.before,
            confidence: 'secondary',
            sources: ['kpmg-2023-200', 'groups-2024-amounts'],
            ...(opts.before === null ? { note: 'No such amount before the Decree of 6 June 2024 (in force 1 September 2024).' } : { indexedFor: 2024 }),
          },
          {
            from: '2024-09-01',
            to: '2024-12-31',
            value: opts.afterReform2024 ?? null,
            confidence: opts.afterReform2024 ? 'secondary' : 'unverified',
            sources: ['kpmg-2024-184', 'wallonia-decree-2024-06-06'],
            ...(opts.afterReform2024 ? { indexedFor: 2024 } : { note: 'The amount from 1 September to 31 December 2024 was not found (the stored KPMG alert is cut off).' }),
          },
        ];
  return [
    ...before,
    {
      from: '2025-01-01',
      to: '2025-12-31',
      value: amount2025,
      confidence: 'secondary',
      sources: opts.sources2025 ?? ['kpmg-2024-223', 'wallonia-decree-2024-06-06'],
      indexedFor: 2025,
      ...note,
    },
    {
      from: '2026-01-01',
      value: amount2026,
      confidence: 'secondary',
      sources: ['brussels-times-2026-02-26', 'fragomen-2026-01-21', 'wallonia-decree-2024-06-06'],
      indexedFor: 2026,
      ...note,
    },
  ];
}

export const walloniaParameters: Parameter[] = [
  defineParameter({
    id: 'wallonia.highly-skilled.salary',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'Highly qualified staff (personnel hautement qualifié): minimum full-time gross annual salary, indexed yearly.',
    officialUrl: HIGHLY_QUALIFIED_URL,
    values: yearly(51_613, 53_220, { before: 50_310, afterReform2024: 50_310 }),
  }),
  defineParameter({
    id: 'wallonia.highly-skilled.salary-under-30',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'Highly qualified staff under 30: minimum full-time gross annual salary.',
    officialUrl: HIGHLY_QUALIFIED_URL,
    values: yearly(41_290, 42_576, { before: null, afterReform2024: 40_248 }),
  }),
  defineParameter({
    id: 'wallonia.highly-skilled.reduced-under-age',
    authority: 'wallonia',
    unit: 'years',
    description: 'The under-30 highly-qualified amount applies to workers younger than this age.',
    officialUrl: HIGHLY_QUALIFIED_URL,
    values: [
      { from: COVERAGE_START, to: '2024-08-31', value: null, confidence: 'secondary', sources: ['acerta-2023-12-28'], note: 'No reduced amount for young workers before the Decree of 6 June 2024.' },
      { from: '2024-09-01', value: 30, confidence: 'secondary', sources: ['kpmg-2024-184', 'kpmg-2024-223', 'brussels-times-2026-02-26'] },
    ],
  }),
  defineParameter({
    id: 'wallonia.highly-skilled.min-eqf',
    authority: 'wallonia',
    unit: 'eqf',
    description: 'Highly qualified staff: higher-education graduate (one of three alternatives, with ICT manager/specialist and relevant experience).',
    officialUrl: HIGHLY_QUALIFIED_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 6,
        confidence: 'conflicting',
        sources: ['emn-belgium-2026', 'wallonia-decree-2024-06-06'],
        alternative: 5,
        alternativeSources: ['wallonia-highly-qualified'],
        note: 'The EMN says EQF 6; the official page says "higher-education graduate" and the French employer page "Bachelier / Graduate au minimum" (a graduat is EQF 5): EQF 5 alone is unknown. Undated; dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'wallonia.highly-skilled.min-experience-years',
    authority: 'wallonia',
    unit: 'years',
    description: 'Highly qualified staff: alternatively at least this many years of relevant experience in the window below.',
    officialUrl: HIGHLY_QUALIFIED_URL,
    values: [{ from: COVERAGE_START, value: 3, confidence: 'official', sources: ['wallonia-highly-qualified'], note: UNDATED }],
  }),
  defineParameter({
    id: 'wallonia.highly-skilled.experience-window-years',
    authority: 'wallonia',
    unit: 'years',
    description: 'Highly qualified staff: the relevant experience must fall within this many years before the application.',
    officialUrl: HIGHLY_QUALIFIED_URL,
    values: [{ from: COVERAGE_START, value: 7, confidence: 'official', sources: ['wallonia-highly-qualified'], note: UNDATED }],
  }),
  defineParameter({
    id: 'wallonia.eu-blue-card.salary',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'EU Blue Card: minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(66_738, 68_815, { before: 65_053 }),
  }),
  defineParameter({
    id: 'wallonia.eu-blue-card.salary-junior',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'EU Blue Card "junior" amount: for a worker who obtained a higher-education diploma less than three years before the application (emploi.wallonie.be).',
    officialUrl: WALLONIA_URL,
    values: yearly(53_390, 55_052, {
      before: null,
      sources2025: ['kpmg-be-2024-12', 'brussels-times-2026-02-26'],
      note: 'The amount is from secondary sources; its condition (diploma obtained less than three years before the application) is on the official page (wallonia.eu-blue-card.junior-diploma-within-years).',
    }),
  }),
  defineParameter({
    id: 'wallonia.eu-blue-card.junior-diploma-within-years',
    authority: 'wallonia',
    unit: 'years',
    description: 'EU Blue Card: the "junior" amount applies when the worker obtained a higher-education diploma less than this many years before the application.',
    officialUrl: 'https://emploi.wallonie.be/de/home/travailleurs-etrangers/permis-de-travail/carte-bleue-europeenne-1.html',
    values: [
      {
        from: COVERAGE_START,
        value: 3,
        confidence: 'official',
        sources: ['wallonia-blue-card'],
        note: '"a obtenu un diplôme de l\'enseignement supérieur depuis moins de trois ans" (corrections of 30 November 2026 §C; the earlier reading, under 3 years of experience, was wrong). Undated; dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'wallonia.executive.salary',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'Management staff (personnel de direction): minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(86_110, 88_790, { before: 83_936 }),
  }),
  defineParameter({
    id: 'wallonia.intra-corporate-transfer.salary-manager',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'ICT manager: minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(66_738, 68_815, { before: 65_053 }),
  }),
  defineParameter({
    id: 'wallonia.intra-corporate-transfer.salary-specialist',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'ICT expert: minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(53_390, 55_053, { before: 52_042, note: 'The 2026 amount (€55,053) differs by €1 from the Blue Card junior amount (€55,052) in the same source.' }),
  }),
  defineParameter({
    id: 'wallonia.intra-corporate-transfer.salary-trainee',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'ICT trainee: minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(33_370, 34_408, { before: 32_327 }),
  }),
  defineParameter({
    id: 'wallonia.shortage-occupation.list-size',
    authority: 'wallonia',
    unit: 'count',
    description: 'Number of professions on the ministerial shortage list for foreign workers (no labour market test), valid 1 October – 30 September.',
    officialUrl: WHAT_TO_DO_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2024-09-30',
        value: 68,
        confidence: 'secondary',
        sources: ['horecawallonie-2023-list'],
        note: 'The 2023–24 list (valid 1 October 2023 – 30 September 2024) had 68 professions.',
      },
      {
        from: '2024-10-01',
        to: '2025-09-30',
        value: 73,
        confidence: 'secondary',
        sources: ['mondaq-fragomen-2024-wallonia-list'],
        note: 'Earlier lists: 68 (2023–24), 75 (2022–23). Not the same as Forem\'s general list of 146 "fonctions critiques".',
      },
      {
        from: '2025-10-01',
        to: '2026-09-30',
        value: 56,
        confidence: 'unverified',
        sources: ['emn-belgium-2026', 'theimmigrationworld-wallonia-list'],
        note: 'The EMN says 56; not confirmed (theimmigrationworld.com [low] reports additions but no count). The titles and codes were not found.',
      },
      {
        from: '2026-10-01',
        value: null,
        confidence: 'unverified',
        sources: ['theimmigrationworld-wallonia-list'],
        note: 'Not found: the list from 1 October 2026 (the 2025–26 list was valid to 30 September 2026).',
      },
    ],
  }),
  defineParameter({
    id: 'wallonia.labour-market-test.min-weeks',
    authority: 'wallonia',
    unit: 'weeks',
    description: 'General category (labour market test): the offer must be published through Forem and EURES for at least this many continuous weeks within the window below.',
    officialUrl: WALLONIA_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2024-08-31',
        value: null,
        confidence: 'unverified',
        sources: ['wallonia-decree-2024-06-06'],
        note: 'The publication rule before the Decree of 6 June 2024 (in force 1 September 2024) was not found.',
      },
      {
        from: '2024-09-01',
        value: 5,
        confidence: 'conflicting',
        sources: ['emn-belgium-2026', 'wallonia-decree-2024-06-06', 'securex-2024', 'wallonia-general-category'],
        alternative: 4,
        alternativeSources: ['sotra-2024'],
        note: 'Art. 2 §3 of the Walloon Decision of 6 June 2024 (EMN 2026 §3.1), Securex and SD Worx: 5 weeks; Sotra says 4 weeks, so 4 weeks is unknown. Dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'wallonia.labour-market-test.window-months',
    authority: 'wallonia',
    unit: 'months',
    description: 'General category (labour market test): the continuous publication must fall within this many months before the application.',
    officialUrl: WALLONIA_URL,
    values: [
      {
        from: COVERAGE_START,
        to: '2024-08-31',
        value: null,
        confidence: 'unverified',
        sources: ['wallonia-decree-2024-06-06'],
        note: 'Not found: no such window before the Decree of 6 June 2024 was found in the sources consulted.',
      },
      {
        from: '2024-09-01',
        value: 12,
        confidence: 'secondary',
        sources: ['emn-belgium-2026', 'wallonia-decree-2024-06-06'],
        note: '"within the year immediately before the application" (EMN Belgium 2026 §3.1; art. 2 §3 of the Walloon Decision of 6 June 2024). Dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'wallonia.processing.examination-days',
    authority: 'wallonia',
    unit: 'days',
    description: 'Calendar days of detailed examination after the completeness letter (the employer first has 15 working days to supply missing documents).',
    officialUrl: WHAT_TO_DO_URL,
    values: [{ from: COVERAGE_START, value: 15, confidence: 'official', sources: ['wallonia-what-to-do'], note: UNDATED }],
  }),
  defineParameter({
    id: 'wallonia.eu-blue-card.ict-experience-alternative',
    authority: 'wallonia',
    unit: 'boolean',
    description: 'EU Blue Card: ICT managers and specialists may replace the diploma by 3 years of experience (the recast directive, applied by the Decree of 6 June 2024).',
    officialUrl: WALLONIA_URL,
    values: [
      { from: COVERAGE_START, to: '2024-08-31', value: false, confidence: 'unverified', sources: ['wallonia-decree-2024-06-06'], note: 'Presumably from the Decree of 6 June 2024 (1 September 2024); the earlier rule was not found.' },
      { from: '2024-09-01', value: true, confidence: 'unverified', sources: ['wallonia-decree-2024-06-06', 'directive-2021-1883'], note: 'The recast directive allows it; the Walloon text was not found in the sources consulted.' },
    ],
  }),

  // ---------------------------------------------------------------- read by the worker guidance (lib/guide/statements)
  defineParameter({
    id: 'wallonia.permit.max-validity-years',
    authority: 'wallonia',
    unit: 'years',
    description: 'A permit can be granted for up to this many years, with yearly checks.',
    officialUrl: WALLONIA_URL,
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
    id: 'wallonia.processing.missing-documents-working-days',
    authority: 'wallonia',
    unit: 'days',
    description: 'Working days the employer has, after the completeness letter, to send missing documents (then the detailed examination starts).',
    officialUrl: WHAT_TO_DO_URL,
    values: [{ from: COVERAGE_START, value: 15, confidence: 'official', sources: ['wallonia-what-to-do'], note: UNDATED }],
  }),
  defineParameter({
    id: 'wallonia.researcher.postdoc-max-years',
    authority: 'wallonia',
    unit: 'years',
    description: 'Post-doctoral scholars with a fellowship of up to this many years are exempt from the work authorisation.',
    officialUrl: WALLONIA_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 3,
        confidence: 'secondary',
        sources: ['unamur-postdoc'],
        note: 'Only a secondary source gives it (Université de Namur). Dated from the start of the period the tool covers.',
      },
    ],
  }),
];
