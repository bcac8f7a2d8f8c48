/**
 * German-speaking Community (Ostbelgien). Reference: belgian-rules.md §1.4 and §5.4.
 *
 * The official ostbelgienlive.be pages are undated and probably outdated: the EMN Belgium 2026
 * baseline gives other amounts (51,180 / 85,388) that were not verified. Both are therefore
 * 'conflicting' (the user must confirm), dated from the start of the period the tool covers.
 * EU Blue Card and ICT thresholds were not found: null, 'unverified'.
 */
import type { Parameter } from '../../types';
import { COVERAGE_START, defineParameter } from './define';

const PERMITS_URL = 'https://ostbelgienlive.be/desktopdefault.aspx/tabid-269/4602_read-55302/';
const EXEMPTIONS_URL = 'https://ostbelgienlive.be/desktopdefault.aspx/tabid-269/4602_read-55305/';
const UNDATED_OUTDATED =
  'Official but undated and probably outdated (ostbelgienlive.be); dated from the start of the period the tool covers.';

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
    values: [
      {
        from: COVERAGE_START,
        value: 49_830,
        confidence: 'conflicting',
        sources: ['ostbelgienlive-permits'],
        note: `${UNDATED_OUTDATED} The EMN 2026 baseline gives €51,180 (not verified).`,
      },
    ],
  }),
  defineParameter({
    id: 'german-speaking-community.highly-skilled.salary-open-ended',
    authority: 'german-speaking-community',
    unit: 'EUR/year',
    description: 'Highly qualified staff with unlimited (open-ended) employment, not posted: minimum gross annual salary.',
    officialUrl: PERMITS_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 83_135,
        confidence: 'conflicting',
        sources: ['ostbelgienlive-permits'],
        note: `${UNDATED_OUTDATED} The EMN 2026 baseline gives €85,388 (not verified).`,
      },
    ],
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
    values: [
      {
        from: COVERAGE_START,
        value: 83_135,
        confidence: 'conflicting',
        sources: ['ostbelgienlive-permits'],
        note: `${UNDATED_OUTDATED} The EMN 2026 baseline gives €85,388 for the corresponding open-ended amount (not verified).`,
      },
    ],
  }),
  defineParameter({
    id: 'german-speaking-community.executive.exemption-salary',
    authority: 'german-speaking-community',
    unit: 'EUR/year',
    description: 'An executive employed at a headquarters is exempt from work authorisation when paid more than this gross annual amount.',
    officialUrl: EXEMPTIONS_URL,
    values: [
      {
        from: COVERAGE_START,
        value: 83_135,
        confidence: 'conflicting',
        sources: ['ostbelgienlive-exemptions'],
        note: `${UNDATED_OUTDATED} Same amount as the permit page, whose figures the EMN baseline contradicts.`,
      },
    ],
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
