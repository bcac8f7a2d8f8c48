/**
 * openQuestions: the missing answers that can still change the verdict or the recommended route.
 *
 *  - Preliminary checks: the missing answers of the unknown checks that come before the first one that
 *    passes (a later exemption cannot change a verdict an earlier one decided; an earlier one can).
 *  - Routes (only when no preliminary check decided the verdict): the missing answers of `unknown`
 *    routes that could still become the recommended route. With an eligible route, only the unknown
 *    routes that rank above the best eligible one matter; ineligible routes never matter.
 */
import { compareRoutes } from './recommend';
import type { AnswerPath, CheckResult, RouteResult } from './types';

export function openQuestions(preliminaryChecks: readonly CheckResult[], routes: readonly RouteResult[]): AnswerPath[] {
  const out: AnswerPath[] = [];
  const add = (ps: readonly AnswerPath[]) => {
    for (const p of ps) if (!out.includes(p)) out.push(p);
  };
  for (const c of preliminaryChecks) {
    if (c.status === 'pass') return out;
    if (c.status === 'unknown') add(c.missing);
  }
  let best: RouteResult | null = null;
  for (const r of routes) if (r.status === 'eligible' && (!best || compareRoutes(r, best) < 0)) best = r;
  const candidates = routes.filter((r) => r.status === 'unknown' && (!best || compareRoutes(r, best) < 0));
  candidates.sort(compareRoutes);
  for (const r of candidates) for (const c of r.checks) if (c.status === 'unknown') add(c.missing);
  return out;
}
