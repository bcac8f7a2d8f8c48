/**
 * The first question: what kind of move this is (as GOV.UK's visa check asks the purpose first).
 * It is asked before the workplace, always, and sets the answers that tell the routes apart:
 *
 *   hire            hired on a Belgian employment contract        posted false, no transfer, no hosting agreement
 *   group-transfer  transferred within a group, stays employed    posted true, no hosting agreement
 *                   by the company abroad                         (the transfer question asks the role)
 *   posting         posted by a foreign employer to carry out     posted true, no transfer, no hosting agreement
 *                   a service, not within its own group
 *   researcher      research under a hosting agreement            hosting agreement, not posted, no transfer
 *   unknown         none of these is set
 */
import type { State } from './kind';
import { choice } from './choice';

export const caseOptions = ['hire', 'group-transfer', 'posting', 'researcher'] as const;
export type Case = (typeof caseOptions)[number];

/** Whether the worker is posted (stays employed by a company abroad), as the case says; undefined when not known. */
export function isPosted(state: State): boolean | undefined {
  const c = state.case;
  return c === 'group-transfer' || c === 'posting' ? true : c === 'hire' || c === 'researcher' ? false : undefined;
}

export const caseQuestion = choice({
  id: 'case',
  key: 'case',
  // It also sets job.intraCorporateTransfer to "none" except for a group transfer, whose role the
  // transfer question asks: that question is the one that answers that path.
  paths: ['job.posted', 'job.researcherHostingAgreement'],
  section: 'case',
  options: caseOptions,
  unknown: 'option',
  always: true,
  apply(value, draft) {
    if (value === undefined) return;
    const c = value as Case;
    draft.job.posted = c === 'group-transfer' || c === 'posting';
    draft.job.researcherHostingAgreement = c === 'researcher';
    if (c !== 'group-transfer') draft.job.intraCorporateTransfer = null;
  },
});
