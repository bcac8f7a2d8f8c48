/**
 * Guidance for the worker, per route: which statements a page shows, with which figures and sources.
 * The statements are data (lib/guide/statements/); this is the selection. Pure: no React, no Next.js.
 */
import { routeIds, type AuthorityId, type ParameterUse, type RouteId } from '@/lib/rules';
import { sourcesFor } from './sources';
import { guideStatements, type GuideStatement } from './statements';

export { guideSectionIds, guideStatements, type GuideSectionId, type GuideStatement } from './statements';

/**
 * The statements of one route page. With `authority`, statements about other authorities are left
 * out; without it, every authority's statements are kept (their text names the authority).
 */
export function statementsFor(route: RouteId, authority: AuthorityId | null): GuideStatement[] {
  return guideStatements.filter(
    (s) =>
      (s.routes === undefined || s.routes.includes(route)) &&
      (authority === null || s.authorities === undefined || s.authorities.includes(authority)),
  );
}

export function isRouteId(value: unknown): value is RouteId {
  return typeof value === 'string' && (routeIds as readonly string[]).includes(value);
}

export interface ResolvedStatement {
  statement: GuideStatement;
  /** ICU arguments: plain numbers, or amounts of money to format in the page's language. */
  args: Record<string, number | { money: number }>;
  /** The rule parameters the statement shows, as used on the page's date. */
  uses: ParameterUse[];
  /** The statement's sources followed by those of its parameters, without repeats, for the page's authority. */
  sources: string[];
}

/**
 * Reads the figures of each statement from the rules parameters (`lookup` is `valueOn` on the
 * page's date, or a fixture in tests). A statement whose parameter is missing or has no value on
 * that date (the rule does not exist then) is left out rather than shown with a wrong figure.
 * With `authority`, the sources of the other authorities are left out (lib/guide/sources.ts).
 */
export function resolveStatements(
  statements: readonly GuideStatement[],
  lookup: (parameterId: string) => ParameterUse | undefined,
  authority: AuthorityId | null = null,
): ResolvedStatement[] {
  const out: ResolvedStatement[] = [];
  for (const statement of statements) {
    const args: ResolvedStatement['args'] = {};
    const uses: ParameterUse[] = [];
    let ok = true;
    for (const [arg, id] of Object.entries(statement.parameters ?? {})) {
      const use = lookup(id);
      if (!use || typeof use.value !== 'number') {
        ok = false;
        break;
      }
      uses.push(use);
      args[arg] = use.unit.startsWith('EUR') ? { money: use.value } : use.value;
    }
    if (!ok) continue;
    const all = [...new Set([...statement.sources, ...uses.flatMap((u) => u.sources)])];
    out.push({ statement, args, uses, sources: sourcesFor(all, authority) });
  }
  return out;
}
