/**
 * Small fixed indexes of the routes and authorities, for the caches of documents.ts, fees.ts and
 * processing.ts (a row per date, a slot per route × authority).
 */
import type { AuthorityId, RouteId } from './types';

export const routeIndex: Record<RouteId, number> = {
  'highly-skilled': 0,
  'eu-blue-card': 1,
  executive: 2,
  'intra-corporate-transfer': 3,
  researcher: 4,
  'shortage-occupation': 5,
  'labour-market-test': 6,
};
export const authorityIndex: Record<AuthorityId, number> = { flanders: 0, brussels: 1, wallonia: 2, 'german-speaking-community': 3 };
