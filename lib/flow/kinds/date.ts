/**
 * Date questions (the start of the vacancy's publication, the date of a diploma): one date field
 * whose label is the page heading, and an "I don't know" button. The URL keeps YYYY-MM-DD; a date
 * typed by hand as D/M/YYYY, D.M.YYYY or D-M-YYYY is accepted too.
 */
import { answerFields } from '@/lib/rules/answer-fields';
import type { AnswerPath, IsoDate } from '@/lib/rules/types';
import { type DraftAnswers, fail, parsed, type Question, raw, schemaIssue, type Section, UNKNOWN, valueOf } from './kind';

/** A date typed as YYYY-MM-DD (date input) or D/M/YYYY, D.M.YYYY, D-M-YYYY (typed by hand). */
export function normalizeDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

export interface DateSpec<Id extends string, Key extends string> {
  id: Id;
  key: Key;
  path: AnswerPath;
  section: Section;
  /** Plausible dates for this question (a typing mistake like 0226 is refused). */
  earliest: IsoDate;
  latest: IsoDate;
  set(value: IsoDate, draft: DraftAnswers): void;
}

export function dateQuestion<const Id extends string, const Key extends string>(spec: DateSpec<Id, Key>): Question<Id, Key> {
  const { key } = spec;
  const q: Question<Id, Key> = {
    id: spec.id,
    keys: [key],
    paths: [spec.path],
    section: spec.section,
    unknown: 'button',
    isAnswered: (state) => state[key] !== undefined,
    parse: (values) => parsed(q, values),
    validate(values) {
      const v = raw(values, key);
      if (v === undefined) return fail(key, 'required');
      if (v === UNKNOWN) return { ok: true, values: { [key]: UNKNOWN } };
      const iso = normalizeDate(v);
      if (!iso || schemaIssue(answerFields.isoDate, iso) || iso < spec.earliest || iso > spec.latest) return fail(key, 'invalid');
      return { ok: true, values: { [key]: iso } };
    },
    apply(state, draft) {
      const v = state[key];
      if (v !== undefined && v !== UNKNOWN) spec.set(v, draft);
    },
    form: (ctx) => ({
      heading: 'label',
      hint: ctx.sHas('hint') ? ctx.s('hint') : undefined,
      fields: [{ type: 'date', name: key, label: ctx.s('title') }],
      unknownButton: ctx.s('unknown'),
      links: [],
    }),
    formValues: (state) => valueOf(key, state[key] === UNKNOWN ? undefined : state[key]),
    summary(state, ctx) {
      const v = state[key];
      if (v === undefined) return '';
      return v === UNKNOWN ? ctx.t('answers.unknown') : ctx.lookups.formatDate(v);
    },
  };
  return q;
}
