/**
 * What every page of this area (guide pages, embedding, privacy, accessibility) does first: its
 * title, and opening the request (lib/i18n/page.ts) with the page's messages.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { openPage, type PageProps } from '@/lib/i18n/page';

export type GuidePageProps<P extends { locale: string } = { locale: string }> = PageProps<P>;
type Translator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * `generateMetadata` of a page titled by a message of `namespace` (or by a function of the messages
 * and the address's parameters, null for an address that will be a 404), "– site name" appended.
 */
export function pageMetadata<P extends { locale: string } = { locale: string }>(
  namespace: string,
  title: string | ((t: Translator, params: P) => string | null),
  options: { description?: string; noIndex?: boolean } = {},
) {
  return async function generateMetadata({ params }: Pick<GuidePageProps<P>, 'params'>): Promise<Metadata> {
    const p = await params;
    if (!isLocale(p.locale)) return {};
    const t = await getTranslations({ locale: p.locale, namespace });
    const common = await getTranslations({ locale: p.locale, namespace: 'common' });
    const text = typeof title === 'string' ? t(title) : title(t, p);
    if (text === null) return {};
    const metadata: Metadata = { title: `${text} – ${common('siteName')}` };
    if (options.description) metadata.description = t(options.description);
    if (options.noIndex) metadata.robots = { index: false };
    return metadata;
  };
}

/** `generateMetadata` of a guide page titled by a message under `guide`. */
export function guideMetadata<P extends { locale: string } = { locale: string }>(title: string | ((t: Translator, params: P) => string | null)) {
  return pageMetadata<P>('guide', title);
}

/** The page's locale (404 for any other first segment), its parameters, its query string and the messages of `namespace`. */
export async function openGuidePage<P extends { locale: string } = { locale: string }>(props: GuidePageProps<P>, namespace = 'guide') {
  const { locale, params, query } = await openPage(props);
  const t = await getTranslations({ locale, namespace });
  return { locale, params, query, t };
}
