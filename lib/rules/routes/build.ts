/** Assembles a route result: status from the checks, then documents, fees and processing time. */
import { documentsFor, feesFor, processingFor } from '../documents';
import { routeStatus } from '../tri';
import type { AuthorityId, CheckResult, Condition, Hint, IsoDate, RouteId, RouteResult } from '../types';
import type { Answers } from '../answers';

export type RouteFn = (answers: Answers, asOf: IsoDate, authority: AuthorityId) => RouteResult | null;

export function buildRoute(
  id: RouteId,
  authority: AuthorityId,
  answers: Answers,
  asOf: IsoDate,
  checks: CheckResult[],
  conditions: Condition[],
  hints: Hint[],
  earliestFilingDate: IsoDate | null = null,
): RouteResult {
  if (checks.length === 0) throw new Error(`route ${id} built without checks`);
  return {
    id,
    status: routeStatus(checks),
    checks,
    conditions,
    documents: documentsFor(id, authority, answers, asOf),
    fees: feesFor(authority, answers, asOf),
    processingTime: processingFor(id, authority, asOf),
    earliestFilingDate,
    hints,
  };
}
