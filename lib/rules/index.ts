/**
 * The public surface of the rules module. The API routes and the wizard call only these, so the two
 * can never disagree.
 */
import type { Locale } from '../i18n/locales';
import type { Answers } from './answers';
import { sources } from './data/sources';
import { rulesChecked, rulesVersion } from './data/version';
import { evaluate } from './evaluate';
import { todayInBrussels } from './format';
import { getParameter, parametersOn } from './params';
import { citation, formatFigure, present, translator, type Assessment, type Citation } from './present';
import type { AuthorityId, Confidence, IsoDate, Unit } from './types';
import { authorityIds } from './types';

export { evaluate } from './evaluate';
export { present } from './present';
export type { Assessment, AssessedRoute, AssessedCheck, Citation, Figure, Notice } from './present';
export { parseAnswers, fieldError, fieldLabel, fromZodIssue, asOfMin, asOfMax } from './parse';
export type { Issue, ParseResult } from './parse';
export { routeRanking, routeOrder, compareRoutes, offeredRoutes } from './recommend';
export { openQuestions } from './relevance';
export { salaryUnitPolicy, type SalaryUnitPolicy, type SalaryPeriod } from './salary';
export { todayInBrussels, formatMoney, formatDate, formatNumber } from './format';
export { lookupPostcode } from './authority';
export { authorityIds } from './types';
export { rulesVersion, rulesChecked } from './data/version';
export type { Answers } from './answers';
export type * from './types';

/** evaluate + present: what POST /api/v1/assessments returns. */
export function assess(answers: Answers, locale: Locale, asOf: IsoDate = answers.asOf ?? todayInBrussels()): Assessment {
  return present(evaluate(answers, asOf), locale);
}

export interface RulesParameter {
  id: string;
  description: string;
  unit: Unit;
  value: number | boolean | null;
  /** The value in words, in the requested language. */
  formatted: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  confidence: Confidence;
  mustConfirm: boolean;
  carriedForward: boolean;
  officialUrl?: string;
  sources: Citation[];
}

export interface RulesDocument {
  asOf: IsoDate;
  rulesVersion: IsoDate;
  rulesChecked: IsoDate;
  authorities: { id: AuthorityId; name: string; url: string; parameters: RulesParameter[] }[];
  federal: RulesParameter[];
  eu: RulesParameter[];
}

const rulesCache = new Map<string, RulesDocument>();

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
    })),
    federal: byOwner.get('federal') ?? [],
    eu: byOwner.get('eu') ?? [],
  };
  if (rulesCache.size > 512) rulesCache.clear();
  rulesCache.set(key, doc);
  return doc;
}
