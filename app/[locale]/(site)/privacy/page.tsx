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

/** The sections of plain paragraphs, in order: the heading's message key, then the paragraphs' keys. */
const plainSections: readonly (readonly [string, ...string[]])[] = [
  ['controllerHeading', 'controller'],
  ['answersHeading', 'answers', 'sharing'],
  ['cookiesHeading', 'cookies', 'thirdParties'],
  ['linksHeading', 'links'],
  ['embeddedHeading', 'embedded'],
  ['technicalHeading', 'technical'],
  ['apiHeading', 'api'],
];

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

        {plainSections.map(([heading, ...paragraphs]) => (
          <Section key={heading} heading={t(heading)}>
            {paragraphs.map((key) => (
              <P key={key}>{t(key)}</P>
            ))}
          </Section>
        ))}
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
