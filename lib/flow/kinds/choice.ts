/**
 * Choice questions: one group of radios ("I don't know" as a last option after "or", when allowed).
 * Yes/no questions and the answers' own value sets (residence, ICT role, …) are choices.
 */
import type { Option } from '../form';
import { bool, type DraftAnswers, fail, type FormContext, parsed, type Question, raw, type Section, type State, type Translate, UNKNOWN, type UnknownStyle, valueOf } from './kind';
import type { AnswerPath } from '@/lib/rules/types';

export interface ChoiceSpec<Id extends string, Key extends string> {
  id: Id;
  key: Key;
  paths: readonly AnswerPath[];
  section: Section;
  /** The values of the radios, in the order shown, without "unknown". */
  options: readonly string[];
  unknown: UnknownStyle;
  always?: boolean;
  askedWhen?: (state: State) => boolean;
  /** The chosen value ("I don't know" → undefined) into the rules' answers; not called while unanswered. */
  apply(value: string | undefined, draft: DraftAnswers, state: State): void;
  /** The words of an option: by default the step's `options.{value}` (Yes/No for yes/no questions). */
  label?(value: string, t: Translate, s: Translate): string;
  /** An option's hint: by default the step's `hints.{value}` when there is one. */
  hint?(value: string, ctx: FormContext): string | undefined;
  /** Options side by side (default: for yes/no). */
  inline?: boolean;
  /** Links that help to answer (the official list), opened in a new tab. */
  links?(ctx: FormContext): { href: string; label: string }[];
}

export const yesNo = ['yes', 'no'] as const;

const isYesNo = (options: readonly string[]) => options.length === 2 && options[0] === 'yes' && options[1] === 'no';

export function choice<const Id extends string, const Key extends string>(spec: ChoiceSpec<Id, Key>): Question<Id, Key> {
  const allowed = spec.unknown === 'none' ? spec.options : [...spec.options, UNKNOWN];
  const label =
    spec.label ?? (isYesNo(spec.options) ? (v: string, t: Translate) => t(`answers.${v}`) : (v: string, _t: Translate, s: Translate) => s(`options.${v}`));
  const hint = spec.hint ?? ((v: string, ctx: FormContext) => (ctx.sHas(`hints.${v}`) ? ctx.s(`hints.${v}`) : undefined));
  const q: Question<Id, Key> = {
    id: spec.id,
    keys: [spec.key],
    paths: spec.paths,
    section: spec.section,
    unknown: spec.unknown,
    ...(spec.always ? { always: true } : {}),
    ...(spec.askedWhen ? { askedWhen: spec.askedWhen } : {}),
    isAnswered: (state) => state[spec.key] !== undefined,
    parse: (values) => parsed(q, values),
    validate(values) {
      const v = raw(values, spec.key);
      if (v === undefined || !allowed.includes(v)) return fail(spec.key, 'required');
      return { ok: true, values: { [spec.key]: v } };
    },
    apply(state, draft) {
      const v = state[spec.key];
      if (v !== undefined) spec.apply(v === UNKNOWN ? undefined : v, draft, state);
    },
    form(ctx) {
      const options: Option[] = spec.options.map((value) => {
        const h = hint(value, ctx);
        return h ? { value, label: label(value, ctx.t, ctx.s), hint: h } : { value, label: label(value, ctx.t, ctx.s) };
      });
      return {
        heading: 'legend',
        hint: ctx.sHas('hint') ? ctx.s('hint') : undefined,
        fields: [
          {
            type: 'radios',
            name: spec.key,
            options,
            unknown: spec.unknown === 'option' ? { value: UNKNOWN, label: ctx.t('common.dontKnow') } : undefined,
            inline: spec.inline ?? isYesNo(spec.options),
          },
        ],
        links: spec.links?.(ctx) ?? [],
      };
    },
    formValues: (state) => valueOf(spec.key, state[spec.key]),
    summary(state, ctx) {
      const v = state[spec.key];
      if (v === undefined) return '';
      return v === UNKNOWN ? ctx.t('answers.unknown') : label(v, ctx.t, ctx.s);
    },
  };
  return q;
}

/** A yes/no question with "I don't know" (→ a missing answer). */
export function yesNoQuestion<const Id extends string, const Key extends string>(
  id: Id,
  key: Key,
  path: AnswerPath,
  section: Section,
  set: (value: boolean, draft: DraftAnswers) => void,
): Question<Id, Key> {
  return choice({
    id,
    key,
    paths: [path],
    section,
    options: yesNo,
    unknown: 'option',
    apply: (v, d) => {
      const b = bool(v);
      if (b !== undefined) set(b, d);
    },
  });
}
