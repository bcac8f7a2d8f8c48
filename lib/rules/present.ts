/**
 * present(evaluation, locale): the public Assessment of ../shared/api-contract.md, localized.
 * Every field of the v1 contract, plus extension fields: the schemas and types are in ./contract;
 * the catalogues and translators in ./messages.
 */
import type { Locale } from '../i18n/locales';
import { sources } from './data/sources';
import { Memo } from './memo';
import { translator, type T, type Values } from './messages';
import { findOccupation } from './shortage';
import { rulesChecked } from './data/version';
import { formatCountry, formatDate, formatList, formatMoney, formatNumber, formatPercent } from './format';
import { yearOf } from './dates';
import { undecidedBeforeRoutes } from './preliminary';
import type { CheckResult, Evaluation, Hint, IsoDate, Message, MessageValue, ParameterUse, RouteId } from './types';
import type { AssessedCheck, AssessedDocument, AssessedFee, AssessedHint, AssessedRoute, Assessment, Citation, Figure, Notice } from './contract';

// ---------------------------------------------------------------------------
// Values and figures
// ---------------------------------------------------------------------------

function moneyText(t: T, locale: Locale, amount: number, per?: 'year' | 'month'): string {
  const a = formatMoney(locale, amount);
  return per ? cachedT(t, per === 'year' ? 'units.per-year' : 'units.per-month', { amount: a }) : a;
}

function valueText(t: T, locale: Locale, v: MessageValue): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('money' in v) return moneyText(t, locale, v.money, v.per);
  if ('date' in v) return formatDate(locale, v.date);
  if ('authority' in v) return staticText(t, `authorities.${v.authority}.name`);
  if ('country' in v) return formatCountry(locale, v.country);
  if ('message' in v) return message(t, locale, v.message);
  if ('percent' in v) return formatPercent(locale, v.percent);
  if ('occupation' in v) return occupationTitle(locale, v.occupation);
  return staticText(t, `routes.${v.route}.name`);
}

/** An occupation's title in the user's language (data/shortage-lists.ts), or its id when unknown. */
function occupationTitle(locale: Locale, id: string): string {
  return findOccupation(null, id)?.occupation.titles[locale] ?? id;
}

/** Messages without values (documents, conditions, fee titles …), translated once per locale. */
const staticTexts = new Memo<T, Memo<string, string>>();
function staticText(t: T, key: string): string {
  const m = staticTexts.getOr(t, () => new Memo());
  return m.get(key) ?? m.set(key, t(key));
}

function message(t: T, locale: Locale, m: Message, extra?: Values): string {
  if (!m.values && !extra) return staticText(t, m.key);
  const values: Values = {};
  if (m.values) for (const k in m.values) values[k] = valueText(t, locale, m.values[k] as MessageValue);
  if (extra) Object.assign(values, extra);
  return cachedT(t, m.key, values);
}

/**
 * Translations with values, memoized on the key and the formatted values: use-intl serializes its
 * formatter options on every call, which dominates present() otherwise. Bounded per translator.
 */
const valueTexts = new Memo<T, Memo<string, string>>();
function cachedT(t: T, key: string, values: Values): string {
  const m = valueTexts.getOr(t, () => new Memo(20000));
  let k = key;
  for (const name in values) k += `\u0000${name}\u0001${values[name]}`;
  return m.get(k) ?? m.set(k, t(key, values));
}

/** A parameter's value in words ("€48,912 a year", "9 weeks", "EQF level 6"), or null when there is none. */
export function formatFigure(locale: Locale, u: Pick<ParameterUse, 'value' | 'unit'>): string | null {
  const t = translator(locale);
  const v = u.value;
  if (v === null) return null;
  if (typeof v === 'boolean') return t(v ? 'units.yes' : 'units.no');
  switch (u.unit) {
    case 'EUR/year':
      return moneyText(t, locale, v, 'year');
    case 'EUR/month':
      return moneyText(t, locale, v, 'month');
    case 'EUR':
      return formatMoney(locale, v);
    case 'weeks':
    case 'months':
    case 'days':
    case 'years':
      return t(`units.${u.unit}`, { n: v });
    case 'eqf':
      return t('units.eqf', { n: v });
    default:
      return formatNumber(locale, v);
  }
}

const figureCache = new Memo<string, Figure>(20000);

