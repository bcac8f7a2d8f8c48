import { getTranslations } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { isLocale, defaultLocale, locales, type Locale } from '@/lib/i18n/locales';

const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' };

/**
 * The locale segment of the address, read without request headers (next-intl's getLocale() reads
 * them, and that fails when the 404 replaces a prerendered page).
 */
async function currentLocale(): Promise<Locale> {
  const locale: unknown = await rootLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

/**
 * The 404 page shown when a page below /{locale} calls notFound() (e.g. an unknown guidance page).
 * Addresses that match no route at all get app/global-not-found.tsx.
 * Next.js 16 renders this one in the browser (the server sends an empty body with the 404 status).
 */
export default async function LocaleNotFound() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'errors.notFound' });
  const tc = await getTranslations({ locale, namespace: 'common' });
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-10">
      {/* A <title> element rather than generateMetadata: Next.js renders this page in the browser. */}
      <title>{`${t('title')} – ${tc('siteName')}`}</title>
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
