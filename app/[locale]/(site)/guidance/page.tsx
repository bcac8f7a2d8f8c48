import { GuideNav } from '@/components/guide/GuideNav';
import { guideMetadata, openGuidePage, type GuidePageProps } from '@/components/guide/page';
import { routeIds } from '@/lib/rules';
import { SiteHeader } from '@/components/site/SiteHeader';

export const generateMetadata = guideMetadata('guidance.indexTitle');

/** The list of worker guidance pages, one per route. */
export default async function GuidanceIndexPage(props: GuidePageProps) {
  const { locale, query, t } = await openGuidePage(props);
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/guidance`} search={query} />
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
