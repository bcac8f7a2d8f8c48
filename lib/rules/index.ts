/**
 * The public surface of the rules module. The API routes and the wizard call only these, so the two
 * can never disagree.
 */
import type { Locale } from '../i18n/locales';
import type { Answers } from './answers';
import { sources } from './data/sources';
import { listInForce, officialListUrl } from './shortage';
import { Memo } from './memo';
import { rulesChecked, rulesVersion } from './data/version';
import { evaluate } from './evaluate';
import { todayInBrussels } from './format';
import { getParameter, parametersOn } from './params';
import type { Assessment, RulesDocument, RulesParameter } from './contract';
import { citation, formatFigure, present } from './present';
import { translator } from './messages';
import type { AuthorityId, IsoDate } from './types';
import { authorityIds } from './types';

export { evaluate } from './evaluate';
export { present } from './present';
export type {
  Assessment,
  AssessedRoute,
  AssessedCheck,
  AssessedCondition,
  AssessedDocument,
  AssessedFee,
  AssessedHint,
  Citation,
  Figure,
  Notice,
  RulesDocument,
  RulesParameter,
} from './contract';
export { parseAnswers, fieldError, fieldLabel, fromZodIssue, asOfMin, asOfMax } from './parse';
export type { Issue, ParseResult } from './parse';
export { routeRanking, routeOrder, compareRoutes, offeredRoutes } from './recommend';
export { openQuestions } from './relevance';
export { undecidedBeforeRoutes } from './preliminary';
export { salaryUnitPolicy, type SalaryUnitPolicy, type SalaryPeriod } from './salary-units';
export { todayInBrussels, formatMoney, formatDate, formatNumber, formatList } from './format';
export { formatFigure } from './present';
export { getParameter, hasParameter, valueOn, parametersOn, coverageStart, coverageEnd } from './params';
export { isIsoDate } from './answer-limits';
export { authorityIds, routeIds } from './types';
export { lookupPostcode } from './authority';
export { sources, isSourceId, type SourceId } from './data/sources';
export { shortageLists, shortageListsOf, isListInForce } from './data/shortage-lists';
export type { ShortageList, ShortageListKind, ShortageOccupation, OccupationStatus, TitleLanguage } from './data/shortage-lists';
export { listOn, officialListUrl } from './shortage';
export { rulesVersion, rulesChecked } from './data/version';
export type { Answers } from './answers';
export type * from './types';

/** evaluate + present: what POST /api/v1/assessments returns. */
export function assess(answers: Answers, locale: Locale, asOf: IsoDate = answers.asOf ?? todayInBrussels()): Assessment {
  return present(evaluate(answers, asOf), locale);
}

const rulesCache = new Memo<string, RulesDocument>(512);

/** The authority's migration shortage list on `asOf`, with the occupation ids the answers take. */
function shortageListOn(authority: AuthorityId, asOf: IsoDate, locale: Locale): RulesDocument['authorities'][number]['shortageList'] {
  const { confirmed, latest } = listInForce(authority, 'migration', asOf);
  const list = confirmed ?? latest;
  if (!list) return null;
  return {
    id: list.id,
    inForce: confirmed !== null,
    validFrom: list.validFrom,
    validTo: list.validTo,
    count: list.count,
    completeness: list.completeness,
    officialUrl: officialListUrl(authority, 'migration', asOf),
    occupations: list.occupations.map((o) => ({ id: o.id, title: o.titles[locale], status: o.status })),
  };
}

/** GET /api/v1/rules: the parameters in force on `asOf`, per competent authority, plus federal and EU ones. */
export function rulesOn(asOf: IsoDate, locale: Locale): RulesDocument {
  const key = `${asOf}|${locale}`;
  const hit = rulesCache.get(key);
  if (hit) return hit;
  const t = translator(locale);
  const byOwner = new Map<string, RulesParameter[]>();
  for (const u of parametersOn(asOf)) {
    const p = getParameter(u.id);
    const entry: RulesParameter = {
      id: u.id,
      description: p?.description ?? '',
      unit: u.unit,
      value: u.value,
      formatted: formatFigure(locale, u),
      validFrom: u.validFrom,
      validTo: u.validTo,
      confidence: u.confidence,
      mustConfirm: u.mustConfirm,
      carriedForward: u.carriedForward,
      sources: u.sources.filter((id) => id in sources).map(citation),
    };
    if (u.officialUrl) entry.officialUrl = u.officialUrl;
    const owner = p?.authority ?? u.id.split('.')[0] ?? 'federal';
    let list = byOwner.get(owner);
    if (!list) byOwner.set(owner, (list = []));
    list.push(entry);
  }
  const doc: RulesDocument = {
    asOf,
    rulesVersion,
    rulesChecked,
    authorities: authorityIds.map((id) => ({
      id,
      name: t(`authorities.${id}.name`),
      url: t(`authorities.${id}.url`),
      parameters: byOwner.get(id) ?? [],
      shortageList: shortageListOn(id, asOf, locale),
    })),
    federal: byOwner.get('federal') ?? [],
    eu: byOwner.get('eu') ?? [],
  };
  return rulesCache.set(key, doc);
}
