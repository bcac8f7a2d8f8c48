/**
 * How long the decision takes, per route and authority (reference §4).
 */
import { Memo } from './memo';
import { authorityIndex, routeIndex } from './route-index';
import { param, num } from './routes/shared';
import type { AuthorityId, IsoDate, Message, MessageValue, ParameterUse, ProcessingTime, RouteId } from './types';

function pt(key: string, days: number | null, u: ParameterUse | null, values?: Record<string, MessageValue>): ProcessingTime {
  const text: Message = values ? { key: `processing.${key}`, values } : { key: `processing.${key}` };
  return Object.freeze({ targetDays: days, text, parameter: u });
}

/**
 * The processing target of a route: independent of the answers (so the recommendation ranking is too).
 * Flanders highly skilled: fast lane (15 days, since 2025-05-01); other Flemish routes: 45 days when
 * in force; Wallonia: 15 days of examination after the completeness letter; researchers: 60 days
 * (Directive 2016/801 art. 34); otherwise the legal maximum of 4 months (120 days) after admissibility.
 */
/** Processing times per date: index = route index × 4 + authority index. */
const ptCache = new Memo<IsoDate, (ProcessingTime | undefined)[]>(1024);


export function processingFor(route: RouteId, authority: AuthorityId, asOf: IsoDate): ProcessingTime {
  const row = ptCache.getOr(asOf, () => []);
  const i = routeIndex[route] * 4 + authorityIndex[authority];
  let res = row[i];
  if (!res) {
    res = computeProcessing(route, authority, asOf);
    row[i] = res;
  }
  return res;
}

function computeProcessing(route: RouteId, authority: AuthorityId, asOf: IsoDate): ProcessingTime {
  if (route === 'researcher') {
    const u = param('eu.researcher.decision-days', asOf);
    const d = num(u);
    if (d !== null) return pt('researcher', d, u, { days: d });
  }
  if (authority === 'flanders') {
    const u = param(route === 'highly-skilled' ? 'flanders.processing.fast-lane-days' : 'flanders.processing.other-days', asOf);
    const d = num(u);
    if (d !== null) return pt(route === 'highly-skilled' ? 'flanders-fast-lane' : 'flanders-other', d, u, { days: d });
  }
  if (authority === 'wallonia') {
    const u = param('wallonia.processing.examination-days', asOf);
    const d = num(u);
    if (d !== null) return pt('wallonia-examination', d, u, { days: d });
  }
  if (authority === 'brussels') {
    const u = param('brussels.processing.max-days', asOf);
    const d = num(u);
    if (d !== null) return pt('legal-maximum', d, u, { days: d });
  }
  const u = param('federal.processing.max-days', asOf);
  const d = num(u);
  // From 21 May 2026 the recast Single Permit Directive sets 90 days; its transposition is not
  // confirmed, so the 4 months of Belgian law stay the target, and the result shows both.
  if (u.alternative !== undefined) return pt('legal-maximum-disputed', d, u, { days: d ?? 120, alternative: u.alternative });
  return pt('legal-maximum', d, u, { days: d ?? 120 });
}
