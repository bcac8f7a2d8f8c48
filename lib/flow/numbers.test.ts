import { describe, expect, it } from 'vitest';
import { canonicalNumber, numberForInput, parseCanonicalNumber, parseLocaleNumber } from './numbers';

describe('parseLocaleNumber', () => {
  it.each([
    ['52000', 'en', 52000],
    ['52,000', 'en', 52000],
    ['52.000', 'nl', 52000],
    ['52 000', 'fr', 52000],
    ['52\u202f000', 'fr', 52000],
    ['€ 52.000,50', 'nl', 52000.5],
    ['52.000,50 EUR', 'de', 52000.5],
    ['52,000.50', 'en', 52000.5],
    ['3703,44', 'fr', 3703.44],
    ['3703.44', 'nl', 3703.44],
    ['3.703,44', 'nl', 3703.44],
    ['1,5', 'nl', 1.5],
    ['1.5', 'en', 1.5],
    ['1.500', 'nl', 1500],
    ['1,500', 'en', 1500],
    ['60.000', 'en', 60000],
    ['60,000', 'nl', 60000],
    ['1.234.567', 'en', 1234567],
    ['  80 ', 'de', 80],
  ] as const)('%s in %s is %d', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });

  it.each(['', 'abc', '12a', '1.2.3', '1,2,3', '--5', '5,', '1.2,3.4'])('rejects %j', (text) => {
    expect(parseLocaleNumber(text, 'en')).toBeNull();
  });

  it('rejects negative numbers (a sign is not a digit)', () => {
    expect(parseLocaleNumber('-5', 'en')).toBeNull();
  });
});

describe('canonical numbers', () => {
  it('writes no grouping and a point', () => {
    expect(canonicalNumber(52000)).toBe('52000');
    expect(canonicalNumber(3703.44)).toBe('3703.44');
    expect(canonicalNumber(0.1 + 0.2)).toBe('0.3');
  });
  it('reads only canonical text', () => {
    expect(parseCanonicalNumber('3703.44')).toBe(3703.44);
    expect(parseCanonicalNumber('52,000')).toBeNull();
    expect(parseCanonicalNumber('1e5')).toBeNull();
    expect(parseCanonicalNumber('-1')).toBeNull();
  });
  it('puts the number back in a form field in the page language', () => {
    expect(numberForInput('3703.44', 'nl')).toBe('3703,44');
    expect(numberForInput('3703.44', 'en')).toBe('3703.44');
    expect(numberForInput('unknown', 'en')).toBe('');
    // what the user sees parses back to the same number
    for (const locale of ['nl', 'fr', 'de', 'en'] as const) {
      for (const v of ['1.5', '52000', '3703.44', '0.8']) {
        expect(parseLocaleNumber(numberForInput(v, locale), locale)).toBe(Number(v));
      }
    }
  });
});
