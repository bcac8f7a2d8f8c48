/**
 * What the result page shows, selected from an Assessment (lib/rules present()): the recommended
 * route in full, the other routes as short cards with their deciding reason, the answers that
 * decide most, only the figures to confirm that this result relies on (with where each is used),
 * and the Flemish under-30 clause. Pure data selection: no React, no Next.js, no translation
 * (every text here comes already translated from the Assessment).
 */
import type { AnswerPath, AssessedCheck, AssessedHint, AssessedRoute, Assessment, Figure, Notice, RouteId, RouteStatus } from '@/lib/rules';

/** Where a figure is used: a check of a route, one of its fees, or its processing time. */
export type FigurePlace =
  | { kind: 'check'; route: RouteId; check: string }
  | { kind: 'fee'; route: RouteId; fee: string }
  | { kind: 'processing'; route: RouteId };

/** A figure to confirm with the authority before relying on it, and where the result uses it. */
export interface FigureToConfirm extends Notice {
  /** The value in words ("€39,129.60 a year"). */
  formatted: string | null;
  usedIn: FigurePlace[];
}

/** Another route than the recommended one, in one line. */
export interface RouteCard {
  id: RouteId;
  name: string;
  status: RouteStatus;
  /** The check that decided: the first failing one, else the first unknown one; null when every check is met. */
  reason: AssessedCheck | null;
  /** What would change that check (a route that is not open): "a salary of at least …", "publish longer …", an answer to give again. */
  hint: AssessedHint | null;
}

/**
 * The Flemish under-30 clause (reference §1.1, agii.be 2024): with the reduced (80%) threshold for
 * workers under 30, the contract must raise the pay at 30, otherwise the permit ends the day before
 * the 30th birthday. `age` is the rule parameter (30).
 */
export interface Under30Clause {
  age: number;
}

export interface ResultView {
  /** No permit needed, or another procedure: the page ends with the check that decided. */
  finished: boolean;
  recommended: AssessedRoute | null;
  /** The other routes of the authority, in the Assessment's order. */
  others: RouteCard[];
  /** Answers that could still change the verdict or the recommendation, those that decide most first (nationality first). */
  decidingAnswers: AnswerPath[];
  /** The preliminary checks that decided a `finished` result (those that passed). */
  decidedBy: AssessedCheck[];
  figuresToConfirm: FigureToConfirm[];
  under30Clause: Under30Clause | null;
}

/** The one view of a route page: the route in full, its figures to confirm and its clause. */
export interface RouteView {
  route: AssessedRoute;
  recommended: boolean;
  figuresToConfirm: FigureToConfirm[];
  under30Clause: Under30Clause | null;
}

const FLANDERS_REDUCED = 'flanders.highly-skilled.salary-reduced';
const FLANDERS_GENERAL = 'flanders.highly-skilled.salary';
const FLANDERS_UNDER_AGE = 'flanders.highly-skilled.reduced-under-age';

export function resultView(a: Assessment): ResultView {
  const finished = a.verdict === 'permit-not-required' || a.verdict === 'out-of-scope';
  const recommended = a.routes.find((r) => r.id === a.recommendedRoute) ?? null;
  const others = finished ? [] : a.routes.filter((r) => r !== recommended).map(routeCard);
  // The figures the result relies on: the recommended route's; without one, those of the checks
  // that decided each route's card.
  const places: [FigurePlace, Figure][] = recommended
    ? figuresOf(recommended)
    : others.flatMap((c) => (c.reason ? c.reason.figures.map((f): [FigurePlace, Figure] => [{ kind: 'check', route: c.id, check: c.reason!.id }, f]) : []));
  return {
    finished,
    recommended,
    others,
    decidingAnswers: finished ? [] : [...a.openQuestions],
    decidedBy: finished ? a.preliminaryChecks.filter((c) => c.status === 'pass') : [],
    figuresToConfirm: finished ? [] : toConfirm(a.notices, places),
    under30Clause: recommended ? under30Clause(a, recommended) : null,
  };
}

