/**
 * The kinds with typed fields: numbers, dates, the contract's length, the working time, the
 * workplace and the nationality. Good input accepted (and normalized for the URL), bad input
 * refused with the field and message code the page shows, the answer applied and summarized.
 */
import { describe, expect, it } from 'vitest';
import { getQuestion, type StepId } from '../questions';
import { normalizeDate } from './date';
import type { DraftAnswers } from './kind';
import { checkContext, formContext, summaryContext } from './testing';

const en = checkContext('en');
const draft = (): DraftAnswers => ({ workplace: undefined, worker: {}, job: {}, vacancy: {} });

const cases: Partial<Record<StepId, { good: Record<string, string>[]; bad: [Record<string, string>, string, string][] }>> = {
  workplace: {
    good: [{ postcode: '1000' }, { postcode: ' 3000 ' }, { postcode: 'B-4700' }],
    bad: [
      [{}, 'postcode', 'required'],
      [{ postcode: '100' }, 'postcode', 'invalid'],
      [{ postcode: 'abcd' }, 'postcode', 'invalid'],
    ],
  },
  region: { good: [{ region: 'brussels' }], bad: [[{}, 'region', 'required'], [{ region: 'paris' }, 'region', 'required']] },
  nationality: {
    good: [{ nationality: 'IN' }, { nationality: 'in' }, { nationality: 'XK' }, { nationality: 'unknown' }],
    bad: [
      [{}, 'nationality', 'required'],
      [{ nationality: 'XX' }, 'nationality', 'required'],
      [{ nationality: 'IND' }, 'nationality', 'required'],
    ],
  },
  contract: {
    good: [{ contract: 'open' }, { contract: 'unknown' }, { contract: 'fixed', length: '6', lengthUnit: 'months' }],
    bad: [
      [{}, 'contract', 'required'],
      [{ contract: 'fixed', lengthUnit: 'months' }, 'length', 'required'],
      [{ contract: 'fixed', length: 'six', lengthUnit: 'months' }, 'length', 'invalid'],
      [{ contract: 'fixed', length: '0', lengthUnit: 'months' }, 'length', 'too_small'],
      [{ contract: 'fixed', length: '6' }, 'lengthUnit', 'required'],
      [{ contract: 'fixed', length: '1.5', lengthUnit: 'days' }, 'length', 'not_whole'],
      [{ contract: 'fixed', length: '101', lengthUnit: 'years' }, 'length', 'too_large'],
    ],
  },
  age: {
    good: [{ age: '29' }, { age: 'unknown' }],
    bad: [
      [{}, 'age', 'required'],
      [{ age: '14' }, 'age', 'too_small'],
      [{ age: '101' }, 'age', 'too_large'],
      [{ age: '29.5' }, 'age', 'not_whole'],
      [{ age: 'old' }, 'age', 'invalid'],
    ],
  },
  experience: {
    good: [{ experience: '3' }, { experience: '0' }, { experience: '2.5' }],
    bad: [[{ experience: '8' }, 'experience', 'too_large']],
  },
  'working-time': {
    good: [{ fte: 'full' }, { fte: 'part', ftePercent: '80' }, { fte: 'part', ftePercent: '80%' }, { fte: 'unknown' }],
    bad: [
      [{}, 'fte', 'required'],
      [{ fte: 'part' }, 'ftePercent', 'required'],
      [{ fte: 'part', ftePercent: 'most' }, 'ftePercent', 'invalid'],
      [{ fte: 'part', ftePercent: '0' }, 'ftePercent', 'too_small'],
      [{ fte: 'part', ftePercent: '120' }, 'ftePercent', 'too_large'],
    ],
  },
  'publication-weeks': {
    good: [{ weeks: '9' }, { weeks: 'unknown' }],
    bad: [
      [{ weeks: '9.5' }, 'weeks', 'not_whole'],
      [{ weeks: '600' }, 'weeks', 'too_large'],
    ],
  },
  'publication-start': {
    good: [{ publishedFrom: '2026-06-01' }, { publishedFrom: '1/6/2026' }, { publishedFrom: 'unknown' }],
    bad: [
      [{}, 'publishedFrom', 'required'],
      [{ publishedFrom: '2026-02-30' }, 'publishedFrom', 'invalid'],
      [{ publishedFrom: 'June' }, 'publishedFrom', 'invalid'],
      [{ publishedFrom: '1/6/1999' }, 'publishedFrom', 'invalid'],
    ],
  },
  'diploma-date': {
    good: [{ diplomaDate: '2024-06-30' }, { diplomaDate: '30.6.2024' }, { diplomaDate: 'unknown' }],
    bad: [
      [{}, 'diplomaDate', 'required'],
      [{ diplomaDate: '2024-06-31' }, 'diplomaDate', 'invalid'],
    ],
  },
};

