/** Assembles a route result: status from the checks, then documents, fees and processing time. */
import { documentAndFeeAnswers, documentsFor } from '../documents';
import { feesFor } from '../fees';
import { processingFor } from '../processing';
import { routeStatus } from '../tri';
import type { AnswerPath, AuthorityId, CheckResult, Condition, Hint, IsoDate, RouteId, RouteResult } from '../types';
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
  // "A salary of €X would meet the threshold" only helps when nothing but the pay stands in the way.
  const otherFails = checks.some((c) => c.status === 'fail' && !isSalaryCheck(c));
  const kept = otherFails ? hints.filter((h) => h.kind !== 'salary-at-least') : hints;
  return {
    id,
    status: routeStatus(checks),
    checks,
    conditions,
    documents: documentsFor(id, authority, answers, asOf),
    fees: feesFor(authority, answers, asOf),
    processingTime: processingFor(id, authority, asOf),
    earliestFilingDate,
    hints: kept,
    adviceMissing: adviceMissing(id, answers, checks, kept),
  };
}

function isSalaryCheck(c: CheckResult): boolean {
  return c.id === 'salary-threshold';
}

/**
 * What could still change this route's advice: the answers its documents and fees depend on; when the
 * pay is what stands in the way, the answers that decide which threshold applies (so that "€X would
 * qualify" names the right figure) and those of the route's other open checks (so that the figure is
 * not given for a route that another condition closes).
 */
function adviceMissing(id: RouteId, answers: Answers, checks: readonly CheckResult[], hints: readonly Hint[]): AnswerPath[] {
  const shared = documentAndFeeAnswers(id, answers);
  if (!hints.some((h) => h.kind === 'salary-at-least')) return shared as AnswerPath[];
  const out = [...shared];
  const add = (ps: readonly AnswerPath[]) => {
    for (const p of ps) if (!out.includes(p)) out.push(p);
  };
  for (const h of hints) {
    if (h.kind !== 'salary-at-least') continue;
    add(h.dependsOn ?? []);
    for (const c of checks) if (c.status === 'unknown') add(c.missing);
  }
  return out;
}
