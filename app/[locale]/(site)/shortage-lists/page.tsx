import { DataTable } from '@/components/guide/DataTable';
import { GuideNav } from '@/components/guide/GuideNav';
import { OccupationRow } from '@/components/guide/OccupationRow';
import { SourceLink, SourceLinks } from '@/components/guide/SourceLinks';
import { guideMetadata, openGuidePage, type GuidePageProps } from '@/components/guide/page';
import { normaliseQuery, searchOccupations } from '@/lib/guide/search';
import { noteValues } from '@/lib/guide/shortage';
import { type Locale } from '@/lib/i18n/locales';
import { authorityIds, formatDate, isListInForce, shortageListsOf, todayInBrussels, type ShortageList } from '@/lib/rules';
import { PageSection } from '@/components/guide/PageSection';
import { SiteHeader } from '@/components/site/SiteHeader';

export const generateMetadata = guideMetadata('shortage.title');

const searchExample: Record<Locale, string> = { nl: 'dakdekker', fr: 'couvreur', de: 'Dachdecker', en: 'roofer' };

/**
 * The shortage-occupation lists per authority, as far as the sources know them, with a plain GET
 * search (works without JavaScript; accent-insensitive; any of the four languages). Every list links
 * the official list and every occupation its sources.
 */
export default async function ShortageListsPage(props: GuidePageProps) {
  const { locale, query, t } = await openGuidePage(props);

  const q = normaliseQuery(query.q);
  const hits = q ? searchOccupations(q) : [];
  const today = todayInBrussels();
  const listName = (l: ShortageList) => `${t(`shortage.listTitle.${l.kind}`)} – ${t(`authoritiesShort.${l.authority}`)}`;
  const validity = (l: ShortageList) =>
    l.validFrom && l.validTo
      ? t('shortage.validity.fromTo', { from: formatDate(locale, l.validFrom), to: formatDate(locale, l.validTo) })
      : l.validFrom
        ? t('shortage.validity.from', { from: formatDate(locale, l.validFrom) })
        : t('shortage.validity.unknown');

  const occupationColumns = [{ label: t('shortage.occupation') }, { label: t('shortage.status') }, { label: t('common.sources') }];

  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/shortage-lists`} search={query} />
      <main id="main-content" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t('shortage.title')}</h1>
        <p className="mt-4 max-w-3xl text-lg">{t('shortage.intro')}</p>

        <form method="get" role="search" className="no-print my-6 rounded border border-line bg-panel p-4">
          <label htmlFor="q" className="block font-bold">
            {t('shortage.searchLabel')}
          </label>
          <p id="q-hint" className="hint text-sm">
            {t('shortage.searchHint', { example: searchExample[locale] })}
          </p>
          <div className="flex flex-wrap items-end gap-3">
            <input id="q" name="q" type="search" className="input max-w-md" defaultValue={q} aria-describedby="q-hint" maxLength={100} />
            <button type="submit" className="btn">
              {t('shortage.searchSubmit')}
            </button>
          </div>
        </form>

        {q ? (
          <section aria-labelledby="results-title" className="mb-10" data-search-results={hits.length}>
            <h2 id="results-title" className="text-2xl font-bold" role="status">
              {t('shortage.searchResults', { count: hits.length, query: q })}
            </h2>
            {hits.length === 0 ? <p className="mt-2">{t('shortage.searchNoneHint')}</p> : null}
            {hits.length > 0 ? (
              <DataTable
                labelledBy="results-title"
                columns={[{ label: t('shortage.occupation') }, { label: t('shortage.listColumn') }, { label: t('shortage.status') }, { label: t('common.sources') }]}
              >
                {hits.map((h) => (
                  <OccupationRow key={`${h.list.id}:${h.occupation.id}`} list={h.list} occupation={h.occupation} locale={locale} listLabel={`${listName(h.list)} (${validity(h.list)})`} />
                ))}
              </DataTable>
            ) : null}
            <p className="mt-3">
              <a className="link" href={`/${locale}/shortage-lists`}>
                {t('shortage.searchClear')}
              </a>
            </p>
          </section>
        ) : null}

        {authorityIds.map((authority) => (
          <PageSection key={authority} id={`${authority}-title`} title={t(`authorities.${authority}`)} anchor={authority}>
            {shortageListsOf(authority).map((list) => {
              const inForce = isListInForce(list, today);
              const titleId = `list-${list.id}`;
              return (
                <article key={list.id} aria-labelledby={titleId} className="mt-6 border-l-4 border-line pl-4" data-list={list.id}>
                  <h3 id={titleId} className="text-xl font-bold">
                    {t(`shortage.listTitle.${list.kind}`)}: {validity(list)}
                  </h3>
                  <p className="text-muted">{t(`shortage.kindExplain.${list.kind}`)}</p>
                  <ul className="mt-2 list-disc space-y-1 pl-6">
                    <li>
                      <strong>{inForce ? t('shortage.inForce', { date: formatDate(locale, today) }) : t('shortage.notInForce', { date: formatDate(locale, today) })}</strong>
                    </li>
                    <li data-count={list.count ?? 'unknown'}>
                      {list.count !== null ? t('shortage.count', { count: list.count }) : t('shortage.countUnknown')}{' '}
                      <span className="text-sm text-muted">({t(`common.confidence.${list.countConfidence}`)})</span>
                    </li>
                    <li>{t(`shortage.completeness.${list.completeness}`)}</li>
                    {list.notes.map((n) => (
                      <li key={n}>{t(`shortage.notes.${n}`, noteValues(list))}</li>
                    ))}
                  </ul>
                  <p className="mt-2">
                    <SourceLinks ids={list.sources} />
                  </p>
                  <p className="mt-2">
                    <span className="font-bold">{t('shortage.officialList')}: </span>
                    {list.officialSources.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? '; ' : null}
                        <SourceLink id={id} dataAttribute="data-official-list" />
                      </span>
                    ))}
                  </p>
                  {list.occupations.length > 0 ? (
                    <DataTable labelledBy={titleId} caption={t('shortage.tableCaption')} columns={occupationColumns}>
                      {list.occupations.map((o) => (
                        <OccupationRow key={o.id} list={list} occupation={o} locale={locale} />
                      ))}
                    </DataTable>
                  ) : (
                    <p className="mt-3">{t('shortage.noOccupations')}</p>
                  )}
                </article>
              );
            })}
          </PageSection>
        ))}

        <GuideNav locale={locale} current="shortage-lists" />
      </main>
    </>
  );
}

