import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site/SiteHeader';
import { ResultScreen } from '@/components/result/ResultScreen';
import { openPage, type PageProps } from '@/lib/i18n/page';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ResultPage(props: PageProps) {
  const { locale, query } = await openPage(props);
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/check/result`} search={query} />
      <ResultScreen locale={locale} mode="site" searchParams={query} />
    </>
  );
}
