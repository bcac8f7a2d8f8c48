import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { apiMessage, localeFromUrl, type ApiMessageKey } from './messages';

const keys: ApiMessageKey[] = [
  'malformedJson',
  'payloadTooLarge',
  'unsupportedMediaType',
  'methodNotAllowed',
  'rateLimited',
  'invalidAsOf',
  'notFound',
  'internalError',
];
const values = { limit: 16384, method: 'PUT', allow: 'POST, OPTIONS', seconds: 42, min: '2025-01-01', max: '2099-12-31' };

describe('API messages', () => {
  it.each(locales)('%s: every key is translated and fully interpolated', (locale) => {
    for (const key of keys) {
      const text = apiMessage(locale, key, values);
      expect(text, key).not.toBe(key);
      expect(text, key).not.toMatch(/[{}]/);
    }
  });
  it('differs by locale', () => {
    const texts = locales.map((l) => apiMessage(l, 'malformedJson'));
    expect(new Set(texts).size).toBe(locales.length);
  });
  it('formats numbers and plurals per locale', () => {
    expect(apiMessage('en', 'rateLimited', { seconds: 1 })).toContain('1 second.');
    expect(apiMessage('en', 'rateLimited', { seconds: 42 })).toContain('42 seconds');
    expect(apiMessage('en', 'payloadTooLarge', { limit: 16384 })).toContain('16,384');
    expect(apiMessage('de', 'payloadTooLarge', { limit: 16384 })).toContain('16.384');
  });
});

describe('localeFromUrl', () => {
  it.each([
    ['?locale=fr', 'fr'],
    ['?locale=nl', 'nl'],
    ['', 'en'],
    ['?locale=xx', 'en'],
    ['?locale=FR', 'en'],
    ['?locale=', 'en'],
  ])('%s -> %s', (query, expected) => {
    expect(localeFromUrl(new URL(`http://localhost/api/v1/assessments${query}`))).toBe(expected);
  });
});
