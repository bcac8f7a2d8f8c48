import { DateForm } from '@/components/guide/DateForm';
import { Figure } from '@/components/guide/Figure';
import { GuideNav } from '@/components/guide/GuideNav';
import { ParameterLabel } from '@/components/guide/ParameterLabel';
import { SourceLinks } from '@/components/guide/SourceLinks';
import { buildComparison, buildDocumentComparison, routeDocumentsOf, type RouteDocuments } from '@/lib/guide/compare';
import { readAsOf } from '@/lib/guide/dates';
import { assess } from '@/lib/rules';
import { formatDate, todayInBrussels } from '@/lib/rules/format';
import { parametersOn } from '@/lib/rules/params';
import { offeredRoutes } from '@/lib/rules/recommend';
import { authorityIds, routeIds, type AuthorityId } from '@/lib/rules/types';
import { SiteHeader } from '@/components/site/SiteHeader';
import { guideMetadata, openGuidePage, type GuidePageProps } from '@/components/guide/page';

export const generateMetadata = guideMetadata('compare.title');

/**
 * The four authorities side by side on a date: which routes exist, and every figure of the rules
 * data (from parametersOn(asOf), the same lookup the check uses), with differences marked.
 */
export default async function ComparePage(props: GuidePageProps) {
  const { locale, query, t } = await openGuidePage(props);

  const choice = readAsOf(query.asOf, todayInBrussels());
  const data = buildComparison(choice.asOf, parametersOn(choice.asOf), offeredRoutes);
  const date = formatDate(locale, choice.asOf);
  // The documents come from the rules module's own lists: one assessment per authority, workplace only.
  const routeDocuments = {} as Record<AuthorityId, RouteDocuments[]>;
  for (const a of authorityIds) routeDocuments[a] = routeDocumentsOf(assess({ workplace: { region: a } }, locale, choice.asOf));
  const documents = buildDocumentComparison(routeDocuments);
  const topicName = (topic: string) =>
    (routeIds as readonly string[]).includes(topic)
      ? t(`routes.${topic}` as never)
      : t.has(`compare.topics.${topic}` as never)
        ? t(`compare.topics.${topic}` as never)
        : topic;

  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/compare`} search={query} />
      <main id="main-content" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t('compare.title')}</h1>
        <p className="mt-4 max-w-3xl text-lg">{t('compare.intro', { date })}</p>
        <DateForm choice={choice} locale={locale} />
        <ul className="mb-6 space-y-1">
          <li>{t('compare.legendDiffers')}</li>
          <li>{t('compare.legendConfirm')}</li>
        </ul>

        <section aria-labelledby="routes-title">
          <h2 id="routes-title" className="text-2xl font-bold">
            {t('compare.routesTitle')}
          </h2>
          <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="routes-title" tabIndex={0}>
            <table className="w-full border-collapse text-left" data-table="routes">
              <caption className="sr-only">{t('compare.routesCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">
                    {t('compare.rule')}
                  </th>
                  {authorityIds.map((a) => (
                    <th key={a} scope="col" className="p-2">
                      {t(`authoritiesShort.${a}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.routes.map((r) => (
                  <tr key={r.route} className={`border-b border-line ${r.differ ? 'bg-warning-tint' : ''}`} data-route={r.route} data-differ={r.differ}>
                    <th scope="row" className="p-2 font-normal">
                      {t(`routes.${r.route}`)}
                      {r.differ ? <DiffersMark label={t('compare.differs')} /> : null}
                    </th>
                    {authorityIds.map((a) => (
                      <td key={a} className="p-2" data-authority={a} data-offered={r.offered[a]}>
                        {r.offered[a] ? t('compare.offered') : <strong>{t('compare.notOffered')}</strong>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        {data.topics.map((topic) => {
          const id = `topic-${topic.id}`;
          return (
            <section key={topic.id} aria-labelledby={id} className="mt-10">
              <h2 id={id} className="text-2xl font-bold">
                {topicName(topic.id)}
              </h2>
              <div className="mt-3 overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
                <table className="w-full border-collapse text-left align-top" data-topic={topic.id}>
                  <caption className="sr-only">{t('compare.tableCaption', { topic: topicName(topic.id), date })}</caption>
                  <thead>
                    <tr className="border-b-2 border-ink">
                      <th scope="col" className="w-1/5 p-2">
                        {t('compare.rule')}
                      </th>
                      {authorityIds.map((a) => (
                        <th key={a} scope="col" className="w-1/5 p-2">
                          {t(`authoritiesShort.${a}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {topic.rows.map((row) => (
                      <tr key={`${row.shared ? 'shared:' : ''}${row.key}`} className={`border-b border-line align-top ${row.differ ? 'bg-warning-tint' : ''}`} data-row={row.key} data-differ={row.differ}>
                        <th scope="row" className="p-2 font-normal">
                          <ParameterLabel id={(row.shared ?? Object.values(row.cells).find(Boolean))!.id} />
                          {row.differ ? <DiffersMark label={t('compare.differs')} /> : null}
                        </th>
                        {row.shared ? (
                          <td colSpan={4} className="p-2">
                            <span className="text-sm text-muted">{t('compare.allAuthorities')}: </span>
                            <Figure use={row.shared} locale={locale} />
                            <SourceLinks ids={row.shared.sources} compact className="mt-1" />
                          </td>
                        ) : (
                          authorityIds.map((a) => {
                            const use = row.cells[a];
                            return (
                              <td key={a} className="p-2" data-authority={a}>
                                {use ? (
                                  <>
                                    <Figure use={use} locale={locale} />
                                    <SourceLinks ids={use.sources} compact className="mt-1" />
                                  </>
                                ) : (
                                  <span className="text-muted">{t('compare.noValue')}</span>
                                )}
                              </td>
                            );
                          })
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}

        <section aria-labelledby="documents-title" className="mt-10">
          <h2 id="documents-title" className="text-2xl font-bold">
            {t('compare.documentsTitle')}
          </h2>
          <p className="mt-2 max-w-3xl">{t('compare.documentsIntro')}</p>
          <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="documents-title" tabIndex={0}>
            <table className="w-full border-collapse text-left align-top" data-table="documents">
              <caption className="sr-only">{t('compare.documentsTitle')}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="w-1/5 p-2">
                    {t('compare.document')}
                  </th>
                  {authorityIds.map((a) => (
                    <th key={a} scope="col" className="w-1/5 p-2">
                      {t(`authoritiesShort.${a}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {documents.map((row) => (
                  <tr key={row.id} className={`border-b border-line align-top ${row.differ ? 'bg-warning-tint' : ''}`} data-document={row.id} data-differ={row.differ}>
                    <th scope="row" className="p-2 font-normal">
                      {row.title}
                      {row.differ ? <DiffersMark label={t('compare.differs')} /> : null}
                    </th>
                    {authorityIds.map((a) => {
                      const cell = row.cells[a];
                      return (
                        <td key={a} className="p-2" data-authority={a} data-routes={cell.allRoutes ? 'all' : cell.routes.join(' ')}>
                          {cell.routes.length === 0 ? (
                            <span className="text-muted">{t('compare.notAsked')}</span>
                          ) : cell.allRoutes ? (
                            <span>{t('compare.allRoutes')}</span>
                          ) : (
                            <span>{cell.routes.map((r) => t(`routes.${r}`)).join(', ')}</span>
                          )}
                          {cell.details.map((d) => (
                            <span key={d} className="mt-1 block text-sm">
                              {d}
                            </span>
                          ))}
                          {cell.citations.length > 0 ? (
                            <details className="mt-1 text-sm">
                              <summary className="link cursor-pointer">{t('common.sourcesCompact', { count: cell.citations.length })}</summary>
                              {cell.citations.map((c, i) => (
                                <span key={c.url + c.title}>
                                  {i > 0 ? '; ' : null}
                                  <a className="link" href={c.url} lang="en" rel="noopener noreferrer">
                                    {c.title}
                                  </a>
                                </span>
                              ))}
                            </details>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="what-if-title" className="mt-10">
          <h2 id="what-if-title" className="text-2xl font-bold">
            {t('compare.whatIfTitle')}
          </h2>
          <p className="mt-2 max-w-3xl">{t('compare.whatIfText')}</p>
        </section>

        <GuideNav locale={locale} current="compare" />
      </main>
    </>
  );
}

function DiffersMark({ label }: { label: string }) {
  return (
    <>
      {' '}
      <span className="tag tag-unknown" data-differs="true">
        <span aria-hidden="true">≠</span>
        <span className="sr-only">{label}</span>
      </span>
    </>
  );
}
