/**
 * The four authorities side by side, built from the parameters in force on a date.
 *
 * Input is the parameter list itself (what `parametersOn(asOf)` returns), so the page shows exactly
 * the figures the rules module uses, and a test can change a figure and see the page data change.
 *
 * Parameter ids are `<authority|federal|eu>.<topic>.<name>` (lib/rules/types.ts). Rows are the
 * `<topic>.<name>` part: the same row holds each authority's value; federal and EU values apply to
 * all four and are shown once. A row is marked `differ` when the authorities do not all have the
 * same value in the same unit (including when only some have the rule).
 */
import { authorityIds, routeIds, type AuthorityId, type ParameterUse, type RouteId } from '@/lib/rules/types';

export type ParameterScope = AuthorityId | 'federal' | 'eu';

export interface ParsedParameterId {
  scope: ParameterScope;
  /** Route id, or a topic such as `fee` or `processing`; `general` when the id has only two parts. */
  topic: string;
  name: string;
  /** `<topic>.<name>`: the row key shared by the authorities. */
  key: string;
}

const scopes: readonly string[] = [...authorityIds, 'federal', 'eu'];

export function parseParameterId(id: string): ParsedParameterId | null {
  const parts = id.split('.');
  const scope = parts[0];
  if (scope === undefined || !scopes.includes(scope) || parts.length < 2) return null;
  const topic = parts.length === 2 ? 'general' : parts[1]!;
  const name = parts.length === 2 ? parts[1]! : parts.slice(2).join('.');
  return { scope: scope as ParameterScope, topic, name, key: `${topic}.${name}` };
}

export interface CompareRow {
  key: string;
  topic: string;
  name: string;
  /** Federal or EU value that applies to every authority (then `cells` are all null). */
  shared: ParameterUse | null;
  cells: Record<AuthorityId, ParameterUse | null>;
  /** The authorities do not all have the same value in the same unit. */
  differ: boolean;
  /** At least one figure of the row must be confirmed with the authority. */
  mustConfirm: boolean;
}

export interface CompareTopic {
  id: string;
  rows: CompareRow[];
}

export interface RouteAvailability {
  route: RouteId;
  offered: Record<AuthorityId, boolean>;
  differ: boolean;
}

export interface CompareData {
  asOf: string;
  routes: RouteAvailability[];
  topics: CompareTopic[];
}

/** Topic order: the routes in the contract's order, then the rest in a fixed order, then anything new. */
const topicOrder: readonly string[] = [...routeIds, 'general', 'permit', 'filing', 'documents', 'fee', 'processing', 'arrival'];

function topicRank(topic: string): number {
  const i = topicOrder.indexOf(topic);
  return i === -1 ? topicOrder.length : i;
}

function emptyCells(): Record<AuthorityId, ParameterUse | null> {
  return { flanders: null, brussels: null, wallonia: null, 'german-speaking-community': null };
}

/** Value and unit that count for "the same figure" (a rule that does not exist counts as none). */
function signature(use: ParameterUse | null): string {
  if (use === null || use.value === null) return 'none';
  return `${String(use.value)} ${use.unit}`;
}

export function buildComparison(
  asOf: string,
  uses: readonly ParameterUse[],
  offeredRoutes: (authority: AuthorityId) => readonly RouteId[],
): CompareData {
  const rows = new Map<string, CompareRow>();
  const order: string[] = [];
  for (const use of uses) {
    const parsed = parseParameterId(use.id);
    if (parsed === null) continue;
    const key = parsed.scope === 'federal' || parsed.scope === 'eu' ? `${parsed.scope}:${parsed.key}` : parsed.key;
    let row = rows.get(key);
    if (!row) {
      row = { key: parsed.key, topic: parsed.topic, name: parsed.name, shared: null, cells: emptyCells(), differ: false, mustConfirm: false };
      rows.set(key, row);
      order.push(key);
    }
    if (parsed.scope === 'federal' || parsed.scope === 'eu') row.shared = use;
    else row.cells[parsed.scope] = use;
    if (use.mustConfirm) row.mustConfirm = true;
  }
  for (const row of rows.values()) {
    if (row.shared !== null) continue;
    const sigs = new Set(authorityIds.map((a) => signature(row.cells[a])));
    row.differ = sigs.size > 1;
  }
  const topics = new Map<string, CompareTopic>();
  for (const key of order) {
    const row = rows.get(key)!;
    let topic = topics.get(row.topic);
    if (!topic) {
      topic = { id: row.topic, rows: [] };
      topics.set(row.topic, topic);
    }
    topic.rows.push(row);
  }
  const sortedTopics = [...topics.values()].sort((a, b) => topicRank(a.id) - topicRank(b.id));

  const routes: RouteAvailability[] = routeIds.map((route) => {
    const offered = Object.fromEntries(authorityIds.map((a) => [a, offeredRoutes(a).includes(route)])) as Record<AuthorityId, boolean>;
    const values = new Set(Object.values(offered));
    return { route, offered, differ: values.size > 1 };
  });

  return { asOf, routes, topics: sortedTopics };
}

