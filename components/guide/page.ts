/**
 * What every guide page (compare, how it decides, shortage lists) does first: its title, and
 * opening the request (the locale of the address, or a 404; the query string; the guide's messages).
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/locales';

export type SearchParams = Record<string, string | string[] | undefined>;
export type GuidePageProps = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** `generateMetadata` of a guide page titled by the message `guide.<titleKey>`. */
export function guideMetadata(titleKey: 'compare.title' | 'howItDecides.title' | 'shortage.title') {
  return async function generateMetadata({ params }: Pick<GuidePageProps, 'params'>): Promise<Metadata> {
    const { locale } = await params;
    if (!isLocale(locale)) return {};
    const t = await getTranslations({ locale, namespace: 'guide' });
    const common = await getTranslations({ locale, namespace: 'common' });
    return { title: `${t(titleKey)} – ${common('siteName')}` };
  };
}

/** The page's locale (404 for any other first segment), its query string and the guide's translator. */
export async function openGuidePage({ params, searchParams }: GuidePageProps) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'guide' });
  return { locale, query, t };
}
