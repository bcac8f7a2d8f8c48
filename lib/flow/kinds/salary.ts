/**
 * The salary: the gross pay of a full-time equivalent of the job (the API's `grossSalary`; working
 * time is asked separately), in the unit the competent authority uses (lib/rules/salary-units.ts):
 *
 *  - an authority that converts no other unit (Brussels: monthly base pay; Wallonia and the
 *    German-speaking Community: annual gross) gets its own unit only, without a choice;
 *  - an authority that converts another unit by a rule of its own (Flanders: a monthly amount)
 *    gets the choice, and the same page asks what that rule needs: whether a 13th month is paid on
 *    top of double holiday pay, unless the worker is posted (revealed under "per month").
 *
 * So a salary is never refused later for its unit. An answer in a unit the authority does not use
 * (the workplace changed afterwards) no longer counts as answered: the question is asked again.
 */
import { answerFields } from '@/lib/rules/answer-fields';
import { salaryUnitPolicy, type SalaryPeriod } from '@/lib/rules/salary-units';
import type { AuthorityId } from '@/lib/rules/types';
import type { Field } from '../form';
import { canonicalNumber, numberForInput } from '../numbers';
import { isPosted } from './case';
import { bool, parsed, raw, readNumber, UNKNOWN, type FieldIssue, type Question, type State } from './kind';

const periods: readonly SalaryPeriod[] = ['year', 'month'];
const thirteenthValues = ['yes', 'no', UNKNOWN];

/** The units the page accepts: the authority's own, and the one it converts (both while the authority is unknown). */
export function salaryUnits(authority: AuthorityId | null): readonly SalaryPeriod[] {
  if (!authority) return periods;
  const p = salaryUnitPolicy(authority);
  return p.convertsFrom ? [p.unit, p.convertsFrom] : [p.unit];
}

/** Whether a monthly amount needs the 13th-month answer: the authority converts months, and the worker is not posted. */
export function asksThirteenthMonth(authority: AuthorityId | null, state: State): boolean {
  return authority !== null && salaryUnitPolicy(authority).convertsFrom === 'month' && isPosted(state) !== true;
}

const isPeriod = (v: string | undefined): v is SalaryPeriod => v === 'year' || v === 'month';

export const salary: Question<'salary', 'salary' | 'salaryPer' | 'thirteenth'> = {
  id: 'salary',
  keys: ['salary', 'salaryPer', 'thirteenth'],
  paths: ['job.grossSalary', 'job.thirteenthMonth'],
  section: 'job',
  unknown: 'button',
  isAnswered(state, authority) {
    if (state.salary === undefined) return false;
    if (state.salary === UNKNOWN) return true;
    if (!isPeriod(state.salaryPer) || !salaryUnits(authority).includes(state.salaryPer)) return false;
    return state.salaryPer !== 'month' || !asksThirteenthMonth(authority, state) || state.thirteenth !== undefined;
  },
  parse: (values) => parsed(salary, values),
  validate(values, ctx) {
    if (raw(values, 'salary') === UNKNOWN) return { ok: true, values: { salary: UNKNOWN } };
    const units = salaryUnits(ctx.authority);
    const issues: FieldIssue[] = [];
    const amount = readNumber(values, 'salary', ctx.parse, answerFields.salaryAmount);
    if ('issue' in amount) issues.push(amount.issue);
    // One unit: the page has no choice to make.
    const per = units.length === 1 ? units[0] : raw(values, 'salaryPer');
    if (!isPeriod(per) || !units.includes(per)) issues.push({ field: 'salaryPer', code: 'required' });
    const thirteenth = raw(values, 'thirteenth');
    const asked = per === 'month' && asksThirteenthMonth(ctx.authority, ctx.state);
    if (asked && !thirteenthValues.includes(thirteenth ?? '')) issues.push({ field: 'thirteenth', code: 'required' });
    if (issues.length || 'issue' in amount || !isPeriod(per)) return { ok: false, issues };
    const out: Record<string, string> = { salary: canonicalNumber(amount.n), salaryPer: per };
    // Kept with a monthly amount only (read from a URL, where the authority is not known yet, too).
    if (per === 'month' && thirteenth !== undefined && thirteenthValues.includes(thirteenth)) out.thirteenth = thirteenth;
    return { ok: true, values: out };
  },
  apply(state, draft) {
    if (!state.salary || state.salary === UNKNOWN || !isPeriod(state.salaryPer)) return;
    draft.job.grossSalary = { amount: Number(state.salary), period: state.salaryPer };
    const b = state.salaryPer === 'month' ? bool(state.thirteenth) : undefined;
    if (b !== undefined) draft.job.thirteenthMonth = b;
  },
  form(ctx) {
    const units = salaryUnits(ctx.authority);
    const only = units.length === 1 ? units[0] : undefined;
    const fields: Field[] = [
      { type: 'text', name: 'salary', label: ctx.s('amountLabel', { unit: only ?? 'any' }), inputMode: 'decimal', width: 'max-w-48', prefix: '€' },
    ];
    if (!only) {
      const thirteenth: Field[] = asksThirteenthMonth(ctx.authority, ctx.state)
        ? [
            {
              type: 'radios',
              name: 'thirteenth',
              legend: ctx.s('thirteenthLabel'),
              hint: ctx.s('thirteenthHint'),
              options: ['yes', 'no'].map((v) => ({ value: v, label: ctx.t(`answers.${v}`) })),
              unknown: { value: UNKNOWN, label: ctx.t('common.dontKnow') },
            },
          ]
        : [];
      fields.push({
        type: 'radios',
        name: 'salaryPer',
        legend: ctx.s('perLabel'),
        options: units.map((u) => ({ value: u, label: ctx.s(`options.${u}`) })),
        ...(thirteenth.length ? { conditional: { month: thirteenth } } : { inline: true }),
      });
    }
    return {
      heading: 'legend',
      hint: ctx.s('hint'),
      notes: [ctx.s('unitHint', { authority: ctx.authority ?? 'other' })],
      fields,
      unknownButton: ctx.s('unknown'),
      links: [],
    };
  },
  formValues(state, locale, authority) {
    const units = salaryUnits(authority);
    const fits = isPeriod(state.salaryPer) && units.includes(state.salaryPer);
    const out: Record<string, string> = {};
    // An amount in a unit this authority does not use is not shown as if it were in its unit.
    if (state.salary && state.salary !== UNKNOWN && fits) out.salary = numberForInput(state.salary, locale);
    out.salaryPer = fits ? state.salaryPer! : units[0]!;
    if (fits && state.thirteenth) out.thirteenth = state.thirteenth;
    return out;
  },
  summary(state, ctx) {
    const v = state.salary;
    if (v === undefined) return '';
    if (v === UNKNOWN) return ctx.t('answers.unknown');
    const text = ctx.t('answers.salary', { amount: ctx.lookups.formatMoney(Number(v)), per: state.salaryPer ?? 'year' });
    return state.salaryPer === 'month' && state.thirteenth ? `${text} ${ctx.t('answers.thirteenth', { value: state.thirteenth })}` : text;
  },
};
