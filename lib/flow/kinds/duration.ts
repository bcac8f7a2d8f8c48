/**
 * The contract: open-ended, or a fixed term whose length (a number and a unit, revealed under the
 * option) becomes a number of days by the rules' own conversion (lib/rules/dates.ts).
 */
import { answerFields } from '@/lib/rules/answer-fields';
import { durationToDays, durationUnits, type DurationUnit } from '@/lib/rules/dates';
import { canonicalNumber, numberForInput } from '../numbers';
import { fail, parsed, raw, schemaIssue, UNKNOWN, type FieldIssue, type Question } from './kind';

const isUnit = (u: string | undefined): u is DurationUnit => (durationUnits as readonly string[]).includes(u ?? '');

export const contract: Question<'contract', 'contract' | 'length' | 'lengthUnit'> = {
  id: 'contract',
  keys: ['contract', 'length', 'lengthUnit'],
  paths: ['job.durationDays'],
  section: 'job',
  unknown: 'option',
  isAnswered: (state) => state.contract !== undefined,
  parse: (values) => parsed(contract, values),
  validate(values, ctx) {
    const c = raw(values, 'contract');
    if (c === 'open' || c === UNKNOWN) return { ok: true, values: { contract: c } };
    if (c !== 'fixed') return fail('contract', 'required');
    const issues: FieldIssue[] = [];
    const s = raw(values, 'length');
    const unit = raw(values, 'lengthUnit');
    const n = s === undefined ? null : ctx.parse(s);
    if (s === undefined) issues.push({ field: 'length', code: 'required' });
    else if (n === null || n <= 0) issues.push({ field: 'length', code: n === null ? 'invalid' : 'too_small' });
    if (!isUnit(unit)) issues.push({ field: 'lengthUnit', code: 'required' });
    if (issues.length || n === null || !isUnit(unit)) return { ok: false, issues };
    if (unit === 'days' && !Number.isInteger(n)) return fail('length', 'not_whole');
    const code = schemaIssue(answerFields.durationDays, durationToDays(n, unit));
    if (code) return fail('length', code);
    return { ok: true, values: { contract: 'fixed', length: canonicalNumber(n), lengthUnit: unit } };
  },
  apply(state, draft) {
    if (state.contract === 'open') draft.job.durationDays = null;
    else if (state.contract === 'fixed' && state.length && isUnit(state.lengthUnit)) {
      draft.job.durationDays = durationToDays(Number(state.length), state.lengthUnit);
    }
  },
  form: (ctx) => ({
    heading: 'legend',
    hint: ctx.sHas('hint') ? ctx.s('hint') : undefined,
    fields: [
      {
        type: 'radios',
        name: 'contract',
        options: ['open', 'fixed'].map((value) => ({ value, label: ctx.s(`options.${value}`) })),
        unknown: { value: UNKNOWN, label: ctx.t('common.dontKnow') },
        conditional: {
          fixed: [
            { type: 'text', name: 'length', label: ctx.s('lengthLabel'), hint: ctx.s('lengthHint'), inputMode: 'decimal', width: 'max-w-28' },
            {
              type: 'radios',
              name: 'lengthUnit',
              legend: ctx.s('unitLabel'),
              options: durationUnits.map((u) => ({ value: u, label: ctx.s(`units.${u}`) })),
              inline: true,
            },
          ],
        },
      },
    ],
    links: [],
  }),
  formValues(state, locale) {
    const out: Record<string, string> = {};
    if (state.contract) out.contract = state.contract;
    if (state.length) out.length = numberForInput(state.length, locale);
    if (state.lengthUnit) out.lengthUnit = state.lengthUnit;
    return out;
  },
  summary(state, ctx) {
    const v = state.contract;
    if (v === undefined) return '';
    if (v === UNKNOWN) return ctx.t('answers.unknown');
    if (v === 'open') return ctx.t('answers.open');
    return ctx.t('answers.fixed', { length: ctx.lookups.formatNumber(Number(state.length)), unit: state.lengthUnit ?? 'months' });
  },
};
