import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { SiteHeader } from '@/components/site/SiteHeader';
import { StepScreen } from '@/components/wizard/StepScreen';

// The title is rendered with the form (it gets "Error:" when the answer has a problem).
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function StepPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, step } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/check/${encodeURIComponent(step)}`} search={query} />
      <StepScreen locale={locale} mode="site" step={step} searchParams={query} />
    </>
  );
}
