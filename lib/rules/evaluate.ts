/**
 * evaluate(answers, asOf): the policy decision, language-neutral and pure.
 *
 * Fast by design (bench: lib/rules/evaluate.bench.ts): no Date objects or string formatting on the
 * hot path, parameters memoized per date (routes/shared.ts), frozen objects reused where the answers
 * do not change them.
 */
import { resolveAuthority } from './authority';
import { rulesVersion } from './data/version';
import { preliminary } from './preliminary';
import { caseRoute, recommend, offeredRoutes } from './recommend';
import { openQuestions } from './relevance';
import type { RouteFn } from './routes/build';
import { euBlueCard } from './routes/eu-blue-card';
import { executive } from './routes/executive';
import { highlySkilled } from './routes/highly-skilled';
import { intraCorporateTransfer } from './routes/intra-corporate-transfer';
import { labourMarketTest } from './routes/labour-market-test';
import { researcher } from './routes/researcher';
import { shortageOccupation } from './routes/shortage-occupation';
import type { AuthorityId, Evaluation, IsoDate, RouteId, RouteResult, Verdict } from './types';
import type { Answers } from './answers';

export const routeFunctions: Readonly<Record<RouteId, RouteFn>> = Object.freeze({
  'highly-skilled': highlySkilled,
  'eu-blue-card': euBlueCard,
  executive,
  'intra-corporate-transfer': intraCorporateTransfer,
  researcher,
  'shortage-occupation': shortageOccupation,
  'labour-market-test': labourMarketTest,
});

/** The competent authority, or null when the workplace cannot be resolved (parse() reports that as 422). */
export function authorityOf(answers: Answers): AuthorityId | null {
  const w = answers.workplace as Answers['workplace'] | undefined;
  if (!w) return null;
  const r = resolveAuthority({ postcode: w.postcode, region: w.region });
  return r.ok ? r.authority : null;
}

export function evaluate(answers: Answers, asOf: IsoDate): Evaluation {
  const authority = authorityOf(answers);
  const pre = preliminary(answers, asOf, authority);
  if (authority === null || pre.verdict !== null) {
    return {
      asOf,
      rulesVersion,
      authority,
      preliminaryChecks: pre.checks,
      verdict: pre.verdict ?? 'undetermined',
      verdictReason: pre.reason,
      recommendedRoute: null,
      recommendation: null,
      routes: [],
      openQuestions: authority === null ? [] : openQuestions(pre.checks, []),
    };
  }
  const routes: RouteResult[] = [];
  for (const id of offeredRoutes(authority, asOf)) {
    const r = routeFunctions[id](answers, asOf, authority);
    if (r) routes.push(r);
  }
  let anyEligible = false;
  let allIneligible = true;
  for (const r of routes) {
    if (r.status === 'eligible') anyEligible = true;
    if (r.status !== 'ineligible') allIneligible = false;
  }
  const verdict: Verdict = anyEligible ? 'eligible' : allIneligible ? 'not-eligible' : 'undetermined';
  const preferred = caseRoute(answers);
  const rec = recommend(routes, preferred);
  return {
    asOf,
    rulesVersion,
    authority,
    preliminaryChecks: pre.checks,
    verdict,
    verdictReason: null,
    recommendedRoute: rec.route,
    recommendation: rec.message,
    routes,
    openQuestions: openQuestions(pre.checks, routes, preferred),
  };
}