describe('validation: every kind refuses bad input and accepts good input', () => {
  for (const [id, c] of Object.entries(cases)) {
    const q = getQuestion(id as StepId);
    for (const values of c.good) {
      it(`${id} accepts ${JSON.stringify(values)}`, () => expect(q.validate(values, en).ok).toBe(true));
    }
    for (const [values, field, code] of c.bad) {
      it(`${id} refuses ${JSON.stringify(values)} (${field}: ${code})`, () => {
        const r = q.validate(values, en);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues).toContainEqual({ field, code });
      });
    }
  }

  it('normalizes what was typed for the URL (numbers in the page\'s language, dates, postcodes)', () => {
    expect(getQuestion('age').validate({ age: ' 40 ' }, en)).toEqual({ ok: true, values: { age: '40' } });
    expect(getQuestion('experience').validate({ experience: '2,5' }, checkContext('nl'))).toEqual({ ok: true, values: { experience: '2.5' } });
    expect(getQuestion('working-time').validate({ fte: 'part', ftePercent: '62,5' }, checkContext('fr'))).toEqual({ ok: true, values: { fte: 'part', ftePercent: '62.5' } });
    expect(getQuestion('workplace').validate({ postcode: 'B-4700' }, en)).toEqual({ ok: true, values: { postcode: '4700' } });
    expect(getQuestion('nationality').validate({ nationality: 'in' }, en)).toEqual({ ok: true, values: { nationality: 'IN' } });
    expect(getQuestion('diploma-date').validate({ diplomaDate: '1.2.2024' }, en)).toEqual({ ok: true, values: { diplomaDate: '2024-02-01' } });
    expect(getQuestion('contract').validate({ contract: 'fixed', length: '1,5', lengthUnit: 'years' }, checkContext('de'))).toEqual({
      ok: true,
      values: { contract: 'fixed', length: '1.5', lengthUnit: 'years' },
    });
  });

  it('reads canonical values from the URL, and drops values that do not validate', () => {
    expect(getQuestion('age').parse({ age: '40' })).toEqual({ age: '40' });
    expect(getQuestion('age').parse({ age: '4O' })).toBeNull();
    expect(getQuestion('contract').parse({ contract: 'open', length: '6', lengthUnit: 'months' })).toEqual({ contract: 'open' });
    expect(getQuestion('workplace').parse({ postcode: '12', region: 'wallonia' })).toEqual({ region: 'wallonia' });
  });
});

describe('applying answers', () => {
  const applied = (step: StepId, state: Record<string, string>) => {
    const d = draft();
    getQuestion(step).apply(state, d);
    return d;
  };
  it('numbers, dates, the contract in days, the working time as a fraction', () => {
    expect(applied('age', { age: '29' }).worker).toEqual({ age: 29 });
    expect(applied('diploma-date', { diplomaDate: '2024-06-30' }).worker).toEqual({ higherEducationDiplomaDate: '2024-06-30' });
    expect(applied('contract', { contract: 'fixed', length: '2', lengthUnit: 'years' }).job).toEqual({ durationDays: 731 });
    expect(applied('contract', { contract: 'open' }).job).toEqual({ durationDays: null });
    expect(applied('working-time', { fte: 'part', ftePercent: '80' }).job).toEqual({ fte: 0.8 });
    expect(applied('workplace', { postcode: '1000' }).workplace).toEqual({ postcode: '1000' });
    expect(applied('region', { region: 'wallonia' }).workplace).toEqual({ region: 'wallonia' });
  });
  it('"I don\'t know" as a missing answer', () => {
    for (const [step, state] of [['age', { age: 'unknown' }], ['contract', { contract: 'unknown' }], ['working-time', { fte: 'unknown' }], ['diploma-date', { diplomaDate: 'unknown' }], ['nationality', { nationality: 'unknown' }]] as const) {
      const d = applied(step, state);
      expect({ ...d.worker, ...d.job, ...d.vacancy }, step).toEqual({});
    }
  });
});

