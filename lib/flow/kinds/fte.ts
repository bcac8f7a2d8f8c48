/**
 * Working time: full time, or part time with its percentage of a full-time job (revealed under the
 * option). The URL keeps the percentage; the rules get the fraction.
 */
import { answerFields } from '@/lib/rules/answer-fields';
import { canonicalNumber, numberForInput } from '../numbers';
import { fail, parsed, raw, readNumber, UNKNOWN, type Question } from './kind';

export const workingTime: Question<'working-time', 'fte' | 'ftePercent'> = {
  id: 'working-time',
  keys: ['fte', 'ftePercent'],
  paths: ['job.fte'],
  section: 'job',
  unknown: 'option',
  isAnswered: (state) => state.fte !== undefined,
  parse: (values) => parsed(workingTime, values),
  validate(values, ctx) {
    const f = raw(values, 'fte');
    if (f === 'full' || f === UNKNOWN) return { ok: true, values: { fte: f } };
    if (f !== 'part') return fail('fte', 'required');
    const percent = raw(values, 'ftePercent')?.replace(/%$/, '');
    const r = readNumber({ ftePercent: percent }, 'ftePercent', ctx.parse, answerFields.fte, 100);
    return 'issue' in r ? { ok: false, issues: [r.issue] } : { ok: true, values: { fte: 'part', ftePercent: canonicalNumber(r.n) } };
  },
  apply(state, draft) {
    if (state.fte === 'full') draft.job.fte = 1;
    else if (state.fte === 'part' && state.ftePercent) draft.job.fte = Number(state.ftePercent) / 100;
  },
  form: (ctx) => ({
    heading: 'legend',
    hint: ctx.sHas('hint') ? ctx.s('hint') : undefined,
    fields: [
      {
        type: 'radios',
        name: 'fte',
        options: ['full', 'part'].map((value) => ({ value, label: ctx.s(`options.${value}`) })),
        unknown: { value: UNKNOWN, label: ctx.t('common.dontKnow') },
        conditional: {
          part: [{ type: 'text', name: 'ftePercent', label: ctx.s('percentLabel'), hint: ctx.s('percentHint'), inputMode: 'decimal', width: 'max-w-24', suffix: '%' }],
        },
      },
    ],
    links: [],
  }),
  formValues(state, locale) {
    const out: Record<string, string> = {};
    if (state.fte) out.fte = state.fte;
    if (state.ftePercent) out.ftePercent = numberForInput(state.ftePercent, locale);
    return out;
  },
  summary(state, ctx) {
    const v = state.fte;
    if (v === undefined) return '';
    if (v === UNKNOWN) return ctx.t('answers.unknown');
    return v === 'part' ? ctx.t('answers.part', { percent: ctx.lookups.formatNumber(Number(state.ftePercent)) }) : ctx.t('answers.full');
  },
};
