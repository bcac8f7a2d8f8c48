/**
 * Number questions (age, experience, weeks of publication): one text field whose label is the
 * page heading, and an "I don't know" button. The number is typed in the page's language and
 * checked with the answer's own schema (lib/rules/answer-fields.ts).
 */
import type * as z from 'zod/mini';
import { canonicalNumber, numberForInput } from '../numbers';
import { readNumber, type DraftAnswers, type Question, type SummaryContext } from './kind';
import { oneFieldQuestion, type OneFieldQuestion } from './one-field';

export interface NumberSpec<Id extends string, Key extends string> extends OneFieldQuestion<Id, Key> {
  schema: z.ZodMiniType;
  inputMode: 'numeric' | 'decimal';
  set(value: number, draft: DraftAnswers): void;
  /** The answer in words (default: the number in the page's language). */
  summary?(n: number, ctx: SummaryContext): string;
}

export function numberQuestion<const Id extends string, const Key extends string>(spec: NumberSpec<Id, Key>): Question<Id, Key> {
  const { key } = spec;
  return oneFieldQuestion(spec, {
    input: { type: 'text', inputMode: spec.inputMode, width: 'max-w-24' },
    check(values, ctx) {
      const r = readNumber(values, key, ctx.parse, spec.schema);
      return 'issue' in r ? { ok: false, issues: [r.issue] } : { ok: true, values: { [key]: canonicalNumber(r.n) } };
    },
    apply: (v, draft) => spec.set(Number(v), draft),
    inputValue: numberForInput,
    summary: (v, ctx) => (spec.summary ? spec.summary(Number(v), ctx) : ctx.lookups.formatNumber(Number(v))),
  });
}
