/**
 * German-speaking Community (Ostbelgien). Reference: belgian-rules.md §1.4 and §5.4, and the
 * corrections of 30 November 2026 (§C).
 *
 * The Community applies art. 9 of the Royal Decree of 9 June 1999, which ties its thresholds to the
 * amounts of art. 67 and 69 of the Law of 3 July 1978 on employment contracts, indexed each 1 January.
 * - 2024: €49,830 / €83,135 (the undated ostbelgienlive.be page shows these; they are the 2024 level).
 * - 2025: €51,180 / €85,388 (EMN Belgium 2026, table "Highly skilled", footnote 45; secondary).
 * - 2026: derived, low confidence: 0.9904 × the 2026 Law-of-1978 amounts (€53,281.41 / €88,895, UCM)
 *   ≈ €52,772 / €88,045, not confirmed by the Community.
 * The official page still shows the 2024 amounts, so in 2025 and 2026 they are the other candidate:
 * a salary between the two figures is `unknown` (never the favourable figure).
 * EU Blue Card and ICT thresholds were not found: null, 'unverified'.
 */
import type { Parameter } from '../../types';
import { COVERAGE_START, defineParameter, type ValueInput } from './define';

const PERMITS_URL = 'https://ostbelgienlive.be/desktopdefault.aspx/tabid-269/4602_read-55302/';
const EXEMPTIONS_URL = 'https://ostbelgienlive.be/desktopdefault.aspx/tabid-269/4602_read-55305/';

/**
 * The three yearly amounts of one art. 9 threshold. `page` is the ostbelgienlive.be page that shows
 * the 2024 amount.
 */
function artNine(a2024: number, a2025: number, a2026: number, page: 'ostbelgienlive-permits' | 'ostbelgienlive-exemptions'): ValueInput[] {
  return [
    {
      from: '2024-01-01',
      to: '2024-12-31',
      value: a2024,
      confidence: 'official',
      sources: [page],
      indexedFor: 2024,
      note: 'The undated official page shows this amount; the corrections of 30 November 2026 identify it as the 2024 level (art. 9 RD 9 June 1999, tied to the Law of 3 July 1978).',
    },
    {
      from: '2025-01-01',
      to: '2025-12-31',
      value: a2025,
      confidence: 'conflicting',
      sources: ['emn-belgium-2026'],
      alternative: a2024,
      alternativeSources: [page],
      indexedFor: 2025,
      note: 'EMN Belgium 2026, table "Highly skilled", footnote 45; the official page still shows the 2024 amount. The band between the two is unknown.',
    },
    {
      from: '2026-01-01',
      value: a2026,
      confidence: 'conflicting',
      sources: ['emn-belgium-2026', 'ucm-2026-law-1978-amounts'],
      alternative: a2024,
      alternativeSources: [page],
      indexedFor: 2026,
      note: 'Derived, low confidence: 0.9904 × the 2026 amount of the Law of 3 July 1978 (UCM). Not confirmed by the German-speaking Community; its page still shows the 2024 amount, so the band between the two is unknown.',
    },
  ];
}

function notFound(id: string, description: string): Parameter {
  return defineParameter({
    id,
    authority: 'german-speaking-community',
    unit: 'EUR/year',
    description,
    officialUrl: PERMITS_URL,
    values: [
      {
        from: COVERAGE_START,
        value: null,
        confidence: 'unverified',
        sources: ['ostbelgienlive-permits'],
        note: 'Not found in the sources consulted: ask the German-speaking Community.',
      },
    ],
  });
}

export const germanSpeakingCommunityParameters: Parameter[] = [
  defineParameter({
    id: 'german-speaking-community.highly-skilled.salary-up-to-4-years',
    authority: 'german-speaking-community',
    unit: 'EUR/year',
    description: 'Highly qualified staff employed for at most 4 years: minimum gross annual salary.',
    officialUrl: PERMITS_URL,
    values: artNine(49_830, 51_180, 52_772, 'ostbelgienlive-permits'),
  }),
  defineParameter({
    id: 'german-speaking-community.highly-skilled.salary-open-ended',
    authority: 'german-speaking-community',
    unit: 'EUR/year',
    description: 'Highly qualified staff with unlimited (open-ended) employment that is not a posting: minimum gross annual salary.',
    officialUrl: PERMITS_URL,
    values: artNine(83_135, 85_388, 88_045, 'ostbelgienlive-permits'),
  }),
  defineParameter({
    id: 'german-speaking-community.highly-skilled.max-days-short',
    authority: 'german-speaking-community',
    unit: 'days',
    description: 'Longest contract (in days) that counts as "employment of at most 4 years" for the lower highly-qualified amount.',
    officialUrl: PERMITS_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 1_461,
        confidence: 'derived',
        sources: ['ostbelgienlive-permits'],
        note: '4 years = 4 × 365 + 1 leap day = 1,461 days (our conversion of "up to 4 years").',
      },
    ],
  }),
  defineParameter({
    id: 'german-speaking-community.executive.salary',
    authority: 'german-speaking-community',
    unit: 'EUR/year',
    description: 'Management staff (Direktionspersonal): minimum gross annual salary.',
    officialUrl: PERMITS_URL,
    values: artNine(83_135, 85_388, 88_045, 'ostbelgienlive-permits'),
  }),
  defineParameter({
    id: 'german-speaking-community.executive.exemption-salary',
    authority: 'german-speaking-community',
    unit: 'EUR/year',
    description: 'An executive employed at a headquarters is exempt from work authorisation when paid more than this gross annual amount.',
    officialUrl: EXEMPTIONS_URL,
    values: artNine(83_135, 85_388, 88_045, 'ostbelgienlive-exemptions'),
  }),
  notFound('german-speaking-community.eu-blue-card.salary', 'EU Blue Card: minimum gross annual salary (not found).'),
  notFound('german-speaking-community.intra-corporate-transfer.salary-manager', 'ICT manager: minimum gross annual salary (not found).'),
  notFound('german-speaking-community.intra-corporate-transfer.salary-specialist', 'ICT specialist: minimum gross annual salary (not found).'),
  notFound('german-speaking-community.intra-corporate-transfer.salary-trainee', 'ICT trainee: minimum gross annual salary (not found).'),

  // ---------------------------------------------------------------- read by the worker guidance (lib/guide/statements)
  defineParameter({
    id: 'german-speaking-community.researcher.postdoc-max-years',
    authority: 'german-speaking-community',
    unit: 'years',
    description: 'Post-doctoral scholars with a fellowship of up to this many years are exempt from the work authorisation.',
    officialUrl: EXEMPTIONS_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 3,
        confidence: 'official',
        sources: ['ostbelgienlive-exemptions'],
        note: 'Undated official page; dated from the start of the period the tool covers.',
      },
    ],
  }),
];