function figure(locale: Locale, u: ParameterUse): Figure {
  // ParameterUse objects are frozen and shared (params.ts): cache by identity of id+period+flags.
  const k = `${locale}|${u.id}|${u.validFrom}|${u.carriedForward ? 1 : 0}`;
  let f = figureCache.get(k);
  if (!f) {
    f = {
      id: u.id,
      value: u.value,
      formatted: formatFigure(locale, u),
      unit: u.unit,
      validFrom: u.validFrom,
      validTo: u.validTo,
      confidence: u.confidence,
      mustConfirm: u.mustConfirm,
      carriedForward: u.carriedForward,
    };
    if (u.officialUrl) f.officialUrl = u.officialUrl;
    figureCache.set(k, Object.freeze(f));
  }
  return f;
}

const citationCache = new Memo<string, Citation>();

export function citation(id: string): Citation {
  return citationCache.getOr(id, () => {
    const s = (sources as Record<string, { title: string; url: string; checked: IsoDate }>)[id];
    if (!s) throw new Error(`unknown source id ${id}`);
    return Object.freeze({ title: s.title, url: s.url, checked: s.checked });
  });
}

function citations(ids: readonly string[]): Citation[] {
  return ids.map(citation);
}

function fieldLabel(locale: Locale, path: string): string {
  return translator(locale, 'validation')(`fields.${path.replace(/\./g, '_')}`);
}

// ---------------------------------------------------------------------------
// present()
// ---------------------------------------------------------------------------

function presentCheck(t: T, locale: Locale, c: CheckResult): AssessedCheck {
  const out: AssessedCheck = {
    id: c.id,
    status: c.status,
    explanation: message(t, locale, c.text),
    citations: citations(c.sources),
    missing: c.missing,
    figures: c.parameters.map((p) => figure(locale, p)),
  };
  if (c.status === 'unknown' && c.unknownBecause) {
    out.unknownBecause = c.unknownBecause;
    out.unknownReason =
      c.unknownBecause === 'answer-missing'
        ? cachedT(t, 'unknownReasons.answer-missing', { fields: formatList(locale, c.missing.map((p) => fieldLabel(locale, p))) })
        : staticText(t, `unknownReasons.${c.unknownBecause}`);
  }
  return out;
}

function presentHint(t: T, locale: Locale, h: Hint): AssessedHint {
  switch (h.kind) {
    case 'salary-at-least':
      return { ...h, text: salaryHintText(t, locale, h) };
    case 'publish-longer':
      return { ...h, text: cachedT(t, 'hints.publish-longer', { weeksMore: h.weeksMore, until: formatDate(locale, h.until) }) };
    case 'file-from':
      return { ...h, text: cachedT(t, 'hints.file-from', { date: formatDate(locale, h.date) }) };
    case 'answer':
      return { ...h, text: cachedT(t, 'hints.answer', { field: fieldLabel(locale, h.path) }) };
  }
}

/** "A pay actually received of at least €X", or every figure that may apply and what decides between them. */
function salaryHintText(t: T, locale: Locale, h: Extract<Hint, { kind: 'salary-at-least' }>): string {
  const fullTime = h.fte !== undefined ? { fullTime: moneyText(t, locale, Math.ceil((h.amount / h.fte) * 100) / 100, h.per), fte: formatPercent(locale, h.fte) } : { fullTime: '', fte: '' };
  const partTime = h.fte !== undefined ? 'yes' : 'no';
  const alts = h.alternatives ?? [];
  if (alts.length === 2) {
    const [low, high] = alts as [{ amount: number; variant: string }, { amount: number; variant: string }];
    return cachedT(t, 'hints.salary-at-least-depends', {
      low: moneyText(t, locale, low.amount, h.per),
      lowVariant: low.variant,
      high: moneyText(t, locale, high.amount, h.per),
      partTime,
      ...fullTime,
    });
  }
  if (alts.length > 2) {
    return cachedT(t, 'hints.salary-at-least-range', {
      low: moneyText(t, locale, alts[0]!.amount, h.per),
      high: moneyText(t, locale, alts[alts.length - 1]!.amount, h.per),
      fields: formatList(locale, (h.dependsOn ?? []).map((p) => fieldLabel(locale, p))),
    });
  }
  return cachedT(t, 'hints.salary-at-least', { amount: moneyText(t, locale, h.amount, h.per), partTime, ...fullTime });
}

function topicName(t: T, id: string): string {
  const topic = id.split('.')[1] ?? '';
  if (topic === 'fee' || topic === 'processing') return staticText(t, `notices.topics.${topic}`);
  if ((routeNames as readonly string[]).includes(topic)) return staticText(t, `routes.${topic}.name`);
  return staticText(t, 'notices.topics.other');
}
const routeNames: readonly RouteId[] = ['highly-skilled', 'eu-blue-card', 'executive', 'intra-corporate-transfer', 'researcher', 'shortage-occupation', 'labour-market-test'];

