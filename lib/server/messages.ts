/**
 * The API's own messages (errors.json, "api" object), translated with use-intl's framework-free
 * translator. The JSON files are imported statically so that the route handlers need no I/O.
 */
import { createTranslator } from 'use-intl/core';
import de from '@/messages/de/errors.json';
import en from '@/messages/en/errors.json';
import fr from '@/messages/fr/errors.json';
import nl from '@/messages/nl/errors.json';
import { defaultLocale, formatLocale, isLocale, type Locale } from '@/lib/i18n/locales';

export type ApiMessageKey =
  | 'malformedJson'
  | 'payloadTooLarge'
  | 'unsupportedMediaType'
  | 'methodNotAllowed'
  | 'rateLimited'
  | 'invalidAsOf'
  | 'notFound'
  | 'internalError';

type ApiMessages = Record<ApiMessageKey, string>;

const catalogues: Record<Locale, ApiMessages> = {
  nl: (nl as { api: ApiMessages }).api,
  fr: (fr as { api: ApiMessages }).api,
  de: (de as { api: ApiMessages }).api,
  en: (en as { api: ApiMessages }).api,
};

type Translate = (key: ApiMessageKey, values?: Record<string, string | number>) => string;
const translators = new Map<Locale, Translate>();

function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const translator = createTranslator({
      locale: formatLocale[locale],
      messages: { api: catalogues[locale] },
      namespace: 'api',
      // A missing or broken message must never turn an error response into a 500.
      onError: () => {},
      getMessageFallback: ({ key }) => key,
    });
    t = (key, values) => (translator as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
    translators.set(locale, t);
  }
  return t;
}

export function apiMessage(locale: Locale, key: ApiMessageKey, values?: Record<string, string | number>): string {
  try {
    return translatorFor(locale)(key, values);
  } catch {
    return key;
  }
}

/**
 * The `locale` query parameter. An unknown or missing value falls back to English (the contract's
 * default) rather than failing: the locale only changes human-readable text. The response's
 * Content-Language header says which language was used.
 */
export function localeFromUrl(url: URL): Locale {
  const requested = url.searchParams.get('locale');
  return isLocale(requested) ? requested : defaultLocale;
}
