import { CitationLinks } from '@/components/guide/CitationLinks';
import { DataRow, DataTable, RowHeader, type Column } from '@/components/guide/DataTable';
import { DateForm } from '@/components/guide/DateForm';
import { Figure } from '@/components/guide/Figure';
import { GuideNav } from '@/components/guide/GuideNav';
import { ParameterLabel } from '@/components/guide/ParameterLabel';
import { SourceLinks } from '@/components/guide/SourceLinks';
import { guideMetadata, openGuidePage, type GuidePageProps } from '@/components/guide/page';
import { buildComparison, buildDocumentComparison, routeDocumentsOf, type RouteDocuments } from '@/lib/guide/compare';
import { readAsOf } from '@/lib/guide/dates';
import { assess, authorityIds, formatDate, offeredRoutes, parametersOn, routeIds, todayInBrussels, type AuthorityId } from '@/lib/rules';
import { PageSection } from '@/components/guide/PageSection';
import { SiteHeader } from '@/components/site/SiteHeader';

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
      ? t(`routes.${topic}`)
      : t.has(`compare.topics.${topic}`)
        ? t(`compare.topics.${topic}`)
        : topic;
  const differs = (differ: boolean) => (differ ? t('compare.differs') : null);
  /** The first column, then one per authority. */
  const columns = (first: string, width = ''): Column[] => [
    { label: first, className: width },
    ...authorityIds.map((a) => ({ label: t(`authoritiesShort.${a}`), className: width })),
  ];

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

        <PageSection id="routes-title" title={t('compare.routesTitle')} className="">
          <DataTable labelledBy="routes-title" caption={t('compare.routesCaption')} columns={columns(t('compare.rule'))} data={{ 'data-table': 'routes' }}>
            {data.routes.map((r) => (
              <DataRow key={r.route} differ={r.differ} data={{ 'data-route': r.route, 'data-differ': r.differ }}>
                <RowHeader differsLabel={differs(r.differ)}>{t(`routes.${r.route}`)}</RowHeader>
                {authorityIds.map((a) => (
                  <td key={a} className="p-2" data-authority={a} data-offered={r.offered[a]}>
                    {r.offered[a] ? t('compare.offered') : <strong>{t('compare.notOffered')}</strong>}
                  </td>
                ))}
              </DataRow>
            ))}
          </DataTable>
        </PageSection>

        {data.topics.map((topic) => {
          const id = `topic-${topic.id}`;
          return (
            <PageSection key={topic.id} id={id} title={topicName(topic.id)}>
              <DataTable
                labelledBy={id}
                caption={t('compare.tableCaption', { topic: topicName(topic.id), date })}
                columns={columns(t('compare.rule'), 'w-1/5')}
                data={{ 'data-topic': topic.id }}
              >
                {topic.rows.map((row) => (
                  <DataRow key={`${row.shared ? 'shared:' : ''}${row.key}`} differ={row.differ} data={{ 'data-row': row.key, 'data-differ': row.differ }}>
                    <RowHeader differsLabel={differs(row.differ)}>
                      <ParameterLabel id={(row.shared ?? Object.values(row.cells).find(Boolean))!.id} />
                    </RowHeader>
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
                  </DataRow>
                ))}
              </DataTable>
            </PageSection>
          );
        })}

        <PageSection id="documents-title" title={t('compare.documentsTitle')}>
          <p className="mt-2 max-w-3xl">{t('compare.documentsIntro')}</p>
          <DataTable labelledBy="documents-title" caption={t('compare.documentsTitle')} columns={columns(t('compare.document'), 'w-1/5')} data={{ 'data-table': 'documents' }}>
            {documents.map((row) => (
              <DataRow key={row.id} differ={row.differ} data={{ 'data-document': row.id, 'data-differ': row.differ }}>
                <RowHeader differsLabel={differs(row.differ)}>{row.title}</RowHeader>
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
                          <CitationLinks citations={cell.citations} />
                        </details>
                      ) : null}
                    </td>
                  );
                })}
              </DataRow>
            ))}
          </DataTable>
        </PageSection>

        <PageSection id="what-if-title" title={t('compare.whatIfTitle')}>
          <p className="mt-2 max-w-3xl">{t('compare.whatIfText')}</p>
        </PageSection>

        <GuideNav locale={locale} current="compare" />
      </main>
    </>
  );
}
