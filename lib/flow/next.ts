/**
 * Which question comes next. The kind of move is asked first, always; then the workplace (the rules
 * need it); then the rules decide which answers still matter (`evaluation.openQuestions`) and the
 * flow picks, in order, the first question that sets one of them and is not answered yet.
 *
 * `pathTo` replays the flow from the start with the answers of the URL, as GOV.UK Smart Answers
 * does: the questions visited, the current one, and the answers that are on the path. Answers of
 * questions no longer on the path (abandoned branches) are dropped, except answers given from the
 * result page to something it says is still needed.
 */
import type { Answers } from '@/lib/rules/answers';
import { evaluate } from '@/lib/rules/evaluate';
import { openPreliminaryAnswers } from '@/lib/rules/relevance';
import type { AnswerPath, Evaluation, IsoDate } from '@/lib/rules/types';
import { toAnswers, type FlowOptions } from './answers';
import { getQuestion, orderedQuestions, type FlowState, type StepId } from './questions';

export type NextStep = StepId | 'check-answers';

/** The part of an evaluation the flow needs; tests may pass a stand-in (the checks are optional there). */
export type Evaluator = (
  answers: Answers,
  asOf: IsoDate,
) => Pick<Evaluation, 'verdict' | 'openQuestions' | 'authority'> & Partial<Pick<Evaluation, 'preliminaryChecks' | 'routes'>>;
type FlowEvaluation = ReturnType<Evaluator>;

export interface NextOptions extends FlowOptions {
  evaluator?: Evaluator;
}

const defaultEvaluator: Evaluator = (answers, asOf) => evaluate(answers, asOf);

/** Verdicts that end the flow at once (an exemption or another procedure). */
export const finalVerdicts = ['permit-not-required', 'out-of-scope'] as const;

interface Decision {
  step: NextStep;
  /** Null while the workplace is not known. */
  evaluation: FlowEvaluation | null;
}

const alwaysAsked = orderedQuestions.filter((q) => q.always);

function decide(state: FlowState, asOf: IsoDate, options: NextOptions): Decision {
  for (const q of alwaysAsked) if (!q.isAnswered(state, null)) return { step: q.id, evaluation: null };
  const answers = toAnswers(state, options, asOf);
  if (!answers) return { step: 'workplace', evaluation: null };
  let evaluation: FlowEvaluation;
  try {
    evaluation = (options.evaluator ?? defaultEvaluator)(answers, asOf);
  } catch {
    // A workplace the rules cannot resolve (a hand-edited URL): ask for it again.
    return { step: 'workplace', evaluation: null };
  }
  if (evaluation.authority === null && !options.fixedRegion) return { step: 'workplace', evaluation: null };
  // An exemption or another procedure that decided the verdict ends the flow, unless an earlier
  // exemption is still open (the rules list its answer): it could change that verdict.
  const open = new Set(evaluation.openQuestions);
  for (const q of orderedQuestions) {
    if (q.always || q.id === 'workplace') continue;
    if (!q.isAnswered(state, evaluation.authority) && (q.paths.some((p) => open.has(p)) || q.askedWhen?.(state))) return { step: q.id, evaluation };
  }
  return { step: 'check-answers', evaluation };
}

/**
 * The first question, in order, that is unanswered and sets an answer the rules still need;
 * 'check-answers' when none is left or when an exemption or another procedure ends the flow.
 */
export function nextStep(state: FlowState, asOf: IsoDate, options: NextOptions = {}): NextStep {
  return decide(state, asOf, options).step;
}

/**
 * The answers the result says are still needed: the missing answers of its undecided checks, in
 * the preliminary checks before the one that decided (an earlier exemption could still change the
 * verdict) and in the routes still undecided (an ineligible route needs nothing).
 */
export function stillNeeded(evaluation: FlowEvaluation | null): AnswerPath[] {
  if (!evaluation) return [];
  const out = new Set<AnswerPath>(openPreliminaryAnswers(evaluation.preliminaryChecks ?? []).paths);
  if ((finalVerdicts as readonly string[]).includes(evaluation.verdict)) return [...out];
  for (const r of evaluation.routes ?? []) {
    if (r.status === 'unknown') for (const c of r.checks) if (c.status === 'unknown') c.missing.forEach((p) => out.add(p));
  }
  return [...out];
}

export interface FlowPath {
  /** Questions answered on the way, in the order asked (the region page stands for the workplace when used). */
  visited: StepId[];
  /** The next question to ask, or 'check-answers'. */
  current: NextStep;
  /** The answers on the path (abandoned branches and unreadable values dropped). */
  state: FlowState;
  /** At the end: questions not asked that answer something the result says is still needed (its links lead there). */
  answerable: StepId[];
}

/** Replays the flow from the start with the given answers. */
export function pathTo(state: FlowState, asOf: IsoDate, options: NextOptions = {}): FlowPath {
  const kept: FlowState = {};
  const visited: StepId[] = [];
  for (let i = 0; i <= orderedQuestions.length; i++) {
    const { step, evaluation } = decide(kept, asOf, options);
    const authority = evaluation?.authority ?? null;
    let q;
    if (step === 'check-answers') {
      // Answers given from the result page to what it says is still needed (questions the flow did
      // not ask) stay on the path, after the others.
      const needed = new Set(stillNeeded(evaluation));
      const answerable = orderedQuestions.filter((x) => !visited.includes(x.id) && x.paths.some((p) => needed.has(p)));
      q = answerable.find((x) => x.isAnswered(state, authority));
      if (!q) return { visited, current: step, state: kept, answerable: answerable.map((x) => x.id) };
    } else {
      q = getQuestion(step);
      if (!q.isAnswered(state, authority) || visited.includes(step)) return { visited, current: step, state: kept, answerable: [] };
    }
    for (const key of q.keys) {
      const v = state[key];
      if (v !== undefined) kept[key] = v;
    }
    if (q.id === 'workplace') {
      // Postcode or region, not both (the postcode wins, as in the URL codec).
      if (kept.postcode !== undefined) delete kept.region;
      visited.push(kept.postcode !== undefined ? 'workplace' : 'region');
    } else {
      visited.push(q.id);
    }
  }
  throw new Error('The flow did not end: a question is asked twice.');
}

/** The page a step's back link goes to: the previous question on the path, or the start page. */
export function previousStep(path: FlowPath, step: StepId | 'check-answers'): StepId | 'start' {
  if (step === 'check-answers') return path.visited.at(-1) ?? 'start';
  const i = path.visited.indexOf(step);
  const alt = step === 'workplace' ? path.visited.indexOf('region') : step === 'region' ? path.visited.indexOf('workplace') : -1;
  const at = i >= 0 ? i : alt;
  if (at >= 0) return at > 0 ? path.visited[at - 1]! : 'start';
  return path.visited.at(-1) ?? 'start';
}

/**
 * Whether a question page may be shown for these answers: a question on the path (to change it),
 * the current one, the other page of the workplace question, or one the result says is still
 * needed. Anything else redirects to the current step.
 */
export function isReachable(path: FlowPath, step: StepId): boolean {
  if (path.visited.includes(step) || path.current === step || path.answerable.includes(step)) return true;
  const workplacePages: StepId[] = ['workplace', 'region'];
  if (workplacePages.includes(step)) {
    return path.current === 'workplace' || path.visited.some((s) => workplacePages.includes(s));
  }
  return false;
}

/** The evaluation for the answers on the path (null while the workplace is missing). */
export function evaluationFor(state: FlowState, asOf: IsoDate, options: NextOptions = {}): FlowEvaluation | null {
  return decide(state, asOf, options).evaluation;
}
