import { connection } from 'next/server';
import { statementsDate } from '@/lib/security/contact';
import { formatDate } from '@/lib/rules';
import { openGuidePage, pageMetadata, type GuidePageProps } from '@/components/guide/page';
import { Contact, ExternalLink, P, Section } from '../privacy/statement';
import { SiteHeader } from '@/components/site/SiteHeader';

export const generateMetadata = pageMetadata('pages.accessibility', 'title', { description: 'scope' });

/**
 * The accessibility statement, following the model of Commission Implementing Decision (EU)
 * 2018/1523: compliance status, non-accessible content, preparation, feedback and contact,
 * enforcement procedure. Rendered per request only to show PUBLIC_CONTACT_EMAIL.
 */
export default async function AccessibilityPage(props: GuidePageProps) {
  const { locale, t } = await openGuidePage(props, 'pages.accessibility');
  await connection();
  const date = formatDate(locale, statementsDate);
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/accessibility`} />
      <main id="main-content" className="mx-auto w-full max-w-3xl px-4 pb-12 pt-8">
        <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <P>{t('intro')}</P>
        <div className="mb-8">
          <P>{t('scope')}</P>
        </div>

        <Section heading={t('statusHeading')}>
          <P>{t('status')}</P>
        </Section>

        <Section heading={t('nonAccessibleHeading')}>
          <P>{t('nonAccessibleLead')}</P>
          <Section heading={t('nonComplianceHeading')} level={3}>
            <ul className="mb-4 max-w-[70ch] list-disc pl-6">
              <li className="mb-2">{t('noAudit')}</li>
              <li className="mb-2">{t('embedHeight')}</li>
            </ul>
          </Section>
          <Section heading={t('outOfScopeHeading')} level={3}>
            <P>{t('outOfScope')}</P>
          </Section>
        </Section>

        <Section heading={t('preparationHeading')}>
          <P>{t('prepared', { date })}</P>
          <P>{t('method')}</P>
          <P>{t('reviewed', { date })}</P>
        </Section>

        <Section heading={t('feedbackHeading')}>
          <P>{t('feedback')}</P>
          <Contact locale={locale} />
        </Section>

        <Section heading={t('enforcementHeading')}>
          <P>{t('enforcement')}</P>
          <P>{t.rich('unia', { link: (chunks) => <ExternalLink href="https://www.unia.be">{chunks}</ExternalLink> })}</P>
        </Section>
      </main>
    </>
  );
}
