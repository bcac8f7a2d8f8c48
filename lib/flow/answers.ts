/**
 * The rules' answers for the wizard's URL values: each question applies its own answer (its kind's
 * `apply`). "I don't know" becomes a missing answer (or "unsure" for the shortage lists).
 */
import type { Answers } from '@/lib/rules/answers';
import type { AuthorityId, IsoDate } from '@/lib/rules/types';
import type { DraftAnswers } from './kinds/kind';
import { orderedQuestions, type FlowState } from './questions';

export interface FlowOptions {
  /** Region fixed by an embedding preset: the workplace question is skipped. */
  fixedRegion?: AuthorityId;
}

/** The rules' answers for the given URL values; null while the workplace is unknown (the rules need it). */
export function toAnswers(state: FlowState, options: FlowOptions = {}, asOf?: IsoDate): Answers | null {
  const draft: DraftAnswers = { workplace: undefined, worker: {}, job: {}, vacancy: {} };
  for (const q of orderedQuestions) q.apply(state, draft);
  if (options.fixedRegion) draft.workplace = { region: options.fixedRegion };
  if (!draft.workplace) return null;
  const answers: Answers = { workplace: draft.workplace };
  if (asOf) answers.asOf = asOf;
  if (Object.keys(draft.worker).length) answers.worker = draft.worker;
  if (Object.keys(draft.job).length) answers.job = draft.job;
  if (Object.keys(draft.vacancy).length) answers.vacancy = draft.vacancy;
  return answers;
}
