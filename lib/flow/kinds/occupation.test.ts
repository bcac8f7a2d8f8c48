/**
 * The shortage-list question looks the occupation up in the authority's list in force (issue 11.4).
 * Lists and titles: lib/rules/data/shortage-lists.ts, on the test date 2026-11-21.
 */
import { describe, expect, it } from 'vitest';
import { getQuestion, toAnswers } from '../questions';
import { checkContext, formContext, summaryContext } from './testing';

const q = getQuestion('shortage-list');
const en = checkContext('en', 'flanders');
const radios = (form: ReturnType<typeof q.form>) => {
  const f = form.fields[0]!;
  if (f.type !== 'radios') throw new Error('radios expected');
  return f;
};
const shown = (form: ReturnType<typeof q.form>) => radios(form).options.filter((o) => !o.hidden).map((o) => o.value);

describe('answers', () => {
  it('an occupation of the list: on the list, naming it', () => {
    expect(q.validate({ shortageList: 'roofer' }, en)).toEqual({ ok: true, values: { shortageList: 'yes', occupation: 'roofer' } });
    expect(toAnswers({ region: 'flanders', shortageList: 'yes', occupation: 'roofer' })?.job).toEqual({ onMigrationShortageList: 'yes', shortageOccupation: 'roofer' });
  });
  it('on the list but not found here, not on the list, I don\'t know', () => {
    expect(toAnswers({ region: 'flanders', shortageList: 'yes' })?.job).toEqual({ onMigrationShortageList: 'yes' });
    expect(toAnswers({ region: 'flanders', shortageList: 'no' })?.job).toEqual({ onMigrationShortageList: 'no' });
    expect(toAnswers({ region: 'flanders', shortageList: 'unknown' })?.job).toEqual({ onMigrationShortageList: 'unsure' });
  });
  it('refuses anything that is not an answer or an occupation id', () => {
    expect(q.validate({}, en)).toEqual({ ok: false, issues: [{ field: 'shortageList', code: 'required' }] });
    expect(q.validate({ shortageList: 'Roofer!' }, en).ok).toBe(false);
  });
  it('reads the URL: the occupation only with "yes"', () => {
    expect(q.parse({ shortageList: 'yes', occupation: 'roofer' })).toEqual({ shortageList: 'yes', occupation: 'roofer' });
    expect(q.parse({ shortageList: 'no', occupation: 'roofer' })).toEqual({ shortageList: 'no' });
    expect(q.parse({ occupation: 'roofer' })).toBeNull();
  });
  it('fills the form again with the occupation chosen', () => {
    expect(q.formValues({ shortageList: 'yes', occupation: 'roofer' }, 'en', 'flanders')).toEqual({ shortageList: 'roofer' });
    expect(q.formValues({ shortageList: 'no' }, 'en', 'flanders')).toEqual({ shortageList: 'no' });
  });
  it('names the occupation in the page\'s language in the summary', () => {
    expect(q.summary({ shortageList: 'yes', occupation: 'roofer' }, summaryContext('shortage-list', 'nl', 'flanders'))).toBe('Ja: dakdekker');
    expect(q.summary({ shortageList: 'no' }, summaryContext('shortage-list', 'en', 'flanders'))).toBe('No, it is not on the list');
  });
});

describe('the look-up', () => {
  it('shows the list in force, its validity, and says honestly that it is partial', () => {
    const form = q.form(formContext('shortage-list', { authority: 'flanders' }));
    expect(form.list).toEqual({
      name: 'Shortage occupations for foreign workers of Flanders',
      validity: 'In force from 1 January 2026',
      partial: expect.stringMatching(/not found here may still be on it/),
    });
    expect(form.list?.expired).toBeUndefined();
    expect(form.heading).toBe('page');
    expect(form.search?.hidden).toEqual({ asOf: '2026-11-21' });
  });

  it('before a search, offers no occupation but the one chosen', () => {
    expect(shown(q.form(formContext('shortage-list', { authority: 'flanders' })))).toEqual(['yes', 'no']);
    expect(shown(q.form(formContext('shortage-list', { authority: 'flanders', state: { shortageList: 'yes', occupation: 'roofer' } })))).toEqual(['roofer', 'yes', 'no']);
  });

  it.each([
    ['en', 'roof'],
    ['nl', 'dakdekker'],
    ['fr', 'COUVREUR'],
    ['de', 'dachdecker'],
  ] as const)('finds an occupation by its title in any language, accents and case ignored (%s: %s)', (locale, query) => {
    const form = q.form(formContext('shortage-list', { authority: 'flanders', locale, query: { q: query } }));
    expect(shown(form)).toEqual(['roofer', 'yes', 'no']);
    expect(form.search?.summary).toBeTruthy();
  });

  it('ignores accents: "desamianteur" finds "désamianteur"', () => {
    expect(shown(q.form(formContext('shortage-list', { authority: 'flanders', query: { q: 'desamianteur' } })))).toEqual(['asbestos-remover', 'yes', 'no']);
  });

  it('does not offer an occupation removed from the list, and says so', () => {
    const form = q.form(formContext('shortage-list', { authority: 'flanders', query: { q: 'truck' } }));
    expect(shown(form)).toEqual(['yes', 'no']);
    expect(form.search?.notOnList).toEqual(['truck driver: reported removed from this list, so it is not on it.']);
    expect(form.search?.summary).toBe('No occupation of this list matches “truck”');
  });

  it('gives every occupation of the list its titles in the four languages for a browser filter', () => {
    const roofer = radios(q.form(formContext('shortage-list', { authority: 'flanders' }))).options.find((o) => o.value === 'roofer')!;
    expect(roofer.filter).toContain('dakdekker');
    expect(roofer.filter).toContain('couvreur');
    expect(roofer.hint).toBe('dakdekker · couvreur · Dachdecker');
  });

  it('shows the list in force with its dates, and one not found as not found', () => {
    // Wallonia's list of 2025–26 was in force until 30 September 2026; the one in force since 1 October 2026 was not found.
    const before = q.form(formContext('shortage-list', { authority: 'wallonia', asOf: '2026-05-01' }));
    expect(before.list?.validity).toBe('In force from 1 October 2025 to 30 September 2026');
    expect(before.list?.expired).toBeUndefined();
    const now = q.form(formContext('shortage-list', { authority: 'wallonia' }));
    expect(now.list?.validity).toBe('In force from 1 October 2026');
    expect(now.list?.partial).toBe('We could not find this list: check the official list.');
  });

  it('without titles to search (the list was not found), asks yes, no or I don\'t know and says why', () => {
    const form = q.form(formContext('shortage-list', { authority: 'brussels' }));
    expect(form.search).toBeUndefined();
    expect(form.list?.partial).toBe('We could not find this list: check the official list.');
    expect(radios(form).options.map((o) => o.value)).toEqual(['yes', 'no']);
    expect(form.links.length).toBe(2);
  });
});
