/**
 * Parameters set by EU law, the same for every competent authority.
 * The directives are older than the period the tool covers; their values are dated from the start of
 * that period (2025-01-01), with no end.
 */
import type { Parameter } from '../../types';
import { COVERAGE_START, defineParameter } from './define';

const BLUE_CARD_URL = 'https://eur-lex.europa.eu/eli/dir/2021/1883/oj';
const DATED_NOTE = 'In force before the period the tool covers; dated from its start (2025-01-01).';

export const euParameters: Parameter[] = [
  defineParameter({
    id: 'eu.eu-blue-card.min-contract-months',
    authority: 'eu',
    unit: 'months',
    description: 'EU Blue Card: the work contract or binding job offer must be for at least six months.',
    officialUrl: BLUE_CARD_URL,
    values: [
      { from: COVERAGE_START, value: 6, confidence: 'official', sources: ['directive-2021-1883'], note: `Art. 5(1)(a). ${DATED_NOTE}` },
    ],
  }),
  defineParameter({
    id: 'eu.eu-blue-card.min-eqf',
    authority: 'eu',
    unit: 'eqf',
    description: 'EU Blue Card: higher education qualification of at least EQF (or ISCED 2011) level 6.',
    officialUrl: BLUE_CARD_URL,
    values: [{ from: COVERAGE_START, value: 6, confidence: 'official', sources: ['directive-2021-1883'], note: DATED_NOTE }],
  }),
  defineParameter({
    id: 'eu.eu-blue-card.ict-min-experience-years',
    authority: 'eu',
    unit: 'years',
    description:
      'EU Blue Card: ICT managers and specialists may qualify without a degree with at least this many years of relevant professional experience (within the window below).',
    officialUrl: BLUE_CARD_URL,
    values: [{ from: COVERAGE_START, value: 3, confidence: 'official', sources: ['directive-2021-1883'], note: `Annex I. ${DATED_NOTE}` }],
  }),
  defineParameter({
    id: 'eu.eu-blue-card.ict-experience-window-years',
    authority: 'eu',
    unit: 'years',
    description: 'EU Blue Card: the ICT experience must fall within this many years before the application.',
    officialUrl: BLUE_CARD_URL,
    values: [{ from: COVERAGE_START, value: 7, confidence: 'official', sources: ['directive-2021-1883'], note: `Annex I. ${DATED_NOTE}` }],
  }),
  defineParameter({
    id: 'eu.researcher.min-eqf',
    authority: 'eu',
    unit: 'eqf',
    description:
      'Researcher (hosting agreement): a doctoral degree or a higher education qualification that gives access to doctoral programmes.',
    officialUrl: 'https://eur-lex.europa.eu/eli/dir/2016/801/oj',
    values: [
      {
        from: COVERAGE_START,
        value: 7,
        confidence: 'derived',
        sources: ['directive-2016-801'],
        note: `Art. 3(2): "a doctoral degree or an appropriate higher education qualification which gives that third-country national access to doctoral programmes"; access to doctoral programmes is taken as EQF 7 (master level). ${DATED_NOTE}`,
      },
    ],
  }),
  defineParameter({
    id: 'eu.researcher.decision-days',
    authority: 'eu',
    unit: 'days',
    description: 'Researcher authorisation (since 1 March 2023 a single permit): decision within 60 days, no labour market test.',
    officialUrl: 'https://immigration-portal.ec.europa.eu',
    values: [
      {
        from: COVERAGE_START,
        value: 60,
        confidence: 'official',
        sources: ['eu-immigration-portal', 'expat-centre-limburg-2023-researchers'],
        note: DATED_NOTE,
      },
    ],
  }),
  defineParameter({
    id: 'eu.intra-corporate-transfer.min-eqf-trainee',
    authority: 'eu',
    unit: 'eqf',
    description: 'Intra-corporate transfer: a trainee employee needs a university degree.',
    officialUrl: 'https://eur-lex.europa.eu/eli/dir/2014/66/oj',
    values: [
      {
        from: COVERAGE_START,
        value: 6,
        confidence: 'derived',
        sources: ['directive-2014-66'],
        note: `Art. 5(1): "university degree" for trainee employees, taken as EQF 6 (bachelor level). ${DATED_NOTE}`,
      },
    ],
  }),
];
