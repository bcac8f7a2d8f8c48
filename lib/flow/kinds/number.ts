/**
 * Number questions (age, experience, weeks of publication): one text field whose label is the
 * page heading, and an "I don't know" button. The number is typed in the page's language and
 * checked with the answer's own schema (lib/rules/answer-fields.ts).
 */
import type * as z from 'zod/mini';
import type { AnswerPath } from '@/lib/rules/types';
import { canonicalNumber, numberForInput } from '../numbers';
import { parsed, raw, readNumber, UNKNOWN, type DraftAnswers, type Question, type Section, type SummaryContext } from './kind';

export interface NumberSpec<Id extends string, Key extends string> {
  id: Id;
  key: Key;
  path: AnswerPath;
  section: Section;
  schema: z.ZodMiniType;
  inputMode: 'numeric' | 'decimal';
  set(value: number, draft: DraftAnswers): void;
  /** The answer in words (default: the number in the page's language). */
  summary?(n: number, ctx: SummaryContext): string;
}

export function numberQuestion<const Id extends string, const Key extends string>(spec: NumberSpec<Id, Key>): Question<Id, Key> {
  const { key } = spec;
  const q: Question<Id, Key> = {
    id: spec.id,
    keys: [key],
    paths: [spec.path],
    section: spec.section,
    unknown: 'button',
    isAnswered: (state) => state[key] !== undefined,
    parse: (values) => parsed(q, values),
    validate(values, ctx) {
      if (raw(values, key) === UNKNOWN) return { ok: true, values: { [key]: UNKNOWN } };
      const r = readNumber(values, key, ctx.parse, spec.schema);
      return 'issue' in r ? { ok: false, issues: [r.issue] } : { ok: true, values: { [key]: canonicalNumber(r.n) } };
    },
    apply(state, draft) {
      const v = state[key];
      if (v !== undefined && v !== UNKNOWN) spec.set(Number(v), draft);
    },
    form: (ctx) => ({
      heading: 'label',
      hint: ctx.sHas('hint') ? ctx.s('hint') : undefined,
      fields: [{ type: 'text', name: key, label: ctx.s('title'), inputMode: spec.inputMode, width: 'max-w-24' }],
      unknownButton: ctx.s('unknown'),
      links: [],
    }),
    formValues: (state, locale) => {
      const v = numberForInput(state[key], locale);
      return v ? { [key]: v } : {};
    },
    summary(state, ctx) {
      const v = state[key];
      if (v === undefined) return '';
      if (v === UNKNOWN) return ctx.t('answers.unknown');
      return spec.summary ? spec.summary(Number(v), ctx) : ctx.lookups.formatNumber(Number(v));
    },
  };
  return q;
}
