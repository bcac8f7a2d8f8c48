import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { statementsDate } from '@/lib/security/contact';
import { formatDate } from '@/lib/rules';
import { openGuidePage, pageMetadata, type GuidePageProps } from '@/components/guide/page';
import { Contact, ExternalLink, P, Section } from './statement';
import { SiteHeader } from '@/components/site/SiteHeader';

/** The Data Protection Authority's site in each language. */
const dpaSite: Record<Locale, string> = {
  nl: 'https://www.gegevensbeschermingsautoriteit.be',
  fr: 'https://www.autoriteprotectiondonnees.be',
  de: 'https://www.datenschutzbehorde.be',
  en: 'https://www.dataprotectionauthority.be',
};

export const generateMetadata = pageMetadata('pages.privacy', 'title', { description: 'lead' });

/**
 * The privacy statement. Rendered per request only to show PUBLIC_CONTACT_EMAIL, which a deployment
 * sets at run time; it reads nothing else from the request.
 */
export default async function PrivacyPage(props: GuidePageProps) {
  const { locale, t } = await openGuidePage(props, 'pages.privacy');
  await connection();
  const tp = await getTranslations({ locale, namespace: 'pages' });
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/privacy`} />
      <main id="main-content" className="mx-auto w-full max-w-3xl px-4 pb-12 pt-8">
        <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <p className="mb-8 max-w-[70ch] text-xl">{t('lead')}</p>

        <Section heading={t('controllerHeading')}>
          <P>{t('controller')}</P>
        </Section>
        <Section heading={t('answersHeading')}>
          <P>{t('answers')}</P>
          <P>{t('sharing')}</P>
        </Section>
        <Section heading={t('cookiesHeading')}>
          <P>{t('cookies')}</P>
          <P>{t('thirdParties')}</P>
        </Section>
        <Section heading={t('linksHeading')}>
          <P>{t('links')}</P>
        </Section>
        <Section heading={t('embeddedHeading')}>
          <P>{t('embedded')}</P>
        </Section>
        <Section heading={t('technicalHeading')}>
          <P>{t('technical')}</P>
        </Section>
        <Section heading={t('apiHeading')}>
          <P>{t('api')}</P>
        </Section>
        <Section heading={t('rightsHeading')}>
          <P>{t.rich('rights', { link: (chunks) => <ExternalLink href={dpaSite[locale]}>{chunks}</ExternalLink> })}</P>
        </Section>
        <Section heading={t('contactHeading')}>
          <Contact locale={locale} />
        </Section>
        <p className="text-muted">{tp('lastUpdated', { date: formatDate(locale, statementsDate) })}</p>
      </main>
    </>
  );
}
