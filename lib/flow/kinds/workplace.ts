/**
 * The workplace: its postcode (the rules resolve the competent authority from it), or, on another
 * page, the region. Both pages answer the same question: answering one replaces the other.
 * (Whether a postcode of the right shape is a Belgian one is checked by the server action: the
 * postcode list is not sent to the browser.)
 */
import { answerFields } from '@/lib/rules/answer-fields';
import { authorityIds, type AuthorityId } from '@/lib/rules/types';
import { fail, parsed, type Question, raw, type State, type SummaryContext, valueOf } from './kind';

const isAnswered = (s: State) => s.postcode !== undefined || s.region !== undefined;

function apply(state: State, draft: { workplace: { postcode?: string; region?: AuthorityId } | undefined }) {
  if (state.postcode !== undefined) draft.workplace = { postcode: state.postcode };
  else if (state.region !== undefined) draft.workplace = { region: state.region as AuthorityId };
}

function summary(state: State, ctx: SummaryContext): string {
  const region = (a: string) => ctx.t(`steps.region.options.${a}`);
  if (state.postcode) return ctx.t('answers.postcodeOnly', { postcode: state.postcode, authority: ctx.authority ? region(ctx.authority) : '' });
  return state.region ? region(state.region) : '';
}

export const workplace: Question<'workplace', 'postcode' | 'region'> = {
  id: 'workplace',
  keys: ['postcode', 'region'],
  formKeys: ['postcode'],
  paths: ['workplace'],
  section: 'workplace',
  unknown: 'none',
  isAnswered,
  // Postcode or region: the postcode wins (the region page's answer is read by `region`).
  parse(values) {
    if (values.postcode !== undefined) {
      const p = parsed(workplace, { postcode: values.postcode });
      if (p) return p;
    }
    return values.region !== undefined ? parsed(region, { region: values.region }) : null;
  },
  validate(values) {
    const v = raw(values, 'postcode');
    if (v === undefined) return fail('postcode', 'required');
    const compact = v.replace(/\s/g, '').replace(/^B-?/i, '');
    if (!answerFields.postcode.safeParse(compact).success) return fail('postcode', 'invalid');
    return { ok: true, values: { postcode: compact } };
  },
  apply,
  form: (ctx) => ({
    heading: 'label',
    hint: ctx.s('hint'),
    fields: [{ type: 'text', name: 'postcode', label: ctx.s('title'), inputMode: 'numeric', width: 'max-w-28', autoComplete: 'postal-code' }],
    alternative: { href: ctx.href('region'), label: ctx.s('chooseRegion') },
    links: [],
  }),
  formValues: (state) => valueOf('postcode', state.postcode),
  summary,
};

export const region: Question<'region', 'region' | 'postcode'> = {
  id: 'region',
  alternativeOf: 'workplace',
  keys: ['region', 'postcode'],
  formKeys: ['region'],
  paths: ['workplace'],
  section: 'workplace',
  unknown: 'none',
  isAnswered,
  parse: (values) => parsed(region, values),
  validate(values) {
    const v = raw(values, 'region');
    if (v === undefined || !answerFields.region.safeParse(v).success) return fail('region', 'required');
    return { ok: true, values: { region: v } };
  },
  apply,
  form: (ctx) => ({
    heading: 'legend',
    fields: [
      {
        type: 'radios',
        name: 'region',
        options: authorityIds.map((value) => ({ value, label: ctx.s(`options.${value}`), hint: ctx.s(`hints.${value}`) })),
      },
    ],
    alternative: { href: ctx.href('workplace'), label: ctx.s('enterPostcode') },
    links: [],
  }),
  formValues: (state) => valueOf('region', state.region),
  summary,
};
