import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { SiteHeader } from '@/components/site/SiteHeader';
import { StartScreen } from '@/components/wizard/StartScreen';
import { openPage, type PageProps } from '@/lib/i18n/page';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'wizard.start' });
  const tc = await getTranslations({ locale, namespace: 'common' });
  return { title: `${t('title')} – ${tc('siteName')}`, description: t('lead') };
}

/**
 * The start page. It reads no answers (the Start button begins a new check), but it reads the
 * query string: a preview date (`?asOf=`) goes on to the first question with the Start button and
 * to the other languages with the language links, without JavaScript. That makes it rendered per
 * request (a page cannot be prerendered and read its query string without JavaScript).
 */
export default async function StartPage(props: PageProps) {
  const { locale, query } = await openPage(props);
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}`} search={query} />
      <StartScreen locale={locale} mode="site" searchParams={query} />
    </>
  );
}
