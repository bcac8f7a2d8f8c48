import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GuideNav } from '@/components/guide/GuideNav';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { routeIds } from '@/lib/rules/types';
import { SiteHeader } from '@/components/site/SiteHeader';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'guide' });
  const common = await getTranslations({ locale, namespace: 'common' });
  return { title: `${t('guidance.indexTitle')} – ${common('siteName')}` };
}

/** The list of worker guidance pages, one per route. */
export default async function GuidanceIndexPage({ params }: Props) {
  const { locale: rawLocale } = await params;
  if (!isLocale(rawLocale)) notFound();
  const locale: Locale = rawLocale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'guide' });
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/guidance`} />
      <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t('guidance.indexTitle')}</h1>
        <p className="mt-4 text-lg">{t('guidance.indexIntro')}</p>
        <p className="mt-2">{t('guidance.indexLanguage')}</p>
        <ul className="mt-6 list-disc space-y-2 pl-6 text-lg">
          {routeIds.map((route) => (
            <li key={route}>
              <a className="link" href={`/${locale}/guidance/${route}`}>
                {t(`routes.${route}`)}
              </a>
            </li>
          ))}
        </ul>
        <GuideNav locale={locale} current="guidance" />
      </main>
    </>
  );
}
