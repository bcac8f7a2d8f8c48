/**
 * "How this tool decides": the flow of questions, the recommendation rule and every parameter in
 * force on a date, as data for the page.
 *
 * Everything is an input (the parameter list, the questions, what the rules say at the start for
 * each authority, the route ranking), so the page renders what lib/flow and lib/rules use, and a
 * test can change a figure and see the page data change.
 */
import { authorityIds, type AnswerPath, type AuthorityId, type ParameterUse, type RouteId } from '@/lib/rules/types';
import { parseParameterId, type ParameterScope } from './compare';

/** The part of a lib/flow question the page needs. */
export interface QuestionLike {
  id: string;
  paths: readonly AnswerPath[];
  alternativeOf?: string;
}

/** The part of an evaluation with no answers but the workplace that the page needs. */
export interface StartEvaluation {
  openQuestions: readonly AnswerPath[];
  preliminaryChecks: readonly { missing: readonly AnswerPath[] }[];
}

export interface FlowNode {
  id: string;
  /** 1-based position among the questions asked in order (alternatives share the position of their main question). */
  position: number;
  paths: readonly AnswerPath[];
  /** Another page for the same question (the region page for the workplace). */
  alternativeOf: string | null;
  /** An answer to this question can end the flow at once (exemption or another procedure). */
  canEndFlow: boolean;
  /** Whether the rules may ask it, per authority (an answer it sets is open at the start). */
  askedIn: Record<AuthorityId, boolean>;
}

export interface ParameterRow {
  use: ParameterUse;
  scope: ParameterScope;
  /** `<topic>.<name>`: the message key of the label. */
  key: string;
  /** Plain-English description from the data (fallback when no translated label exists). */
  description: string;
}

export interface ParameterGroup {
  scope: ParameterScope;
  rows: ParameterRow[];
}

export interface HowItDecidesData {
  asOf: string;
  flow: FlowNode[];
  /** The fixed order of rule 3 of the recommendation rule. */
  routeOrder: readonly RouteId[];
  /** The routes each authority offers, best first as the rule ranks them on that date. */
  ranking: Record<AuthorityId, readonly RouteId[]>;
  parameters: ParameterGroup[];
}

export interface HowItDecidesInput {
  asOf: string;
  uses: readonly ParameterUse[];
  questions: readonly QuestionLike[];
  startEvaluations: Record<AuthorityId, StartEvaluation>;
  routeOrder: readonly RouteId[];
  ranking: Record<AuthorityId, readonly RouteId[]>;
  describe: (parameterId: string) => string;
}

const scopeOrder: readonly ParameterScope[] = ['federal', 'eu', ...authorityIds];

export function buildHowItDecides(input: HowItDecidesInput): HowItDecidesData {
  const endPaths = new Set<AnswerPath>();
  const open: Record<AuthorityId, Set<AnswerPath>> = {} as Record<AuthorityId, Set<AnswerPath>>;
  for (const a of authorityIds) {
    const e = input.startEvaluations[a];
    open[a] = new Set(e.openQuestions);
    for (const c of e.preliminaryChecks) for (const p of c.missing) endPaths.add(p);
  }

  const flow: FlowNode[] = [];
  let position = 0;
  const positions = new Map<string, number>();
  for (const q of input.questions) {
    const alt = q.alternativeOf ?? null;
    const pos = alt !== null ? (positions.get(alt) ?? position) : ++position;
    positions.set(q.id, pos);
    const askedIn = Object.fromEntries(
      authorityIds.map((a) => [a, q.paths.includes('workplace') || q.paths.some((p) => open[a].has(p))]),
    ) as Record<AuthorityId, boolean>;
    flow.push({ id: q.id, position: pos, paths: q.paths, alternativeOf: alt, canEndFlow: q.paths.some((p) => endPaths.has(p)), askedIn });
  }

  const groups = new Map<ParameterScope, ParameterRow[]>();
  for (const use of input.uses) {
    const parsed = parseParameterId(use.id);
    if (parsed === null) continue;
    const rows = groups.get(parsed.scope) ?? [];
    rows.push({ use, scope: parsed.scope, key: parsed.key, description: input.describe(use.id) });
    groups.set(parsed.scope, rows);
  }
  const parameters = scopeOrder.filter((s) => groups.has(s)).map((scope) => ({ scope, rows: groups.get(scope)! }));

  return { asOf: input.asOf, flow, routeOrder: input.routeOrder, ranking: input.ranking, parameters };
}

/**
 * A Mermaid-style text of the flow (for reviewers who want to paste it into a diagram tool; the page
 * renders it as text, no script runs). Labels are passed in, already translated.
 */
export function flowAsMermaid(flow: readonly FlowNode[], label: (id: string) => string, endLabel: string, resultLabel: string): string {
  const main = flow.filter((n) => n.alternativeOf === null);
  const clean = (s: string) => s.replace(/["\n]/g, ' ');
  const lines = ['flowchart TD'];
  main.forEach((n, i) => {
    lines.push(`  q${i + 1}["${i + 1}. ${clean(label(n.id))}"]`);
    if (i > 0) lines.push(`  q${i} --> q${i + 1}`);
    if (n.canEndFlow) lines.push(`  q${i + 1} -.-> stop(["${clean(endLabel)}"])`);
  });
  lines.push(`  q${main.length} --> result(["${clean(resultLabel)}"])`);
  return lines.join('\n');
}
