import type { ReactNode } from 'react';
import type { Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale, locales } from '@/lib/i18n/locales';
import '../globals.css';

// Only the four locales exist: any other first segment (e.g. /favicon.ico, /foo.txt) matches no
// route and gets the 404 of app/global-not-found.tsx, rendered on the server (added by PLATFORM).
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * Root layout of every page (site and embedded): <html lang>, the skip link, no cookies.
 * No title here: each page sets its own (question pages render theirs with the form, so that an
 * error can prefix it with "Error:" even without JavaScript).
 */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink">
        <a href="#main-content" className="skip-link">
          {t('skipToContent')}
        </a>
        {children}
      </body>
    </html>
  );
}