/** A route page: null when the authority has no such route for these answers. */
export function routeView(a: Assessment, id: string): RouteView | null {
  const route = a.routes.find((r) => r.id === id);
  if (!route) return null;
  return {
    route,
    recommended: route.id === a.recommendedRoute,
    figuresToConfirm: toConfirm(a.notices, figuresOf(route)),
    under30Clause: under30Clause(a, route),
  };
}

export function routeCard(r: AssessedRoute): RouteCard {
  const reason = r.checks.find((c) => c.status === 'fail') ?? r.checks.find((c) => c.status === 'unknown') ?? null;
  const hint = reason && r.status !== 'eligible' ? (r.hints.find((h) => hintIsAbout(h, reason)) ?? null) : null;
  return { id: r.id, name: r.name, status: r.status, reason, hint };
}

function hintIsAbout(h: AssessedHint, check: AssessedCheck): boolean {
  switch (h.kind) {
    case 'salary-at-least':
      return h.checkId === check.id;
    case 'publish-longer':
      return check.id.startsWith('publication');
    case 'answer':
      return h.path !== undefined && check.missing.includes(h.path);
    default:
      return false;
  }
}

/**
 * The clause is shown whenever the route relies on the reduced Flemish threshold: its salary check
 * was compared with the reduced figure only (when it is also compared with the general figure, the
 * salary met the general one, or the route is not decided).
 */
export function under30Clause(a: Assessment, route: AssessedRoute): Under30Clause | null {
  if (a.competentAuthority?.id !== 'flanders' || route.id !== 'highly-skilled' || route.status !== 'eligible') return null;
  const salary = route.checks.find((c) => c.id === 'salary-threshold');
  if (!salary || salary.status !== 'pass') return null;
  const ids = new Set(salary.figures.map((f) => f.id));
  if (!ids.has(FLANDERS_REDUCED) || ids.has(FLANDERS_GENERAL)) return null;
  const age = salary.figures.find((f) => f.id === FLANDERS_UNDER_AGE)?.value;
  return typeof age === 'number' ? { age } : null;
}

/** Every figure a route uses, with where: its checks, its fees, its processing time. */
function figuresOf(r: AssessedRoute): [FigurePlace, Figure][] {
  const out: [FigurePlace, Figure][] = [];
  for (const c of r.checks) for (const f of c.figures) out.push([{ kind: 'check', route: r.id, check: c.id }, f]);
  for (const fee of r.fees) out.push([{ kind: 'fee', route: r.id, fee: fee.id }, fee.figure]);
  if (r.processingTime.figure) out.push([{ kind: 'processing', route: r.id }, r.processingTime.figure]);
  return out;
}

/** The notices of the figures used at `places`, in the Assessment's order, each with where it is used. */
function toConfirm(notices: Notice[], places: [FigurePlace, Figure][]): FigureToConfirm[] {
  const out: FigureToConfirm[] = [];
  for (const n of notices) {
    const uses = places.filter(([, f]) => f.id === n.parameter);
    if (uses.length > 0) out.push({ ...n, formatted: uses[0]![1].formatted, usedIn: uses.map(([place]) => place) });
  }
  return out;
}

/** The figures to confirm used at one place (a check, a fee, the processing time of a route). */
export function confirmAt(figures: FigureToConfirm[], place: FigurePlace): FigureToConfirm[] {
  return figures.filter((f) => f.usedIn.some((p) => samePlace(p, place)));
}

function samePlace(a: FigurePlace, b: FigurePlace): boolean {
  if (a.kind !== b.kind || a.route !== b.route) return false;
  if (a.kind === 'check' && b.kind === 'check') return a.check === b.check;
  if (a.kind === 'fee' && b.kind === 'fee') return a.fee === b.fee;
  return true;
}