describe('forms and summaries', () => {
  it('a number question: its label is the page heading, with an "I don\'t know" button', () => {
    const form = getQuestion('age').form(formContext('age'));
    expect(form.heading).toBe('label');
    expect(form.fields).toEqual([{ type: 'text', name: 'age', label: 'How old is the candidate?', inputMode: 'numeric', width: 'max-w-24' }]);
    expect(form.unknownButton).toBe("I don't know their age");
  });
  it('a date question: a date field whose label is the page heading, with an "I don\'t know" button; the URL\'s date fills it again', () => {
    const form = getQuestion('diploma-date').form(formContext('diploma-date'));
    expect(form.heading).toBe('label');
    expect(form.fields).toEqual([{ type: 'date', name: 'diplomaDate', label: expect.any(String) }]);
    expect(form.unknownButton).toEqual(expect.any(String));
    expect(getQuestion('diploma-date').formValues({ diplomaDate: '2024-06-30' }, 'fr', null)).toEqual({ diplomaDate: '2024-06-30' });
    expect(getQuestion('diploma-date').formValues({ diplomaDate: 'unknown' }, 'fr', null)).toEqual({});
    expect(getQuestion('diploma-date').summary({ diplomaDate: 'unknown' }, summaryContext('diploma-date'))).toBe(getQuestion('age').summary({ age: 'unknown' }, summaryContext('age')));
  });
  it('the contract reveals its length and unit under "fixed term"', () => {
    const f = getQuestion('contract').form(formContext('contract')).fields[0]!;
    expect(f.type === 'radios' && Object.keys(f.conditional ?? {})).toEqual(['fixed']);
    expect(f.type === 'radios' && f.conditional!.fixed!.map((x) => x.name)).toEqual(['length', 'lengthUnit']);
  });
  it('numbers shown in the page\'s language when the form is filled again', () => {
    expect(getQuestion('working-time').formValues({ fte: 'part', ftePercent: '62.5' }, 'fr', null)).toEqual({ fte: 'part', ftePercent: '62,5' });
    expect(getQuestion('age').formValues({ age: 'unknown' }, 'en', null)).toEqual({});
  });
  it('the nationality: a select of every country in the page\'s language, with the type-ahead\'s texts', () => {
    const f = getQuestion('nationality').form(formContext('nationality', { locale: 'de' })).fields[0]!;
    expect(f.type).toBe('select');
    if (f.type !== 'select') return;
    expect(f.options.find((o) => o.value === 'BE')?.label).toBe('Belgien');
    expect(f.options.length).toBeGreaterThan(240);
    expect(f.autocomplete?.results).toBe('{count} Länder passen');
  });
  it('summaries in the page\'s language', () => {
    expect(getQuestion('nationality').summary({ nationality: 'IN' }, summaryContext('nationality', 'fr'))).toBe('Inde');
    expect(getQuestion('contract').summary({ contract: 'fixed', length: '18', lengthUnit: 'months' }, summaryContext('contract'))).toBe('18 months');
    expect(getQuestion('experience').summary({ experience: '1' }, summaryContext('experience'))).toBe('1 year');
    expect(getQuestion('publication-start').summary({ publishedFrom: '2026-06-01' }, summaryContext('publication-start', 'nl'))).toBe('1 juni 2026');
    expect(getQuestion('working-time').summary({ fte: 'part', ftePercent: '80' }, summaryContext('working-time'))).toBe('Part time (80%)');
    expect(getQuestion('workplace').summary({ postcode: '9000' }, summaryContext('workplace', 'en', 'flanders'))).toBe('9000 (Flanders)');
  });
});

describe('dates typed by hand', () => {
  it('reads D/M/YYYY, D.M.YYYY and D-M-YYYY as well as YYYY-MM-DD', () => {
    expect(normalizeDate('1/6/2026')).toBe('2026-06-01');
    expect(normalizeDate('01.06.2026')).toBe('2026-06-01');
    expect(normalizeDate('1-6-2026')).toBe('2026-06-01');
    expect(normalizeDate('2026-06-01')).toBe('2026-06-01');
    expect(normalizeDate('June 1')).toBeNull();
  });
});
