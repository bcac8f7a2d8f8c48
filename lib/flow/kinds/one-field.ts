/**
 * Questions of one typed field whose label is the page heading, with an "I don't know" button
 * (number.ts, date.ts). What they share is written here once: the URL keeps the canonical value or
 * "unknown", "unknown" is a missing answer for the rules; each kind says how its value is typed and
 * checked, given to the rules, shown in the field and put in words.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { AnswerPath } from '@/lib/rules/types';
import { parsed, raw, UNKNOWN, type CheckContext, type DraftAnswers, type FormValues, type Question, type Section, type State, type SummaryContext, type ValidationResult } from './kind';

/** The question: its URL slug, its one key (and field name), the answer path it sets, its section. */
export interface OneFieldQuestion<Id extends string, Key extends string> {
  id: Id;
  key: Key;
  path: AnswerPath;
  section: Section;
}

/** How a kind reads, applies and shows its one field. */
export interface OneFieldKind {
  /** The field, but for its name (the key) and label (the question's title). */
  input: { type: 'date' } | { type: 'text'; inputMode: 'numeric' | 'decimal'; width: string };
  /** The typed value checked ("I don't know" never reaches it): its canonical value for the URL, or the problems. */
  check(values: FormValues, ctx: CheckContext): ValidationResult;
  /** The canonical value given to the rules' answers. */
  apply(value: string, draft: DraftAnswers): void;
  /** The canonical value as the field shows it in the page's language. */
  inputValue(value: string, locale: Locale): string;
  /** The canonical value in words, for the check-your-answers page. */
  summary(value: string, ctx: SummaryContext): string;
}

export function oneFieldQuestion<const Id extends string, const Key extends string>(question: OneFieldQuestion<Id, Key>, kind: OneFieldKind): Question<Id, Key> {
  const { key } = question;
  /** The answer, unless missing or "I don't know". */
  const known = (state: State) => (state[key] === UNKNOWN ? undefined : state[key]);
  const q: Question<Id, Key> = {
    id: question.id,
    keys: [key],
    paths: [question.path],
    section: question.section,
    unknown: 'button',
    isAnswered: (state) => state[key] !== undefined,
    parse: (values) => parsed(q, values),
    validate: (values, ctx) => (raw(values, key) === UNKNOWN ? { ok: true, values: { [key]: UNKNOWN } } : kind.check(values, ctx)),
    apply(state, draft) {
      const v = known(state);
      if (v !== undefined) kind.apply(v, draft);
    },
    form: (ctx) => ({
      heading: 'label',
      hint: ctx.sHas('hint') ? ctx.s('hint') : undefined,
      fields: [{ ...kind.input, name: key, label: ctx.s('title') }],
      unknownButton: ctx.s('unknown'),
      links: [],
    }),
    formValues(state, locale) {
      const v = known(state);
      return v === undefined ? {} : { [key]: kind.inputValue(v, locale) };
    },
    summary(state, ctx) {
      const v = state[key];
      if (v === undefined) return '';
      return v === UNKNOWN ? ctx.t('answers.unknown') : kind.summary(v, ctx);
    },
  };
  return q;
}
