/**
 * openQuestions: the missing answers that can still change what the result says — the verdict, the
 * recommended route, the "what would change the outcome" figures, or the documents, fees and time of
 * the recommendation (issue "Ask what defines the case" §2). The wizard asks exactly these.
 *
 *  - Preliminary checks: the missing answers of the unknown checks that come before the first one that
 *    passes (a later exemption cannot change a verdict an earlier one decided; an earlier one can).
 *  - Verdict and recommendation (only when no preliminary check decided the verdict): the missing
 *    answers of `unknown` routes that could still become the recommended route. With an eligible
 *    route, only the unknown routes that rank above the best eligible one (the case's own route,
 *    `preferred`, ranks first).
 *  - Advice: the answers the recommended route's documents and fees depend on (RouteResult
 *    .adviceMissing), and, for every route whose "a salary of €X would qualify" hint is shown, the
 *    answers that decide which threshold applies and those of the route's open checks (whether the
 *    figure holds: the working time, the conversion, the route's other conditions).
 *
 * The order is the order of importance: the preliminary checks first (nationality first), then the
 * routes, best ranked first, then the advice.
 */
import { compareRoutes } from './recommend';
import type { AnswerPath, CheckResult, RouteId, RouteResult } from './types';

/**
 * The missing answers of the preliminary checks that come before the first one that passes (a later
 * check cannot change a verdict an earlier one decided; an earlier one can), and whether one passed.
 */
export function openPreliminaryAnswers(preliminaryChecks: readonly CheckResult[]): { paths: AnswerPath[]; decided: boolean } {
  const paths: AnswerPath[] = [];
  for (const c of preliminaryChecks) {
    if (c.status === 'pass') return { paths, decided: true };
    if (c.status === 'unknown') for (const p of c.missing) if (!paths.includes(p)) paths.push(p);
  }
  return { paths, decided: false };
}

export function openQuestions(preliminaryChecks: readonly CheckResult[], routes: readonly RouteResult[], preferred: RouteId | null = null): AnswerPath[] {
  const { paths: out, decided } = openPreliminaryAnswers(preliminaryChecks);
  if (decided) return out;
  const add = (ps: readonly AnswerPath[]) => {
    for (const p of ps) if (!out.includes(p)) out.push(p);
  };
  let best: RouteResult | null = null;
  const rank = (a: RouteResult, b: RouteResult) => compareRoutes(a, b, preferred);
  for (const r of routes) if (r.status === 'eligible' && (!best || rank(r, best) < 0)) best = r;
  const candidates = routes.filter((r) => r.status === 'unknown' && (!best || rank(r, best) < 0));
  candidates.sort(rank);
  for (const r of candidates) for (const c of r.checks) if (c.status === 'unknown') add(c.missing);

  if (best) add(best.adviceMissing);
  for (const r of routes) {
    if (r.status === 'eligible') continue;
    for (const h of r.hints) {
      if (h.kind !== 'salary-at-least') continue;
      add(h.dependsOn ?? []);
      for (const c of r.checks) if (c.status === 'unknown') add(c.missing);
    }
  }
  return out;
}
