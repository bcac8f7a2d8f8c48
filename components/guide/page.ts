/**
 * What every guide page (compare, how it decides, shortage lists) does first: its title, and
 * opening the request (lib/i18n/page.ts) with the guide's messages.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { openPage, type PageProps } from '@/lib/i18n/page';

export type GuidePageProps = PageProps;

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
export async function openGuidePage(props: GuidePageProps) {
  const { locale, query } = await openPage(props);
  const t = await getTranslations({ locale, namespace: 'guide' });
  return { locale, query, t };
}
