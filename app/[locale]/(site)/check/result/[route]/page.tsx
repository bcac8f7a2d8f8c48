import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site/SiteHeader';
import { RouteScreen } from '@/components/result/RouteScreen';
import { openPage, type PageProps } from '@/lib/i18n/page';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** One route of a result in full (the result page links here from each other route's card). */
export default async function ResultRoutePage(props: PageProps<{ locale: string; route: string }>) {
  const { locale, params: { route }, query } = await openPage(props);
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/check/result/${encodeURIComponent(route)}`} search={query} />
      <RouteScreen locale={locale} mode="site" route={route} searchParams={query} />
    </>
  );
}
