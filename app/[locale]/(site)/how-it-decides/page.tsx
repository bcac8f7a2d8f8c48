import { DataRow, DataTable } from '@/components/guide/DataTable';
import { DateForm } from '@/components/guide/DateForm';
import { Figure } from '@/components/guide/Figure';
import { FlowDiagram } from '@/components/guide/FlowDiagram';
import { GuideNav } from '@/components/guide/GuideNav';
import { ParameterLabel } from '@/components/guide/ParameterLabel';
import { SourceLinks } from '@/components/guide/SourceLinks';
import { guideMetadata, openGuidePage, type GuidePageProps } from '@/components/guide/page';
import { readAsOf } from '@/lib/guide/dates';
import { buildHowItDecides, flowAsMermaid, type StartEvaluation } from '@/lib/guide/how-it-decides';
import { questions } from '@/lib/flow/questions';
import { authorityIds, evaluate, formatDate, formatList, getParameter, parametersOn, routeOrder, routeRanking, todayInBrussels, type AuthorityId, type RouteId } from '@/lib/rules';
import { PageSection } from '@/components/guide/PageSection';
import { SiteHeader } from '@/components/site/SiteHeader';

export const generateMetadata = guideMetadata('howItDecides.title');

/**
 * How the tool decides, for a date: the questions (from lib/flow/questions.ts, as a list and a
 * server-drawn diagram), the recommendation rule and its result per authority (lib/rules), and every
 * parameter in force (parametersOn) with value, unit, validity, confidence and sources.
 */
