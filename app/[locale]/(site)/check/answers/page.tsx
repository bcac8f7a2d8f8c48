import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site/SiteHeader';
import { CheckAnswersScreen } from '@/components/wizard/CheckAnswersScreen';
import { openPage, type PageProps } from '@/lib/i18n/page';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function CheckAnswersPage(props: PageProps) {
  const { locale, query } = await openPage(props);
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/check/answers`} search={query} />
      <CheckAnswersScreen locale={locale} mode="site" searchParams={query} />
    </>
  );
}
