import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { SiteHeader } from '@/components/site/SiteHeader';
import { CheckAnswersScreen } from '@/components/wizard/CheckAnswersScreen';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function CheckAnswersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/check/answers`} search={query} />
      <CheckAnswersScreen locale={locale} mode="site" searchParams={query} />
    </>
  );
}
