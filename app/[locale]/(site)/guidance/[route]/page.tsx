import { notFound } from 'next/navigation';
import { GuideNav } from '@/components/guide/GuideNav';
import { LanguageLinks } from '@/components/guide/LanguageLinks';
import { OfficialLink, SourceLinks } from '@/components/guide/SourceLinks';
import { guideMetadata, openGuidePage, type GuidePageProps } from '@/components/guide/page';
import { authorityContactSource, readAuthority } from '@/lib/guide/authorities';
import { guideSectionIds, isRouteId, resolveStatements, statementsFor, type ResolvedStatement } from '@/lib/guide/guidance';
import type { GuideLink } from '@/lib/guide/statements';
import type { Locale } from '@/lib/i18n/locales';
import { authorityIds, formatMoney, hasParameter, offeredRoutes, routeIds, todayInBrussels, valueOn, type AuthorityId } from '@/lib/rules';
import { PageSection } from '@/components/guide/PageSection';
import { SiteHeader } from '@/components/site/SiteHeader';

type Props = GuidePageProps<{ locale: string; route: string }>;
type GuideT = Awaited<ReturnType<typeof openGuidePage>>['t'];

export function generateStaticParams() {
  return routeIds.map((route) => ({ route }));
}

export const generateMetadata = guideMetadata<{ locale: string; route: string }>((t, { route }) =>
  isRouteId(route) ? t('guidance.title', { route: t(`routes.${route}`) }) : null,
);

/**
 * Guidance for the worker about one route, in the page's language (the candidate's, chosen by the
 * employer). Every statement shows its sources. `?authority=` narrows the page to the authority of
 * the workplace: its statements, its official page, and no other authority's sources.
 */
export default async function GuidancePage(props: Props) {
  const { locale, query, t, params } = await openGuidePage(props);
  const route = params.route;
  if (!isRouteId(route)) notFound();
  const authority = readAuthority(query.authority);

  const asOf = todayInBrussels();
  const resolved = resolveStatements(statementsFor(route, authority), (id) => (hasParameter(id) ? valueOn(id, asOf) : undefined), authority);
  const routeName = t(`routes.${route}`);
  const offered = authority ? offeredRoutes(authority).includes(route) : true;

  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/guidance/${route}`} search={query} />
      <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
        <p className="caption">{t('guidance.indexTitle')}</p>
        <h1 className="text-3xl font-bold">{t('guidance.title', { route: routeName })}</h1>
        <LanguageLinks
          locale={locale}
          path={`/guidance/${route}`}
          query={authority ? `?authority=${authority}` : ''}
          label={t('guidance.languagesLabel')}
        />
        <p className="mt-4 text-lg">{t('guidance.intro')}</p>

        <form method="get" className="no-print my-6 rounded border border-line bg-panel p-4">
          <label htmlFor="authority" className="block font-bold">
            {t('guidance.chooseAuthorityLabel')}
          </label>
          <div className="mt-2 flex flex-wrap items-end gap-3">
            <select id="authority" name="authority" defaultValue={authority ?? ''} className="input max-w-md">
              <option value="">{t('guidance.chooseAuthorityAll')}</option>
              {authorityIds.map((a) => (
                <option key={a} value={a}>
                  {t(`authorities.${a}`)}
                </option>
              ))}
            </select>
            <button type="submit" className="btn btn-secondary">
              {t('guidance.chooseAuthoritySubmit')}
            </button>
          </div>
        </form>

        <p className="inset">{authority ? t('guidance.forAuthority', { inAuthority: t(`authoritiesIn.${authority}`) }) : t('guidance.allAuthorities')}</p>
        {!offered && authority ? <p className="warning">{t('guidance.notOffered', { authority: t(`authoritiesSubject.${authority}`) })}</p> : null}

        {authority ? (
          <section aria-labelledby="contact-title" className="my-6 border-l-8 border-accent p-4" data-authority-contact={authority}>
            <h2 id="contact-title" className="text-xl font-bold">
              {t('guidance.contactTitle')}
            </h2>
            <p className="mt-2">{t('guidance.contactText', { authority: t(`authoritiesSubject.${authority}`) })}</p>
            <p className="mt-2">
              <OfficialLink id={authorityContactSource[authority]} className="link font-bold">
                {t('guidance.contactLink', { ofAuthority: t(`authoritiesOf.${authority}`) })}
              </OfficialLink>
            </p>
            <SourceLinks ids={['cooperation-agreement-2018']} />
          </section>
        ) : null}

        {guideSectionIds.map((section) => {
          const items = resolved.filter((r) => r.statement.section === section);
          if (items.length === 0) return null;
          const Tag = section === 'steps' ? 'ol' : 'ul';
          return (
            <PageSection key={section} id={`section-${section}`} title={t(`guidance.sections.${section}`)}>
              <Tag className={`mt-4 space-y-4 pl-6 ${section === 'steps' ? 'list-decimal' : 'list-disc'}`}>
                {items.map((r) => (
                  <li key={r.statement.id} data-statement={r.statement.id} className="keep-together">
                    <p>{statementText(t, locale, r)}</p>
                    {r.statement.link ? <StatementLink link={r.statement.link} locale={locale} authority={authority} t={t} /> : null}
                    <SourceLinks ids={r.sources} className="mt-1 block" />
                  </li>
                ))}
              </Tag>
            </PageSection>
          );
        })}

        <GuideNav locale={locale} current="guidance" />
      </main>
    </>
  );
}

function statementText(t: GuideT, locale: Locale, r: ResolvedStatement): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.args)) values[k] = typeof v === 'number' ? v : formatMoney(locale, v.money);
  return t(`guidance.statements.${r.statement.id}` as never, values as never);
}

/** The link below a statement: the shortage lists, each authority's official page, or the list of Belgian embassies. */
function StatementLink({ link, locale, authority, t }: { link: GuideLink; locale: Locale; authority: AuthorityId | null; t: GuideT }) {
  if (link === 'shortage-lists') {
    return (
      <p className="mt-1">
        <a className="link" href={`/${locale}/shortage-lists${authority ? `#${authority}` : ''}`}>
          {t('guidance.linkShortageLists')}
        </a>
      </p>
    );
  }
  if (link === 'embassies') {
    return (
      <p className="mt-1">
        <OfficialLink id="diplomatie-embassies" className="link font-bold">
          {t('guidance.linkEmbassies')}
        </OfficialLink>
      </p>
    );
  }
  return (
    <ul className="mt-1 list-[circle] pl-6">
      {(authority ? [authority] : authorityIds).map((a) => (
        <li key={a}>
          <OfficialLink id={authorityContactSource[a]}>{t('guidance.contactLink', { ofAuthority: t(`authoritiesOf.${a}`) })}</OfficialLink>
        </li>
      ))}
    </ul>
  );
}