export default async function HowItDecidesPage(props: GuidePageProps) {
  const { locale, query, t } = await openGuidePage(props);

  const choice = readAsOf(query.asOf, todayInBrussels());
  const asOf = choice.asOf;
  const startEvaluations = {} as Record<AuthorityId, StartEvaluation>;
  for (const a of authorityIds) startEvaluations[a] = evaluate({ workplace: { region: a } }, asOf);
  const ranking = Object.fromEntries(authorityIds.map((a) => [a, routeRanking(a, asOf)])) as Record<AuthorityId, RouteId[]>;
  const data = buildHowItDecides({
    asOf,
    uses: parametersOn(asOf),
    questions,
    startEvaluations,
    routeOrder,
    ranking,
    describe: (id) => getParameter(id)?.description ?? id,
  });
  const date = formatDate(locale, asOf);
  const questionLabel = (id: string) => (t.has(`howItDecides.questions.${id}`) ? t(`howItDecides.questions.${id}`) : id);
  const routeName = (r: RouteId) => t(`routes.${r}`);
  const main = data.flow.filter((n) => n.alternativeOf === null);
  const mermaid = flowAsMermaid(data.flow, questionLabel, t('howItDecides.end'), t('howItDecides.result'));
  const parameterColumns = [
    { label: t('howItDecides.columns.rule'), className: 'w-1/4' },
    { label: t('howItDecides.columns.value') },
    { label: t('howItDecides.columns.validity') },
    { label: t('howItDecides.columns.confidence') },
    { label: t('howItDecides.columns.sources'), className: 'w-1/3' },
  ];
  const scopeName = (s: string) => ((authorityIds as readonly string[]).includes(s) ? t(`authorities.${s as AuthorityId}`) : t(`howItDecides.scope.${s as 'federal' | 'eu'}`));

  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/how-it-decides`} search={query} />
      <main id="main-content" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t('howItDecides.title')}</h1>
        <p className="mt-4 max-w-3xl text-lg">{t('howItDecides.intro', { date })}</p>
        <DateForm choice={choice} locale={locale} />

        <PageSection id="flow-title" title={t('howItDecides.flowTitle')} className="mt-8">
          <p className="mt-2 max-w-3xl">{t('howItDecides.flowText')}</p>
          <ol className="mt-4 list-decimal space-y-3 pl-8" data-flow-list="true">
            {main.map((n) => {
              const alternatives = data.flow.filter((a) => a.alternativeOf === n.id);
              const askedAll = authorityIds.every((a) => n.askedIn[a]);
              const askedIn = authorityIds.filter((a) => n.askedIn[a]).map((a) => t(`authoritiesShort.${a}`));
              return (
                <li key={n.id} data-question={n.id} data-can-end={n.canEndFlow}>
                  <span className="font-bold">{questionLabel(n.id)}</span>
                  {alternatives.map((a) => (
                    <span key={a.id} className="block">
                      {t('howItDecides.alternative', { question: questionLabel(a.id) })}
                    </span>
                  ))}
                  <span className="block text-sm text-muted">
                    {t('howItDecides.askedIn')}: {askedAll ? t('howItDecides.askedInAll') : formatList(locale, askedIn)}
                    {' · '}
                    {t('howItDecides.answers')}: <code lang="en">{n.paths.join(', ')}</code>
                  </span>
                  {n.canEndFlow ? <span className="tag tag-unknown mt-1 text-sm">{t('howItDecides.canEndFlow')}</span> : null}
                </li>
              );
            })}
          </ol>

          <h3 className="mt-8 text-xl font-bold">{t('howItDecides.diagramTitle')}</h3>
          <div className="mt-3">
            <FlowDiagram
              nodes={data.flow}
              label={questionLabel}
              startLabel={t('howItDecides.start')}
              endLabel={t('howItDecides.end')}
              resultLabel={t('howItDecides.result')}
              title={t('howItDecides.diagramTitle')}
              description={t('howItDecides.diagramDescription', { count: main.length })}
            />
          </div>
          <details className="mt-4">
            <summary className="link cursor-pointer">{t('howItDecides.mermaidSummary')}</summary>
            <pre className="mt-2 overflow-x-auto bg-panel p-3 text-sm" data-mermaid="true" tabIndex={0}>
              {mermaid}
            </pre>
          </details>
        </PageSection>

        <PageSection id="recommendation-title" title={t('howItDecides.recommendationTitle')}>
          <p className="mt-2">{t('howItDecides.recommendationIntro')}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-8">
            <li>{t('howItDecides.recommendationRule1')}</li>
            <li>{t('howItDecides.recommendationRule2')}</li>
            <li>{t('howItDecides.recommendationRule3', { order: formatList(locale, data.routeOrder.map(routeName)) })}</li>
          </ol>
          <h3 className="mt-6 text-xl font-bold">{t('howItDecides.rankingTitle', { date })}</h3>
          <DataTable
            label={t('howItDecides.rankingCaption')}
            caption={t('howItDecides.rankingCaption')}
            columns={authorityIds.map((a) => ({ label: t(`authoritiesShort.${a}`) }))}
            data={{ 'data-table': 'ranking' }}
          >
            <tr className="align-top">
              {authorityIds.map((a) => (
                <td key={a} className="p-2" data-authority={a}>
                  <ol className="list-decimal pl-6">
                    {data.ranking[a].map((r) => (
                      <li key={r} data-route={r}>
                        {routeName(r)}
                      </li>
                    ))}
                  </ol>
                </td>
              ))}
            </tr>
          </DataTable>
          <h3 className="mt-6 text-xl font-bold">{t('howItDecides.threeValuedTitle')}</h3>
          <p className="mt-2 max-w-3xl">{t('howItDecides.threeValued')}</p>
        </PageSection>

        <PageSection id="parameters-title" title={t('howItDecides.parametersTitle', { date })}>
          <p className="mt-2 max-w-3xl">{t('howItDecides.parametersIntro')}</p>
          {data.parameters.map((group) => {
            const id = `scope-${group.scope}`;
            return (
              <div key={group.scope} className="mt-6">
                <h3 id={id} className="text-xl font-bold">
                  {scopeName(group.scope)}
                </h3>
                <DataTable labelledBy={id} className="mt-2" columns={parameterColumns} data={{ 'data-scope': group.scope }}>
                  {group.rows.map((row) => (
                    <DataRow key={row.use.id} data={{ 'data-parameter-row': row.use.id }}>
                      <th scope="row" className="p-2 font-normal">
                        <ParameterLabel id={row.use.id} />
                        <code className="block text-xs text-muted" lang="en">
                          {row.use.id}
                        </code>
                      </th>
                      <td className="p-2">
                        <Figure use={row.use} locale={locale} />
                      </td>
                      <td className="p-2 text-sm">
                        {row.use.validTo
                          ? t('common.validFromTo', { from: formatDate(locale, row.use.validFrom), to: formatDate(locale, row.use.validTo) })
                          : `${t('common.validFrom', { from: formatDate(locale, row.use.validFrom) })} (${t('howItDecides.openEnded')})`}
                      </td>
                      <td className="p-2 text-sm">{t(`common.confidence.${row.use.confidence}`)}</td>
                      <td className="p-2">
                        <SourceLinks ids={row.use.sources} label={false} />
                        {row.use.officialUrl ? (
                          <a className="link mt-1 block text-sm" href={row.use.officialUrl}>
                            {t('common.officialPage')}
                          </a>
                        ) : null}
                      </td>
                    </DataRow>
                  ))}
                </DataTable>
              </div>
            );
          })}
        </PageSection>

        <GuideNav locale={locale} current="how-it-decides" />
      </main>
    </>
  );
}
