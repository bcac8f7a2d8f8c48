import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { isLocale, defaultLocale, locales, type Locale } from '@/lib/i18n/locales';

const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' };

/**
 * The locale segment of the address, read without request headers (next-intl's getLocale() would
 * read them, and that fails when the 404 replaces a prerendered page). An address whose first
 * segment is not a locale (e.g. /robots.txt) gets the default language.
 */
async function currentLocale(): Promise<Locale> {
  const locale: unknown = await rootLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'errors.notFound' });
  const tc = await getTranslations({ locale, namespace: 'common' });
  return { title: `${t('title')} – ${tc('siteName')}`, robots: { index: false } };
}

/**
 * The 404 page shown when a page below /{locale} calls notFound() (an unknown wizard step, a locale
 * that does not exist). Addresses that match no route at all get app/global-not-found.tsx.
 * Next.js 16 renders this one in the browser (the server sends an empty body with the 404 status).
 */
export default async function LocaleNotFound() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'errors.notFound' });
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-6 text-3xl font-bold">{t('heading')}</h1>
      <p className="mb-4">{t('typed')}</p>
      <p className="mb-6">{t('pasted')}</p>
      <p className="mb-10">
        <a className="link" href={`/${locale}`}>
          {t('start')}
        </a>
      </p>
      <h2 className="mb-3 text-lg font-bold">{t('otherLanguages')}</h2>
      <ul className="flex flex-wrap gap-4">
        {locales
          .filter((l) => l !== locale)
          .map((l) => (
            <li key={l} lang={l}>
              <a className="link" href={`/${l}`} hrefLang={l}>
                {languageNames[l]}
              </a>
            </li>
          ))}
      </ul>
    </main>
  );
}
