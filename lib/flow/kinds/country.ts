/**
 * The nationality: a native select of every country (names from Intl.DisplayNames in the page's
 * language, sorted as that language sorts), "I don't know yet" as its first real option. With
 * JavaScript the page layers a type-ahead search on it (components/govuk/Autocomplete.tsx).
 */
import { answerFields } from '@/lib/rules/answer-fields';
import { countryCodes, isNationalityCode, userAssignedNationalityCodes } from '@/lib/rules/data/countries';
import type { Locale } from '@/lib/i18n/locales';
import type { Option } from '../form';
import { fail, parsed, type Question, raw, UNKNOWN, valueOf } from './kind';

/** The nationalities offered: ISO 3166-1 and Kosovo (XK). */
export const nationalityCodes: readonly string[] = [...countryCodes, ...userAssignedNationalityCodes];

/** Every nationality, named in the page's language and sorted as that language sorts. */
export function countryOptions(locale: Locale): Option[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return nationalityCodes.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => collator.compare(a.label, b.label));
}

export const nationality: Question<'nationality', 'nationality'> = {
  id: 'nationality',
  keys: ['nationality'],
  paths: ['worker.nationality'],
  section: 'candidate',
  unknown: 'option',
  isAnswered: (state) => state.nationality !== undefined,
  parse: (values) => parsed(nationality, values),
  validate(values) {
    const v = raw(values, 'nationality');
    if (v === undefined) return fail('nationality', 'required');
    if (v === UNKNOWN) return { ok: true, values: { nationality: UNKNOWN } };
    const code = v.toUpperCase();
    if (!answerFields.nationality.safeParse(code).success || !isNationalityCode(code)) return fail('nationality', 'required');
    return { ok: true, values: { nationality: code } };
  },
  apply(state, draft) {
    const v = state.nationality;
    if (v !== undefined && v !== UNKNOWN) draft.worker.nationality = v;
  },
  form: (ctx) => ({
    heading: 'label',
    hint: ctx.s('hint'),
    fields: [
      {
        type: 'select',
        name: 'nationality',
        label: ctx.s('title'),
        placeholder: ctx.s('placeholder'),
        options: countryOptions(ctx.locale),
        unknown: { value: UNKNOWN, label: ctx.s('unknown') },
        autocomplete: {
          hint: ctx.s('autocomplete.hint'),
          noResults: ctx.s('autocomplete.noResults'),
          oneResult: ctx.s('autocomplete.oneResult'),
          // {count} is filled in by the browser.
          results: ctx.s('autocomplete.results', { count: '{count}' }),
        },
      },
    ],
    links: [],
  }),
  formValues: (state) => valueOf('nationality', state.nationality),
  summary(state, ctx) {
    const v = state.nationality;
    if (v === undefined) return '';
    return v === UNKNOWN ? ctx.t('answers.unknown') : (new Intl.DisplayNames([ctx.locale], { type: 'region' }).of(v) ?? v);
  },
};
