import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
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
  return <CheckAnswersScreen locale={locale} mode="site" searchParams={await searchParams} />;
}