function notice(t: T, locale: Locale, u: ParameterUse): Notice | null {
  const value = formatFigure(locale, u);
  if (value === null) return null;
  const name = topicName(t, u.id);
  const text = u.carriedForward
    ? cachedT(t, 'notices.carried-forward', { value, name, year: yearOf(u.validFrom) })
    : u.alternative !== undefined
      ? cachedT(t, 'notices.disputed', { value, name, alternative: formatFigure(locale, { value: u.alternative, unit: u.unit }) ?? '' })
      : cachedT(t, 'notices.must-confirm', { value, name, confidence: u.confidence });
  const n: Notice = { parameter: u.id, text, confidence: u.confidence, carriedForward: u.carriedForward };
  if (u.officialUrl) n.officialUrl = u.officialUrl;
  return n;
}

export function present(ev: Evaluation, locale: Locale): Assessment {
  const t = translator(locale);
  const confirm = new Map<string, ParameterUse>();
  const note = (u: ParameterUse) => {
    if ((u.mustConfirm || u.carriedForward) && !confirm.has(u.id)) confirm.set(u.id, u);
  };

  const eligible = ev.routes.filter((r) => r.status === 'eligible').map((r) => r.id);
  const sourcesUsed: Record<string, Citation> = {};
  const routes: AssessedRoute[] = ev.routes.map((r) => {
    for (const c of r.checks) for (const p of c.parameters) note(p);
    for (const f of r.fees) note(f.parameter);
    if (r.processingTime.parameter) note(r.processingTime.parameter);
    const processingTime: AssessedRoute['processingTime'] = {
      targetDays: r.processingTime.targetDays,
      note: message(t, locale, r.processingTime.text),
    };
    if (r.processingTime.parameter) processingTime.figure = figure(locale, r.processingTime.parameter);
    return {
      id: r.id,
      name: staticText(t, `routes.${r.id}.name`),
      status: r.status,
      checks: r.checks.map((c) => presentCheck(t, locale, c)),
      conditions: r.conditions.map((c) => ({ id: c.id, text: message(t, locale, c.text), citations: citations(c.sources) })),
      documents: r.documents.map((d) => {
        for (const id of d.sources) if (!(id in sourcesUsed)) sourcesUsed[id] = citation(id);
        const doc: AssessedDocument = { id: d.id, title: message(t, locale, d.text), part: d.part, sourceIds: [...d.sources] };
        if (d.detail) doc.detail = message(t, locale, d.detail);
        return doc;
      }),
      fees: r.fees.map((f) => {
        const fee: AssessedFee = { id: f.id, amount: f.amount, currency: f.currency, title: message(t, locale, f.text), payer: f.payer, figure: figure(locale, f.parameter) };
        if (f.exemption) fee.exemption = message(t, locale, f.exemption);
        return fee;
      }),
      processingTime,
      earliestFilingDate: r.earliestFilingDate,
      hints: r.hints.map((h) => presentHint(t, locale, h)),
    };
  });

  let recommendation: string | null = null;
  if (ev.recommendation && ev.recommendedRoute) {
    const others = eligible.filter((id) => id !== ev.recommendedRoute).map((id) => staticText(t, `routes.${id}.name`));
    recommendation = message(t, locale, ev.recommendation, { otherRoutes: formatList(locale, others) });
  }
  // Undetermined before any route: an exemption still unknown would give another verdict (preliminary.ts).
  const verdictKey = undecidedBeforeRoutes(ev) && ev.authority !== null ? 'undeterminedPreliminary' : ev.verdict;
  const verdictText = ev.verdictReason ? `${staticText(t, `verdicts.${ev.verdict}`)} ${staticText(t, `verdictReasons.${ev.verdictReason}`)}` : staticText(t, `verdicts.${verdictKey}`);
  const notices: Notice[] = [];
  for (const u of confirm.values()) {
    const n = notice(t, locale, u);
    if (n) notices.push(n);
  }
  return {
    asOf: ev.asOf,
    rulesVersion: ev.rulesVersion,
    rulesChecked,
    competentAuthority: ev.authority
      ? { id: ev.authority, name: staticText(t, `authorities.${ev.authority}.name`), url: staticText(t, `authorities.${ev.authority}.url`) }
      : null,
    verdict: ev.verdict,
    verdictReason: ev.verdictReason,
    verdictText,
    recommendedRoute: ev.recommendedRoute,
    recommendation,
    routes,
    preliminaryChecks: ev.preliminaryChecks.map((c) => presentCheck(t, locale, c)),
    openQuestions: ev.openQuestions,
    notices,
    sources: sourcesUsed,
  };
}
