/**
 * The salary page asks for the unit the competent authority uses (lib/rules/salary.ts), or for the
 * answer that allows its conversion, on the same page (issue 11.5).
 */
import { describe, expect, it } from 'vitest';
import type { AuthorityId } from '@/lib/rules/types';
import { flattenFields } from '../form';
import { getQuestion, toAnswers } from '../questions';
import { checkContext, formContext, summaryContext } from './testing';

const salary = getQuestion('salary');
const fieldNames = (authority: AuthorityId, state = {}) =>
  flattenFields(salary.form(formContext('salary', { authority, state })).fields).map((f) => f.name);

describe('the salary page per authority', () => {
  it('Brussels: the monthly base salary only, no choice of unit', () => {
    expect(fieldNames('brussels')).toEqual(['salary']);
    const form = salary.form(formContext('salary', { authority: 'brussels' }));
    expect(form.fields[0]).toMatchObject({ type: 'text', label: 'Monthly gross base salary in euro', prefix: '€' });
    expect(form.notes?.[0]).toMatch(/without the 13th month, double holiday pay/);
    expect(salary.validate({ salary: '3.703,44' }, checkContext('fr', 'brussels'))).toEqual({ ok: true, values: { salary: '3703.44', salaryPer: 'month' } });
  });

  it.each(['wallonia', 'german-speaking-community'] as const)('%s: the annual gross salary only', (authority) => {
    expect(fieldNames(authority)).toEqual(['salary']);
    expect(salary.form(formContext('salary', { authority })).fields[0]).toMatchObject({ label: 'Annual gross salary in euro' });
    expect(salary.validate({ salary: '52000', salaryPer: 'month' }, checkContext('en', authority))).toEqual({ ok: true, values: { salary: '52000', salaryPer: 'year' } });
  });

  it('Flanders: year or month; a month reveals the 13th-month question unless the worker is posted', () => {
    expect(fieldNames('flanders', { case: 'hire' })).toEqual(['salary', 'salaryPer', 'thirteenth']);
    const per = salary.form(formContext('salary', { authority: 'flanders', state: { case: 'hire' } })).fields[1]!;
    expect(per.type === 'radios' && Object.keys(per.conditional ?? {})).toEqual(['month']);
    expect(per.type === 'radios' && per.conditional!.month![0]).toMatchObject({ name: 'thirteenth', legend: 'Is a 13th month paid on top of double holiday pay?' });
    // Posted (group transfer or posting): Flanders counts 12 months, nothing more to ask.
    expect(fieldNames('flanders', { case: 'posting' })).toEqual(['salary', 'salaryPer']);
    // Not known whether posted: ask.
    expect(fieldNames('flanders', { case: 'unknown' })).toEqual(['salary', 'salaryPer', 'thirteenth']);
  });

  it('Flanders: a monthly salary needs the 13th-month answer; a yearly one does not', () => {
    const flanders = checkContext('en', 'flanders', { case: 'hire' });
    expect(salary.validate({ salary: '4000', salaryPer: 'month' }, flanders)).toEqual({ ok: false, issues: [{ field: 'thirteenth', code: 'required' }] });
    expect(salary.validate({ salary: '4000', salaryPer: 'month', thirteenth: 'yes' }, flanders)).toEqual({ ok: true, values: { salary: '4000', salaryPer: 'month', thirteenth: 'yes' } });
    expect(salary.validate({ salary: '4000', salaryPer: 'month', thirteenth: 'unknown' }, flanders).ok).toBe(true);
    expect(salary.validate({ salary: '52000', salaryPer: 'year', thirteenth: 'yes' }, flanders)).toEqual({ ok: true, values: { salary: '52000', salaryPer: 'year' } });
    expect(salary.validate({ salary: '4000', salaryPer: 'month' }, checkContext('en', 'flanders', { case: 'group-transfer' })).ok).toBe(true);
  });

  it('reports every problem at once, and "I don\'t know" needs nothing else', () => {
    const r = salary.validate({}, checkContext('en', 'flanders'));
    expect(r.ok === false && r.issues.map((i) => i.field)).toEqual(['salary', 'salaryPer']);
    expect(salary.validate({ salary: 'lots', salaryPer: 'year' }, checkContext('en', 'flanders'))).toEqual({ ok: false, issues: [{ field: 'salary', code: 'invalid' }] });
    expect(salary.validate({ salary: '0' }, checkContext('en', 'wallonia'))).toEqual({ ok: false, issues: [{ field: 'salary', code: 'too_small' }] });
    expect(salary.validate({ salary: '20000000' }, checkContext('en', 'wallonia'))).toEqual({ ok: false, issues: [{ field: 'salary', code: 'too_large' }] });
    expect(salary.validate({ salary: 'unknown' }, checkContext('en', 'flanders'))).toEqual({ ok: true, values: { salary: 'unknown' } });
  });
});

