/**
 * From an answer the rules still need to the question that asks it: the links of the result page's
 * "still needed" (issue 11.3). The answer then returns to the result (`return=result`); when the
 * flow needs another question first, it goes there and still returns to the result afterwards.
 */
import type { AnswerPath } from '@/lib/rules/types';
import { flowHref, type FlowBase, type FlowParams } from './query';
import { orderedQuestions, type StepId } from './questions';

/** The question that answers `path`: the first one, in order, that sets it. */
export function stepForPath(path: AnswerPath): StepId {
  const q = orderedQuestions.find((x) => x.paths.includes(path));
  // Every answer path has a question (lib/flow/paths.test.ts); the workplace as a safe fallback.
  return q ? q.id : 'workplace';
}

/** The URL of the question that answers `path`, returning to the result: `params` are the result page's. */
export function answerHref(base: FlowBase, path: AnswerPath, params: FlowParams): string {
  return flowHref(base, stepForPath(path), { ...params, returnTo: 'result' });
}
