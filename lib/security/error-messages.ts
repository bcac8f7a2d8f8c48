/**
 * The texts of the 500 pages (app/[locale]/error.tsx, app/global-error.tsx). Error boundaries are
 * Client Components that must render even when the layout (and so any message provider) failed, so
 * they take their texts straight from the catalogues instead of through next-intl.
 */
import de from '@/messages/de/errors.json';
import en from '@/messages/en/errors.json';
import fr from '@/messages/fr/errors.json';
import nl from '@/messages/nl/errors.json';
import { defaultLocale, isLocale, locales, type Locale } from '@/lib/i18n/locales';

export type ServerErrorTexts = (typeof en)['serverError'];

const catalogues: Record<Locale, ServerErrorTexts> = {
  nl: nl.serverError,
  fr: fr.serverError,
  de: de.serverError,
  en: en.serverError,
};

export function serverErrorTexts(locale: unknown): ServerErrorTexts {
  return catalogues[isLocale(locale) ? locale : defaultLocale];
}

/** The locale of a path such as /fr/check/result, or null. */
export function localeOfPath(pathname: string | null | undefined): Locale | null {
  const first = pathname?.split('/')[1];
  return isLocale(first) ? first : null;
}

/** Replaces {name} placeholders (the only ICU feature these texts use). */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export { locales };
