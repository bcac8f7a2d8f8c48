import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale } from '@/lib/i18n/locales';
import { SiteFooter } from '@/components/site/SiteFooter';

/**
 * Full-site chrome. Each page renders the header itself (components/site/SiteHeader.tsx) with its
 * own path and searchParams, which a layout does not know: so the language links keep the page and
 * the answers without JavaScript. Embedded pages (app/[locale]/embed) use neither.
 */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <>
      <div className="flex-1">{children}</div>
      <SiteFooter locale={locale} />
    </>
  );
}
