/**
 * The recommendation rule (docs/ARCHITECTURE.md), among the eligible routes:
 *  1. a route without a labour market test always beats the labour market test;
 *  2. then the shortest processing target;
 *  3. then the fixed order below.
 * The message says which rule decided and (in present()) names the other eligible routes.
 */
import { processingFor } from './documents';
import { param } from './routes/shared';
import type { AuthorityId, IsoDate, Message, RouteId, RouteResult } from './types';

export const routeOrder: readonly RouteId[] = Object.freeze([
  'highly-skilled',
  'eu-blue-card',
  'executive',
  'researcher',
  'intra-corporate-transfer',
  'shortage-occupation',
  'labour-market-test',
]);

/**
 * Routes each authority offers on `asOf` (today's rules when no date is given). Brussels has had no
 * executive route since the reform of 1 October 2024 (parameter brussels.executive.route).
 */
export function offeredRoutes(authority: AuthorityId, asOf?: IsoDate): readonly RouteId[] {
  if (authority !== 'brussels') return routeOrder;
  return asOf !== undefined && param('brussels.executive.route', asOf).value === true ? routeOrder : brusselsRoutes;
}
const brusselsRoutes: readonly RouteId[] = Object.freeze(routeOrder.filter((r) => r !== 'executive'));

type Rankable = Pick<RouteResult, 'id'> & { processingTime: { targetDays: number | null } };

/** Negative when `a` ranks above `b`. */
export function compareRoutes(a: Rankable, b: Rankable): number {
  const la = a.id === 'labour-market-test' ? 1 : 0;
  const lb = b.id === 'labour-market-test' ? 1 : 0;
  if (la !== lb) return la - lb;
  const da = a.processingTime.targetDays ?? Infinity;
  const db = b.processingTime.targetDays ?? Infinity;
  if (da !== db) return da < db ? -1 : 1;
  return routeOrder.indexOf(a.id) - routeOrder.indexOf(b.id);
}

/** The routes an authority offers, best first, as the recommendation rule ranks them on that date (for the wizard). */
export function routeRanking(authority: AuthorityId, asOf: IsoDate): RouteId[] {
  return offeredRoutes(authority, asOf)
    .map((id) => ({ id, processingTime: processingFor(id, authority, asOf) }))
    .sort(compareRoutes)
    .map((r) => r.id);
}

export interface Recommendation {
  route: RouteId | null;
  message: Message | null;
}

const none: Recommendation = Object.freeze({ route: null, message: null });

export function recommend(routes: readonly RouteResult[]): Recommendation {
  let best: RouteResult | null = null;
  let second: RouteResult | null = null;
  let count = 0;
  for (const r of routes) {
    if (r.status !== 'eligible') continue;
    count++;
    if (!best || compareRoutes(r, best) < 0) {
      second = best;
      best = r;
    } else if (!second || compareRoutes(r, second) < 0) {
      second = r;
    }
  }
  if (!best) return none;
  let rule: string;
  const values: Message['values'] = { route: { route: best.id }, others: count - 1 };
  if (!second) rule = 'only';
  else if (second.id === 'labour-market-test') rule = 'no-labour-market-test';
  else if ((best.processingTime.targetDays ?? Infinity) < (second.processingTime.targetDays ?? Infinity)) {
    rule = 'fastest';
    values.days = best.processingTime.targetDays as number;
  } else rule = 'order';
  return { route: best.id, message: { key: `recommendation.${rule}`, values } };
}