describe('a salary that no longer fits the authority (the workplace changed) is asked again', () => {
  it('is not answered in a unit the authority does not use', () => {
    expect(salary.isAnswered({ salary: '52000', salaryPer: 'year' }, 'brussels')).toBe(false);
    expect(salary.isAnswered({ salary: '4000', salaryPer: 'month' }, 'wallonia')).toBe(false);
    expect(salary.isAnswered({ salary: '4000', salaryPer: 'month' }, 'brussels')).toBe(true);
    expect(salary.isAnswered({ salary: '4000', salaryPer: 'month', case: 'hire' }, 'flanders')).toBe(false);
    expect(salary.isAnswered({ salary: '4000', salaryPer: 'month', thirteenth: 'no', case: 'hire' }, 'flanders')).toBe(true);
    expect(salary.isAnswered({ salary: 'unknown' }, 'brussels')).toBe(true);
  });
  it('and its form does not show a yearly amount as a monthly one', () => {
    expect(salary.formValues({ salary: '52000', salaryPer: 'year' }, 'en', 'brussels')).toEqual({ salaryPer: 'month' });
    expect(salary.formValues({ salary: '3703.44', salaryPer: 'month' }, 'nl', 'brussels')).toEqual({ salary: '3703,44', salaryPer: 'month' });
    // A new Flemish answer starts on the authority's own unit.
    expect(salary.formValues({}, 'en', 'flanders')).toEqual({ salaryPer: 'year' });
  });
});

describe('the salary in the rules\' answers and in words', () => {
  it('applies the amount, its unit and, with a monthly amount, the 13th month', () => {
    expect(toAnswers({ region: 'flanders', salary: '4000', salaryPer: 'month', thirteenth: 'no' })?.job).toEqual({
      grossSalary: { amount: 4000, period: 'month' },
      thirteenthMonth: false,
    });
    expect(toAnswers({ region: 'flanders', salary: '4000', salaryPer: 'month', thirteenth: 'unknown' })?.job).toEqual({ grossSalary: { amount: 4000, period: 'month' } });
    expect(toAnswers({ region: 'wallonia', salary: 'unknown' })?.job).toBeUndefined();
  });
  it('reads the URL without knowing the authority (the flow checks the unit)', () => {
    expect(salary.parse({ salary: '4000', salaryPer: 'month', thirteenth: 'yes' })).toEqual({ salary: '4000', salaryPer: 'month', thirteenth: 'yes' });
    expect(salary.parse({ salary: '52000', salaryPer: 'year', thirteenth: 'yes' })).toEqual({ salary: '52000', salaryPer: 'year' });
    expect(salary.parse({ salary: '52000', salaryPer: 'week' })).toBeNull();
  });
  it('says it in words', () => {
    expect(salary.summary({ salary: '4000', salaryPer: 'month', thirteenth: 'yes' }, summaryContext('salary'))).toBe('€4,000 per month (with a 13th month on top of double holiday pay)');
    expect(salary.summary({ salary: '52000', salaryPer: 'year' }, summaryContext('salary', 'de'))).toMatch(/^52\.000\s€ pro Jahr$/u);
  });
});
