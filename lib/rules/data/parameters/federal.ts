/**
 * Federal parameters (Immigration Office / consulates), the same for every competent authority.
 * Reference: belgian-rules.md §3 (fees) and §4 (processing times).
 */
import type { Parameter } from '../../types';
import { COVERAGE_START, defineParameter } from './define';

export const federalParameters: Parameter[] = [
  defineParameter({
    id: 'federal.fee.administrative',
    authority: 'federal',
    unit: 'EUR',
    description:
      'Administrative fee (redevance / retributie) of the Immigration Office for a single-permit application, paid by the employer. Indexed every 1 January.',
    officialUrl: 'https://dofi.ibz.be/fr/themes/faq/redevance',
    values: [
      {
        from: '2024-01-01',
        to: '2024-12-31',
        value: 144,
        confidence: 'secondary',
        sources: ['droitsquotidiens-2024-fee', 'vreemdelingenrecht-fee', 'ey-2024-admin-fees'],
        indexedFor: 2024,
      },
      {
        from: '2025-01-01',
        value: 148,
        confidence: 'secondary',
        sources: ['vanhavermaet-2025-fee'],
        indexedFor: 2025,
        note: 'The 2026 amount was not found (the fee is indexed every 1 January): the 2025 amount is carried forward and must be confirmed. Van Havermaet 9 Jan 2025; a UGent page also shows €148.',
      },
    ],
  }),
  defineParameter({
    id: 'federal.short-stay.max-days',
    authority: 'federal',
    unit: 'days',
    description:
      'Work of at most this many days needs a work authorisation (short stay) via Working in Belgium, not a single permit.',
    officialUrl: 'https://www.workinginbelgium.be',
    values: [
      {
        from: COVERAGE_START,
        value: 90,
        confidence: 'official',
        sources: ['workinginbelgium-index', 'ostbelgienlive-permits'],
        note: 'The single permit covers work of more than 90 days; shorter work needs a work authorisation (reference §1.5, §7).',
      },
    ],
  }),
  defineParameter({
    id: 'federal.fee.exempt-under-age',
    authority: 'federal',
    unit: 'years',
    description:
      'Applicants younger than this age are exempt from the administrative fee (other exemptions: EEA/Swiss nationals and their family, Turkish nationals, protection statuses).',
    officialUrl: 'https://dofi.ibz.be/fr/themes/faq/redevance',
    values: [
      {
        from: COVERAGE_START,
        value: 18,
        confidence: 'official',
        sources: ['dofi-fee-faq', 'dofi-fee-exemptions'],
        note: 'Undated official page; dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'federal.fee.visa-d',
    authority: 'federal',
    unit: 'EUR',
    description: 'Consular fee for a type D (long-stay) visa, paid by the worker at the consulate when the worker is abroad.',
    officialUrl: 'https://dofi.ibz.be/fr/themes/faq/redevance',
    values: [
      {
        from: COVERAGE_START,
        to: '2026-06-30',
        value: 180,
        confidence: 'official',
        sources: ['dofi-fee-faq'],
        note: 'Undated official page; dated from the start of the period the tool covers.',
      },
      {
        from: '2026-07-01',
        value: 180,
        confidence: 'conflicting',
        sources: ['dofi-fee-faq'],
        alternative: 250,
        alternativeSources: ['visahq-2026-06-27-visa-d'],
        note: 'VisaHQ (27 Jun 2026, low) says the fee rises to €250 from 1 July 2026; not confirmed on an official page. The official figure stays, flagged: confirm with the consulate.',
      },
    ],
  }),
  defineParameter({
    id: 'federal.processing.max-days',
    authority: 'federal',
    unit: 'days',
    description:
      'Legal maximum time for the decision: 4 months after the file is declared admissible (expressed as 120 days). No decision in time counts as positive.',
    officialUrl: 'https://economy-employment.brussels',
    values: [
      {
        from: COVERAGE_START,
        to: '2026-05-20',
        value: 120,
        confidence: 'derived',
        sources: ['brussels-single-permit-pages', 'bruxeo-2025-06-03'],
        note: 'The sources say "4 months" (Brussels pages [official]; Myria, Vandelanotte 2019, BRUXEO 3 Jun 2025 "120 jours" [secondary]); 120 days is our expression of it. Undated; dated from the start of the period the tool covers.',
      },
      {
        from: '2026-05-21',
        value: 120,
        confidence: 'conflicting',
        sources: ['brussels-single-permit-pages'],
        alternative: 90,
        alternativeSources: ['directive-2024-1233'],
        note: 'The recast Single Permit Directive (EU) 2024/1233 sets 90 days, to be transposed by 21 May 2026; whether Belgium has transposed it was not found. The 4 months of Belgian law stay the figure used, flagged: confirm.',
      },
    ],
  }),
  defineParameter({
    id: 'federal.minimum-monthly-income',
    authority: 'federal',
    unit: 'EUR/month',
    description: 'Guaranteed average minimum monthly income (GAMMI, collective agreement no. 43) that every full-time worker must receive at least, besides the joint committee\'s minimum wage.',
    officialUrl: 'https://www.vlaanderen.be/en/working-enterprise-and-investment/working/employing-a-foreigner-in-flanders/wages-and-allowances',
    values: [
      { from: COVERAGE_START, to: '2024-03-31', value: 1_994.18, confidence: 'official', sources: ['vlaanderen-wages'], note: 'In force from 1 November 2023.' },
      { from: '2024-04-01', to: '2024-04-30', value: 2_029.88, confidence: 'official', sources: ['vlaanderen-wages'] },
      { from: '2024-05-01', to: '2025-01-31', value: 2_070.48, confidence: 'official', sources: ['vlaanderen-wages', 'brussels-minimum-remuneration'] },
      { from: '2025-02-01', to: '2026-03-31', value: 2_111.89, confidence: 'official', sources: ['vlaanderen-wages', 'salairesminimums-rmmmg-2025'], note: 'Corrections of 30 November 2026 §A: €2,070.48 is no longer current.' },
      {
        from: '2026-04-01',
        value: 2_111.89,
        confidence: 'unverified',
        sources: ['vlaanderen-wages', 'groups-rmmmg-steps'],
        note: 'A further step of €35 (before indexation) was due on 1 April 2026 (Groups); the new amount was not found: confirm with the National Labour Council.',
      },
    ],
  }),

  // ---------------------------------------------------------------- read by the worker guidance (lib/guide/statements)
  defineParameter({
    id: 'federal.processing.complete-file-days',
    authority: 'federal',
    unit: 'days',
    description: 'Days the employer has to complete a file that the competent authority found incomplete (every authority).',
    officialUrl: 'https://economy-employment.brussels',
    values: [
      {
        from: COVERAGE_START,
        value: 15,
        confidence: 'official',
        sources: ['brussels-single-permit-pages', 'myria-single-permit'],
        note: 'Reference §4 ("all entities (legal)"): Brussels pages [official], Myria [secondary]. Undated; dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'federal.processing.forward-days',
    authority: 'federal',
    unit: 'days',
    description: 'Days within which the competent authority sends an admissible file to the Immigration Office (every authority).',
    officialUrl: 'https://economy-employment.brussels',
    values: [
      {
        from: COVERAGE_START,
        value: 15,
        confidence: 'official',
        sources: ['brussels-single-permit-pages', 'myria-single-permit'],
        note: 'Reference §4 ("all entities (legal)"): Brussels pages [official], Myria [secondary]. Undated; dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'federal.arrival.registration-days',
    authority: 'federal',
    unit: 'days',
    description: 'A holder of a type D visa reports to the municipality where they live within this many days of arriving in Belgium (Law of 15 December 1980, art. 9).',
    officialUrl: 'https://dofi.ibz.be/en/themes/third-country-nationals/residence-permit-articles-9-9bis-9ter/d-visa-application-article-9',
    values: [
      {
        from: COVERAGE_START,
        value: 8,
        confidence: 'official',
        sources: ['dofi-visa-d'],
        note: 'Undated official page, checked 2026-11-30; dated from the start of the period the tool covers.',
      },
    ],
  }),
  defineParameter({
    id: 'federal.arrival.annex-46-max-days',
    authority: 'federal',
    unit: 'days',
    description: 'Since 5 April 2024 a single-permit holder may start work on an "Annex 46" for up to this many days while the municipality processes the registration.',
    officialUrl: 'https://dofi.ibz.be',
    values: [
      { from: '2024-01-01', to: '2024-04-04', value: null, confidence: 'secondary', sources: ['sotra-2024-04-26'], note: 'No such rule before 5 April 2024.' },
      { from: '2024-04-05', value: 90, confidence: 'secondary', sources: ['sotra-2024-04-26'] },
    ],
  }),
  defineParameter({
    id: 'federal.documents.criminal-record-from-age',
    authority: 'federal',
    unit: 'years',
    description: 'Applicants older than this age provide an extract from their criminal record (or an equivalent document).',
    officialUrl: 'https://dofi.ibz.be',
    values: [
      {
        from: COVERAGE_START,
        value: 18,
        confidence: 'official',
        sources: ['dofi-single-permit'],
        note: 'Undated official page; dated from the start of the period the tool covers.',
      },
    ],
  }),
];
