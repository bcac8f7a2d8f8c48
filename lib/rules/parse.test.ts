/**
 * parseAnswers(): every problem found, with its path, code and a message in the requested language.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { locales } from '../i18n/locales';
import { fieldError, parseAnswers } from './parse';
import { translationProblems } from './messages';
import { answersArb } from './testing/arbitraries';

const codes = (r: ReturnType<typeof parseAnswers>) => (r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`));

describe('parseAnswers', () => {
  test('valid answers pass and keep their values', () => {
    const r = parseAnswers({ asOf: '2026-11-21', workplace: { postcode: '4700' }, job: { grossSalary: { amount: 52000, period: 'year' } } }, 'en');
    expect(r).toEqual({ ok: true, answers: { asOf: '2026-11-21', workplace: { postcode: '4700' }, job: { grossSalary: { amount: 52000, period: 'year' } } } });
  });
  test('every problem is reported, not only the first', () => {
    const r = parseAnswers(
      {
        asOf: '2026-02-30',
        workplace: { postcode: '12a' },
        worker: { age: 12, nationality: 'india' },
        job: { grossSalary: { amount: -1 }, fte: 1.5, ictRole: 'boss' },
        extra: true,
      },
      'en',
    );
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        'asOf:invalid_date',
        'workplace.postcode:invalid_postcode',
        'worker.age:too_small',
        'worker.nationality:invalid_country',
        'job.grossSalary.amount:too_small',
        'job.grossSalary.period:required',
        'job.fte:too_big',
        'job.ictRole:invalid_value',
        'extra:unrecognized_keys',
      ]),
    );
  });
  test('semantic problems: unknown postcode, unknown country, workplace conflict, asOf out of range', () => {
    expect(codes(parseAnswers({ workplace: { postcode: '0999' } }, 'en'))).toEqual(['workplace.postcode:unknown_postcode']);
    expect(codes(parseAnswers({ workplace: { region: 'brussels' }, worker: { nationality: 'QQ' } }, 'en'))).toEqual(['worker.nationality:unknown_country']);
    const conflict = parseAnswers({ workplace: { postcode: '4700', region: 'wallonia' } }, 'en');
    expect(codes(conflict)).toEqual(['workplace:workplace_conflict']);
    expect(conflict.ok ? '' : conflict.issues[0]!.message).toBe(
      'Postcode 4700 is in the German-speaking Community, not in the Walloon Region: give one or the other, or correct one of them.',
    );
    // The data covers every date from 1 January 2024 (issue "Right at every edge" §5): the day before gets
    // a 422 that names the covered range; 2024 dates are answered.
    expect(codes(parseAnswers({ workplace: { region: 'brussels' }, asOf: '2023-12-31' }, 'en'))).toEqual(['asOf:date_out_of_range']);
    const early = parseAnswers({ workplace: { region: 'brussels' }, asOf: '2023-12-31' }, 'en');
    expect(early.ok ? '' : early.issues[0]!.message).toMatch(/2024-01-01/);
    expect(parseAnswers({ workplace: { region: 'brussels' }, asOf: '2024-01-01' }, 'en').ok).toBe(true);
    // An occupation must come from the authority's shortage lists.
    expect(codes(parseAnswers({ workplace: { region: 'flanders' }, job: { shortageOccupation: 'welder-x' } }, 'en'))).toEqual(['job.shortageOccupation:unknown_occupation']);
    expect(parseAnswers({ workplace: { region: 'flanders' }, job: { shortageOccupation: 'roofer' } }, 'en').ok).toBe(true);
    expect(codes(parseAnswers({ workplace: { region: 'brussels' }, job: { shortageOccupation: 'roofer' } }, 'en'))).toEqual(['job.shortageOccupation:unknown_occupation']);
    expect(parseAnswers({ workplace: { region: 'brussels' }, asOf: '2025-01-01' }, 'en').ok).toBe(true);
    expect(codes(parseAnswers({ workplace: { region: 'brussels' }, asOf: '2100-01-01' }, 'en'))).toEqual(['asOf:date_out_of_range']);
  });
  test('semantic and schema problems together', () => {
    expect(codes(parseAnswers({ workplace: { postcode: '0999' }, worker: { age: 3 } }, 'en'))).toEqual(
      expect.arrayContaining(['workplace.postcode:unknown_postcode', 'worker.age:too_small']),
    );
  });
  test('missing or empty workplace; not an object', () => {
    expect(codes(parseAnswers({}, 'en'))).toEqual(['workplace:required']);
    expect(codes(parseAnswers({ workplace: {} }, 'en'))).toEqual(['workplace:workplace_required']);
    expect(codes(parseAnswers(42, 'en'))).toEqual([':invalid_type']);
    expect(codes(parseAnswers(null, 'en'))).toEqual([':invalid_type']);
    expect(codes(parseAnswers([], 'en'))).toEqual([':invalid_type']);
  });
  test('messages in the requested language, with the figures', () => {
    const input = { workplace: { region: 'flanders' }, worker: { age: 12 } };
    const msg = (l: (typeof locales)[number]) => {
      const r = parseAnswers(input, l);
      return r.ok ? '' : r.issues[0]!.message;
    };
    expect(msg('en')).toBe('The age must be at least 15.');
    expect(msg('nl')).toBe('Leeftijd: de waarde moet minstens 15 zijn.');
    expect(msg('fr')).toBe('Âge : la valeur doit être d’au moins 15.');
    expect(msg('de')).toBe('Alter: Der Wert muss mindestens 15 sein.');
  });
  test('fieldError: the same words for the wizard', () => {
    expect(fieldError('job.fte', 'too_small', 'en', { minimum: 0, inclusive: false })).toBe('The working time (full-time equivalent) must be more than 0.');
    expect(fieldError('job.grossSalary.amount', 'required', 'de')).toBe('Bitte angeben: Betrag des Bruttogehalts.');
  });
  test('no input, however malformed, throws; every message is translated', () => {
    translationProblems.length = 0;
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), answersArb.map((a) => ({ ...a, worker: { ...a.worker, age: 3 } }))), fc.constantFrom(...locales), (input, l) => {
        const r = parseAnswers(input, l);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) {
            expect(typeof i.path).toBe('string');
            expect(i.message).not.toMatch(/^codes\.|^fields\./);
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(translationProblems).toEqual([]);
  }, 60_000);
});
