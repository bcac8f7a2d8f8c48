/**
 * A 422 names unknown keys without repeating what the client wrote (issue 13, point 6): a plain key
 * by its name, any other by its position among the keys of its object.
 */
import { describe, expect, test } from 'vitest';
import { locales } from '../i18n/locales';
import { parseAnswers } from './parse';

const issues = (input: unknown, locale: (typeof locales)[number] = 'en') => {
  const r = parseAnswers(input, locale);
  return r.ok ? [] : r.issues.filter((i) => i.code === 'unrecognized_keys');
};

describe('unrecognized keys', () => {
  test('a plain key (a spelling mistake) is named', () => {
    expect(issues({ workplace: { postcde: '1000' } })).toEqual([
      { path: 'workplace.postcde', code: 'unrecognized_keys', message: '“postcde” is not a field of the answers: check its spelling.' },
    ]);
  });

  test('any other key is named by its position, never repeated', () => {
    const hostile = ['<img src=x onerror=alert(1)>', 'a b', '\u202eevil', 'x'.repeat(41), '', 'ключ', 'a.b'];
    for (const key of hostile) {
      const found = issues({ workplace: { postcode: '1000', [key]: 1 } });
      expect(found, JSON.stringify(key)).toEqual([
        { path: 'workplace.#2', code: 'unrecognized_keys', message: 'Key 2 of “workplace” is not a field of the answers: check its spelling.' },
      ]);
      if (key.length > 1) expect(JSON.stringify(found)).not.toContain(key);
    }
  });

  test('at the top level, positions count every key of the answers', () => {
    expect(issues({ workplace: { region: 'brussels' }, '<x>': 1, extra: 2, '"': 3 }).map((i) => i.path)).toEqual(['#2', 'extra', '#4']);
  });

  test('in every language', () => {
    const input = { workplace: { region: 'brussels', '<b>': 1 } };
    const messages = Object.fromEntries(locales.map((l) => [l, issues(input, l)[0]!.message]));
    expect(messages).toEqual({
      nl: 'Sleutel 2 van ‘Werkplaats’ is geen veld van de antwoorden: controleer de spelling.',
      fr: 'La clé n° 2 de « Lieu de travail » n’est pas un champ des réponses : vérifiez l’orthographe.',
      de: 'Schlüssel Nr. 2 von „Arbeitsort“ ist kein Feld der Antworten: Prüfen Sie die Schreibweise.',
      en: 'Key 2 of “workplace” is not a field of the answers: check its spelling.',
    });
  });
});