/** The part of an assessed route the document comparison needs (lib/rules present()). */
export interface RouteDocuments {
  id: RouteId;
  documents: readonly { id: string; title: string; detail?: string; citations: readonly { title: string; url: string }[] }[];
}

/**
 * The routes of an assessment as the document comparison needs them, each document with its sources
 * written out (the assessment names them by id and lists each once, in `sources`).
 */
export function routeDocumentsOf(assessment: {
  routes: readonly { id: RouteId; documents: readonly { id: string; title: string; detail?: string; sourceIds: readonly string[] }[] }[];
  sources: Readonly<Record<string, { title: string; url: string }>>;
}): RouteDocuments[] {
  return assessment.routes.map((route) => ({
    id: route.id,
    documents: route.documents.map((d) => ({
      id: d.id,
      title: d.title,
      ...(d.detail ? { detail: d.detail } : {}),
      citations: d.sourceIds.flatMap((id) => (assessment.sources[id] ? [assessment.sources[id]] : [])),
    })),
  }));
}

export interface DocumentCell {
  /** Routes of this authority that ask for the document (empty: not asked). */
  routes: RouteId[];
  /** The document is asked for every route the authority offers. */
  allRoutes: boolean;
  /** Authority-specific details (e.g. "every page of the passport"), without repeats. */
  details: string[];
  citations: { title: string; url: string }[];
}

export interface DocumentRow {
  id: string;
  title: string;
  cells: Record<AuthorityId, DocumentCell>;
  /** The authorities do not ask for it in the same routes, or add different details. */
  differ: boolean;
}

/**
 * Which documents each authority asks for, across its routes, from the rules module's own
 * document lists (an assessment per authority with only the workplace answered).
 */
export function buildDocumentComparison(byAuthority: Record<AuthorityId, readonly RouteDocuments[]>): DocumentRow[] {
  const rows = new Map<string, DocumentRow>();
  for (const a of authorityIds) {
    for (const route of byAuthority[a]) {
      for (const d of route.documents) {
        let row = rows.get(d.id);
        if (!row) {
          const cells = {} as Record<AuthorityId, DocumentCell>;
          for (const b of authorityIds) cells[b] = { routes: [], allRoutes: false, details: [], citations: [] };
          row = { id: d.id, title: d.title, cells, differ: false };
          rows.set(d.id, row);
        }
        const cell = row.cells[a];
        if (!cell.routes.includes(route.id)) cell.routes.push(route.id);
        if (d.detail && !cell.details.includes(d.detail)) cell.details.push(d.detail);
        for (const c of d.citations) if (!cell.citations.some((x) => x.url === c.url && x.title === c.title)) cell.citations.push(c);
      }
    }
  }
  for (const row of rows.values()) {
    const signatures = new Set<string>();
    for (const a of authorityIds) {
      const cell = row.cells[a];
      cell.allRoutes = cell.routes.length > 0 && cell.routes.length === byAuthority[a].length;
      signatures.add(`${cell.allRoutes ? 'all' : cell.routes.join(',')}|${cell.details.length > 0 ? 'detail' : ''}`);
    }
    row.differ = signatures.size > 1;
  }
  return [...rows.values()];
}
