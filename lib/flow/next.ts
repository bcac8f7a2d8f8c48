/**
 * Which question comes next. The rules decide which answers still matter
 * (`evaluation.openQuestions`); the flow only picks, in order, the first question that sets one of
 * them and is not answered yet.
 *
 * `pathTo` replays the flow from the start with the answers of the URL, as GOV.UK Smart Answers
 * does: the questions visited, the current one, and the answers that are on the path. Answers of
 * questions no longer on the path (abandoned branches) are dropped.
 */
import type { Evaluation, IsoDate } from '@/lib/rules/types';
import { evaluate } from '@/lib/rules/evaluate';
import { getQuestion, orderedQuestions, toAnswers, type FlowOptions, type FlowState, type Question, type StepId } from './questions';
import type { Answers } from '@/lib/rules/answers';

export type NextStep = StepId | 'check-answers';

/** The part of an evaluation the flow needs; tests may pass a stand-in. */
export type Evaluator = (answers: Answers, asOf: IsoDate) => Pick<Evaluation, 'verdict' | 'openQuestions' | 'authority'>;

export interface NextOptions extends FlowOptions {
  evaluator?: Evaluator;
}

const defaultEvaluator: Evaluator = (answers, asOf) => evaluate(answers, asOf);

/** Verdicts that end the flow at once (an exemption or another procedure). */
export const finalVerdicts = ['permit-not-required', 'out-of-scope'] as const;

interface Decision {
  step: NextStep;
  /** Null while the workplace is not known. */
  evaluation: ReturnType<Evaluator> | null;
}

function decide(state: FlowState, asOf: IsoDate, options: NextOptions): Decision {
  const answers = toAnswers(state, options, asOf);
  if (!answers) return { step: 'workplace', evaluation: null };
  let evaluation: ReturnType<Evaluator>;
  try {
    evaluation = (options.evaluator ?? defaultEvaluator)(answers, asOf);
  } catch {
    // A workplace the rules cannot resolve (a hand-edited URL): ask for it again.
    return { step: 'workplace', evaluation: null };
  }
  if (evaluation.authority === null && !options.fixedRegion) return { step: 'workplace', evaluation: null };
  if ((finalVerdicts as readonly string[]).includes(evaluation.verdict)) return { step: 'check-answers', evaluation };
  const open = new Set(evaluation.openQuestions);
  for (const q of orderedQuestions) {
    if (q.id === 'workplace') continue;
    if (!q.isAnswered(state) && q.paths.some((p) => open.has(p))) return { step: q.id, evaluation };
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

export interface FlowPath {
  /** Questions answered on the way, in the order asked (the region page stands for the workplace when used). */
  visited: StepId[];
  /** The next question to ask, or 'check-answers'. */
  current: NextStep;
  /** The answers on the path (abandoned branches and unreadable values dropped). */
  state: FlowState;
}

/** Replays the flow from the start with the given answers. */
export function pathTo(state: FlowState, asOf: IsoDate, options: NextOptions = {}): FlowPath {
  const kept: FlowState = {};
  const visited: StepId[] = [];
  for (let i = 0; i <= orderedQuestions.length; i++) {
    const { step } = decide(kept, asOf, options);
    if (step === 'check-answers') return { visited, current: step, state: kept };
    const q: Question = getQuestion(step);
    if (!q.isAnswered(state) || visited.includes(step)) return { visited, current: step, state: kept };
    for (const key of q.keys) {
      const v = state[key];
      if (v !== undefined) kept[key] = v;
    }
    if (q.id === 'workplace') {
      // Postcode or region, not both (the postcode wins, as in the URL codec).
      if (kept.postcode !== undefined) delete kept.region;
      visited.push(kept.postcode !== undefined ? 'workplace' : 'region');
    } else {
      visited.push(step);
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
 * the current one, or the other page of the workplace question. Anything else redirects to the current step.
 */
export function isReachable(path: FlowPath, step: StepId): boolean {
  if (path.visited.includes(step) || path.current === step) return true;
  const workplacePages: StepId[] = ['workplace', 'region'];
  if (workplacePages.includes(step)) {
    return path.current === 'workplace' || path.visited.some((s) => workplacePages.includes(s));
  }
  return false;
}

/** The evaluation for the answers on the path (null while the workplace is missing). */
export function evaluationFor(state: FlowState, asOf: IsoDate, options: NextOptions = {}): ReturnType<Evaluator> | null {
  return decide(state, asOf, options).evaluation;
}
