/**
 * Date questions (the start of the vacancy's publication, the date of a diploma): one date field
 * whose label is the page heading, and an "I don't know" button. The URL keeps YYYY-MM-DD; a date
 * typed by hand as D/M/YYYY, D.M.YYYY or D-M-YYYY is accepted too.
 */
import { answerFields } from '@/lib/rules/answer-fields';
import type { IsoDate } from '@/lib/rules/types';
import { type DraftAnswers, fail, type Question, raw, schemaIssue } from './kind';
import { oneFieldQuestion, type OneFieldQuestion } from './one-field';

/** A date typed as YYYY-MM-DD (date input) or D/M/YYYY, D.M.YYYY, D-M-YYYY (typed by hand). */
export function normalizeDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

export interface DateSpec<Id extends string, Key extends string> extends OneFieldQuestion<Id, Key> {
  /** Plausible dates for this question (a typing mistake like 0226 is refused). */
  earliest: IsoDate;
  latest: IsoDate;
  set(value: IsoDate, draft: DraftAnswers): void;
}

export function dateQuestion<const Id extends string, const Key extends string>(spec: DateSpec<Id, Key>): Question<Id, Key> {
  const { key } = spec;
  return oneFieldQuestion(spec, {
    input: { type: 'date' },
    check(values) {
      const v = raw(values, key);
      if (v === undefined) return fail(key, 'required');
      const iso = normalizeDate(v);
      if (!iso || schemaIssue(answerFields.isoDate, iso) || iso < spec.earliest || iso > spec.latest) return fail(key, 'invalid');
      return { ok: true, values: { [key]: iso } };
    },
    apply: (v, draft) => spec.set(v, draft),
    inputValue: (v) => v,
    summary: (v, ctx) => ctx.lookups.formatDate(v),
  });
}
