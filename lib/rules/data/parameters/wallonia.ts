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

/** 2025 and 2026 annual amounts of one row of the reference's Walloon table. */
function yearly(amount2025: number, amount2026: number, opts: { sources2025?: ValueInput['sources']; note?: string } = {}): ValueInput[] {
  const note = opts.note ? { note: opts.note } : {};
  return [
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
      sources: ['brussels-times-2026-02-26', 'wallonia-decree-2024-06-06'],
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
    values: yearly(51_613, 53_220),
  }),
  defineParameter({
    id: 'wallonia.highly-skilled.salary-under-30',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'Highly qualified staff under 30: minimum full-time gross annual salary.',
    officialUrl: HIGHLY_QUALIFIED_URL,
    values: yearly(41_290, 42_576),
  }),
  defineParameter({
    id: 'wallonia.highly-skilled.reduced-under-age',
    authority: 'wallonia',
    unit: 'years',
    description: 'The under-30 highly-qualified amount applies to workers younger than this age.',
    officialUrl: HIGHLY_QUALIFIED_URL,
    values: [{ from: COVERAGE_START, value: 30, confidence: 'secondary', sources: ['kpmg-2024-223', 'brussels-times-2026-02-26'] }],
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
        sources: ['wallonia-highly-qualified', 'wallonia-decree-2024-06-06'],
        note: 'The EMN says EQF 6; the official page says "higher-education graduate" and the French employer page "Bachelier / Graduate au minimum" (a graduat is EQF 5). Undated; dated from the start of the period the tool covers.',
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
    values: yearly(66_738, 68_815),
  }),
  defineParameter({
    id: 'wallonia.eu-blue-card.salary-junior',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'EU Blue Card "junior" amount (Brussels Times: workers with under 3 years\' experience).',
    officialUrl: WALLONIA_URL,
    values: yearly(53_390, 55_052, {
      sources2025: ['brussels-times-2026-02-26'],
      note: 'Only one secondary source (Brussels Times) gives this amount and its condition; not on an official page consulted.',
    }),
  }),
  defineParameter({
    id: 'wallonia.eu-blue-card.junior-below-experience-years',
    authority: 'wallonia',
    unit: 'years',
    description: 'EU Blue Card: the "junior" amount applies to workers with less than this many years of experience (Brussels Times).',
    officialUrl: WALLONIA_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 3,
        confidence: 'secondary',
        sources: ['brussels-times-2026-02-26'],
        note: 'Only one secondary source gives this condition of the junior amount; not on an official page consulted.',
      },
    ],
  }),
  defineParameter({
    id: 'wallonia.executive.salary',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'Management staff (personnel de direction): minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(86_110, 88_790),
  }),
  defineParameter({
    id: 'wallonia.intra-corporate-transfer.salary-manager',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'ICT manager: minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(66_738, 68_815),
  }),
  defineParameter({
    id: 'wallonia.intra-corporate-transfer.salary-specialist',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'ICT expert: minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(53_390, 55_053, { note: 'The 2026 amount (€55,053) differs by €1 from the Blue Card junior amount (€55,052) in the same source.' }),
  }),
  defineParameter({
    id: 'wallonia.intra-corporate-transfer.salary-trainee',
    authority: 'wallonia',
    unit: 'EUR/year',
    description: 'ICT trainee: minimum gross annual salary.',
    officialUrl: WALLONIA_URL,
    values: yearly(33_370, 34_408),
  }),
  defineParameter({
    id: 'wallonia.shortage-occupation.list-size',
    authority: 'wallonia',
    unit: 'count',
    description: 'Number of professions on the ministerial shortage list for foreign workers (no labour market test), valid 1 October – 30 September.',
    officialUrl: WHAT_TO_DO_URL,
    values: [
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
        sources: ['theimmigrationworld-wallonia-list'],
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
    description: 'General category (labour market test): Forem certifies that an offer published for at least this many weeks could not be filled.',
    officialUrl: WALLONIA_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 5,
        confidence: 'conflicting',
        sources: ['securex-2024', 'wallonia-general-category'],
        note: 'Securex (Sep 2024) and SD Worx say 5 weeks; Sotra says 4 weeks (see wallonia.labour-market-test.min-weeks-disputed). Dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'wallonia.labour-market-test.min-weeks-disputed',
    authority: 'wallonia',
    unit: 'weeks',
    description: 'Lower publication period given by one source: publication between this and the main minimum is uncertain.',
    officialUrl: WALLONIA_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 4,
        confidence: 'low',
        sources: ['sotra-2024'],
        note: 'Only Sotra says 4 weeks; conflicts with Securex and SD Worx (5 weeks).',
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
