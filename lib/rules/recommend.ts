/**
 * The recommendation rule (docs/ARCHITECTURE.md), among the eligible routes:
 *  0. the route made for the case, when the answers name one (caseRoute);
 *  1. a route without a labour market test always beats the labour market test;
 *  2. then the shortest processing target;
 *  3. then the fixed order below.
 * The message says which rule decided and (in present()) names the other eligible routes.
 */
import { processingFor } from './processing';
import { param } from './routes/shared';
import type { Answers } from './answers';
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

/**
 * The route made for the case the answers describe, or null: a transfer within a group as manager,
 * specialist or trainee → the intra-corporate transfer permit (Directive 2014/66/EU, art. 1 and 3);
 * a hosting agreement with an approved research organisation → the researcher permit (Directive (EU)
 * 2016/801, art. 8). Another open route may fit the law too, but not the case the employer described:
 * it documents a Belgian employment contract the transferee does not have.
 */
export function caseRoute(answers: Answers): RouteId | null {
  const job = answers.job;
  // A posted worker whose role is not known yet may be a transferee: the answer can change the recommendation.
  if (job?.intraCorporateTransfer || (job?.posted === true && job.intraCorporateTransfer === undefined)) return 'intra-corporate-transfer';
  if (job?.researcherHostingAgreement === true) return 'researcher';
  return null;
}

/** Negative when `a` ranks above `b`; `preferred` is the case's route (caseRoute), which ranks first. */
export function compareRoutes(a: Rankable, b: Rankable, preferred: RouteId | null = null): number {
  if (preferred !== null && (a.id === preferred) !== (b.id === preferred)) return a.id === preferred ? -1 : 1;
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

export function recommend(routes: readonly RouteResult[], preferred: RouteId | null = null): Recommendation {
  let best: RouteResult | null = null;
  let second: RouteResult | null = null;
  let count = 0;
  for (const r of routes) {
    if (r.status !== 'eligible') continue;
    count++;
    if (!best || compareRoutes(r, best, preferred) < 0) {
      second = best;
      best = r;
    } else if (!second || compareRoutes(r, second, preferred) < 0) {
      second = r;
    }
  }
  if (!best) return none;
  let rule: string;
  const values: Message['values'] = { route: { route: best.id }, others: count - 1 };
  if (!second) rule = 'only';
  // The case's own route, where it would not have won without being the case's.
  else if (best.id === preferred && compareRoutes(best, second) > 0) rule = 'case';
  else if (second.id === 'labour-market-test') rule = 'no-labour-market-test';
  else if ((best.processingTime.targetDays ?? Infinity) < (second.processingTime.targetDays ?? Infinity)) {
    rule = 'fastest';
    values.days = best.processingTime.targetDays as number;
  } else rule = 'order';
  return { route: best.id, message: { key: `recommendation.${rule}`, values } };
}
