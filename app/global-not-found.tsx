import type { Metadata } from 'next';
import { headers } from 'next/headers';
import de from '@/messages/de/errors.json';
import en from '@/messages/en/errors.json';
import fr from '@/messages/fr/errors.json';
import nl from '@/messages/nl/errors.json';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import './globals.css';

/**
 * The 404 page of every address that matches no route, e.g. /en/no-such-page, /fr/check/a/b/c,
 * /favicon.ico when there is none. (A page that calls notFound() itself shows
 * app/[locale]/not-found.tsx instead.)
 *
 * Why here and not in a catch-all page calling notFound(): Next.js 16 renders the notFound() of a
 * dynamic page on the client only (the server sends an empty <body>), so without JavaScript the
 * visitor would see a blank page. This page is rendered whole on the server, with a 404 status.
 *
 * The language: next-intl's routing in proxy.ts puts the locale of the address on the request
 * (x-next-intl-locale). Addresses it does not handle (with a dot, e.g. /foo.txt) have none, and
 * the page then says it in all four languages.
 */
const catalogues: Record<Locale, (typeof en)['notFound']> = {
  nl: nl.notFound,
  fr: fr.notFound,
  de: de.notFound,
  en: en.notFound,
};
const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' };

/** Set by next-intl's middleware (its HEADER_LOCALE_NAME) on every request that went through proxy.ts. */
const LOCALE_HEADER = 'x-next-intl-locale';

async function requestLocale(): Promise<Locale | null> {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : null;
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const title = locale ? catalogues[locale].title : locales.map((l) => catalogues[l].title).join(' · ');
  return { title, robots: { index: false } };
}

const linkClass = 'link';

export default async function GlobalNotFound() {
  const locale = await requestLocale();
  const shown = locale ? [locale] : [...locales];
  return (
    <html lang={locale ?? 'en'}>
      <body className="font-sans">
        <main id="main-content" className="mx-auto max-w-3xl px-4 py-10">
          {shown.map((l) => {
            const t = catalogues[l];
            return (
              <section key={l} lang={l} className="mb-10">
                <h1 className="mb-6 text-3xl font-bold">{t.heading}</h1>
                <p className="mb-4">{t.typed}</p>
                <p className="mb-6">{t.pasted}</p>
                <p>
                  <a className={linkClass} href={`/${l}`} hrefLang={l}>
                    {t.start}
                  </a>
                </p>
              </section>
            );
          })}
          {locale ? (
            <nav aria-labelledby="other-languages">
              <h2 id="other-languages" className="mb-3 text-lg font-bold">
                {catalogues[locale].otherLanguages}
              </h2>
              <ul className="flex flex-wrap gap-4">
                {locales
                  .filter((l) => l !== locale)
                  .map((l) => (
                    <li key={l} lang={l}>
                      <a className={linkClass} href={`/${l}`} hrefLang={l}>
                        {languageNames[l]}
                      </a>
                    </li>
                  ))}
              </ul>
            </nav>
          ) : null}
        </main>
      </body>
    </html>
  );
}
