/** The four languages of the tool. The locale lives in the URL only (/nl, /fr, /de, /en). */
export const locales = ['nl', 'fr', 'de', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** BCP 47 tag used for number, currency and date formats. English uses the Irish euro conventions (€52,000). */
export const formatLocale: Record<Locale, string> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  de: 'de-BE',
  en: 'en-IE',
};
