import { describe, expect, it } from 'vitest';
import { getQuestion, toAnswers } from '../questions';
import type { DraftAnswers } from './kind';
import { checkContext, formContext, summaryContext } from './testing';

const draft = (): DraftAnswers => ({ workplace: undefined, worker: {}, job: {}, vacancy: {} });
const en = checkContext('en');

describe('choice questions (one group of radios)', () => {
  const residence = getQuestion('residence');

  it('accept each option and "unknown", and refuse anything else with the field and code the page shows', () => {
    for (const v of ['abroad', 'belgium-other', 'unknown']) expect(residence.validate({ residence: v }, en)).toEqual({ ok: true, values: { residence: v } });
    expect(residence.validate({ residence: 'mars' }, en)).toEqual({ ok: false, issues: [{ field: 'residence', code: 'required' }] });
    expect(residence.validate({}, en)).toEqual({ ok: false, issues: [{ field: 'residence', code: 'required' }] });
  });

  it('refuse "unknown" when the question has no "I don\'t know"', () => {
    expect(getQuestion('employment').validate({ employment: 'unknown' }, en).ok).toBe(false);
  });

  it('read the URL the same way (a bad value drops the answer)', () => {
    expect(residence.parse({ residence: 'abroad' })).toEqual({ residence: 'abroad' });
    expect(residence.parse({ residence: 'moon' })).toBeNull();
  });

  it('apply the answer, and "unknown" as a missing one', () => {
    const d = draft();
    residence.apply({ residence: 'abroad' }, d);
    expect(d.worker).toEqual({ residence: 'abroad' });
    const u = draft();
    residence.apply({ residence: 'unknown' }, u);
    expect(u.worker).toEqual({});
  });

  it('draw radios with hints, "I don\'t know" after "or"', () => {
    const form = residence.form(formContext('residence'));
    const field = form.fields[0]!;
    expect(field.type).toBe('radios');
    if (field.type !== 'radios') return;
    expect(field.options.map((o) => o.value)).toEqual(['abroad', 'belgium-other', 'belgium-unlimited-labour-market', 'eu-long-term-resident', 'uk-withdrawal-agreement']);
    expect(field.options[0]!.hint).toBe('For example in their home country');
    expect(field.unknown).toEqual({ value: 'unknown', label: "I don't know" });
  });

  it('say the answer in words for check your answers', () => {
    expect(residence.summary({ residence: 'abroad' }, summaryContext('residence'))).toBe('Outside Belgium');
    expect(residence.summary({ residence: 'unknown' }, summaryContext('residence'))).toBe("I don't know");
  });
});

describe('yes/no questions', () => {
  const q = getQuestion('student');
  it('inline Yes and No, then "I don\'t know"', () => {
    const f = q.form(formContext('student')).fields[0]!;
    expect(f.type === 'radios' && f.inline).toBe(true);
    expect(f.type === 'radios' && f.options.map((o) => o.label)).toEqual(['Yes', 'No']);
  });
  it('set a boolean answer, none for "I don\'t know"', () => {
    const d = draft();
    q.apply({ student: 'no' }, d);
    expect(d.job).toEqual({ studentWithinAllowedHours: false });
    const u = draft();
    q.apply({ student: 'unknown' }, u);
    expect(u.job).toEqual({});
    expect(q.summary({ student: 'yes' }, summaryContext('student', 'fr'))).toBe('Oui');
  });
  it.each([
    ['short-business', 'shortBusiness', 'shortBusinessActivities'],
    ['headquarters-executive', 'hqExecutive', 'headquartersExecutive'],
    ['post-doctoral', 'postDoc', 'postDoctoralFellowship'],
  ] as const)('%s answers job.%s', (step, key, field) => {
    const d = draft();
    getQuestion(step).apply({ [key]: 'yes' }, d);
    expect(d.job).toEqual({ [field]: true });
  });
});

describe('the case (asked first: what kind of move)', () => {
  const q = getQuestion('case');
  const job = (c: string) => toAnswers({ case: c, region: 'flanders' })?.job;

  it('is asked first, whatever the rules need', () => {
    expect(q.always).toBe(true);
  });

  it('maps each kind of move onto the answers (lead\'s design, issue 11.1)', () => {
    expect(job('hire')).toEqual({ posted: false, intraCorporateTransfer: null, researcherHostingAgreement: false });
    expect(job('group-transfer')).toEqual({ posted: true, researcherHostingAgreement: false });
    expect(job('posting')).toEqual({ posted: true, intraCorporateTransfer: null, researcherHostingAgreement: false });
    expect(job('researcher')).toEqual({ posted: false, intraCorporateTransfer: null, researcherHostingAgreement: true });
    expect(job('unknown')).toBeUndefined();
  });

  it('leaves the role of a group transfer to the transfer question, and lets no stale role override another case', () => {
    expect(toAnswers({ case: 'group-transfer', transfer: 'manager', region: 'flanders' })?.job?.intraCorporateTransfer).toBe('manager');
    expect(toAnswers({ case: 'group-transfer', transfer: 'none', region: 'flanders' })?.job?.intraCorporateTransfer).toBeNull();
    expect(toAnswers({ case: 'hire', transfer: 'manager', region: 'flanders' })?.job?.intraCorporateTransfer).toBeNull();
    expect(toAnswers({ case: 'unknown', transfer: 'specialist', region: 'flanders' })?.job?.intraCorporateTransfer).toBe('specialist');
  });

  it('offers the four moves with hints, and "I don\'t know"', () => {
    const f = q.form(formContext('case', { locale: 'de' })).fields[0]!;
    expect(f.type === 'radios' && f.options.map((o) => o.value)).toEqual(['hire', 'group-transfer', 'posting', 'researcher']);
    expect(f.type === 'radios' && f.options.every((o) => o.hint)).toBe(true);
    expect(f.type === 'radios' && f.unknown?.value).toBe('unknown');
    expect(q.summary({ case: 'posting' }, summaryContext('case'))).toBe('A foreign employer posts them to Belgium to carry out a service');
  });
});

describe('the posting employer', () => {
  const q = getQuestion('posting-employer');
  it('offers the answer set of the API (EEA or not)', () => {
    const f = q.form(formContext('posting-employer')).fields[0]!;
    expect(f.type === 'radios' && f.options.map((o) => o.value)).toEqual(['eea', 'outside-eea']);
    const d = draft();
    q.apply({ postingEmployer: 'eea' }, d);
    expect(d.job).toEqual({ postingEmployer: 'eea' });
  });
});

describe('the PES shortage list ("I don\'t know" is the answer set\'s "unsure")', () => {
  const q = getQuestion('pes-shortage-list');
  it('applies yes, no and unsure', () => {
    for (const [v, want] of [['yes', 'yes'], ['no', 'no'], ['unknown', 'unsure']] as const) {
      const d = draft();
      q.apply({ pesShortageList: v }, d);
      expect(d.job).toEqual({ onPesShortageList: want });
    }
  });
  it('links the list of the public employment service', () => {
    const form = q.form(formContext('pes-shortage-list', { authority: 'flanders' }));
    expect(form.links.length).toBeGreaterThan(0);
    expect(form.links.at(-1)!.href).toMatch(/^\/en\/shortage-lists/);
  });
});
