import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GuideNav } from '@/components/guide/GuideNav';
import { LanguageLinks } from '@/components/guide/LanguageLinks';
import { SourceLinks } from '@/components/guide/SourceLinks';
import { authorityContactSource, readAuthority } from '@/lib/guide/authorities';
import { guideSectionIds, isRouteId, resolveStatements, statementsFor } from '@/lib/guide/guidance';
import { sourceById } from '@/lib/guide/sources';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { formatMoney, todayInBrussels } from '@/lib/rules/format';
import { hasParameter, valueOn } from '@/lib/rules/params';
import { offeredRoutes } from '@/lib/rules/recommend';
import { authorityIds, routeIds } from '@/lib/rules/types';
import { SiteHeader } from '@/components/site/SiteHeader';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string; route: string }>; searchParams: Promise<SearchParams> };

export function generateStaticParams() {
  return routeIds.map((route) => ({ route }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, route } = await params;
  if (!isLocale(locale) || !isRouteId(route)) return {};
  const t = await getTranslations({ locale, namespace: 'guide' });
  const common = await getTranslations({ locale, namespace: 'common' });
  return { title: `${t('guidance.title', { route: t(`routes.${route}`) })} – ${common('siteName')}` };
}

/**
 * Guidance for the worker about one route, in the page's language (the candidate's, chosen by the
 * employer). Every statement shows its sources. `?authority=` narrows the page to the authority of
 * the workplace and shows its official page.
 */
export default async function GuidancePage({ params, searchParams }: Props) {
  const { locale: rawLocale, route } = await params;
  if (!isLocale(rawLocale) || !isRouteId(route)) notFound();
  const locale: Locale = rawLocale;
  setRequestLocale(locale);
  const query = await searchParams;
  const authority = readAuthority(query.authority);
  const t = await getTranslations({ locale, namespace: 'guide' });

  const asOf = todayInBrussels();
  const resolved = resolveStatements(statementsFor(route, authority), (id) => (hasParameter(id) ? valueOn(id, asOf) : undefined));
  const routeName = t(`routes.${route}`);
  const contact = authority ? sourceById(authorityContactSource[authority]) : undefined;
  const offered = authority ? offeredRoutes(authority).includes(route) : true;

  const text = (id: string, args: Record<string, number | { money: number }>) => {
    const values: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(args)) values[k] = typeof v === 'number' ? v : formatMoney(locale, v.money);
    return t(`guidance.statements.${id}` as never, values as never);
  };

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

        {authority && contact ? (
          <section aria-labelledby="contact-title" className="my-6 border-l-8 border-accent p-4" data-authority-contact={authority}>
            <h2 id="contact-title" className="text-xl font-bold">
              {t('guidance.contactTitle')}
            </h2>
            <p className="mt-2">{t('guidance.contactText', { authority: t(`authoritiesSubject.${authority}`) })}</p>
            <p className="mt-2">
              <a className="link font-bold" href={contact.url} data-source={contact.id}>
                {t('guidance.contactLink', { ofAuthority: t(`authoritiesOf.${authority}`) })}
              </a>
            </p>
            <SourceLinks ids={['cooperation-agreement-2018']} />
          </section>
        ) : null}

        {guideSectionIds.map((section) => {
          const items = resolved.filter((r) => r.statement.section === section);
          if (items.length === 0) return null;
          const Tag = section === 'steps' ? 'ol' : 'ul';
          return (
            <section key={section} aria-labelledby={`section-${section}`} className="mt-10">
              <h2 id={`section-${section}`} className="text-2xl font-bold">
                {t(`guidance.sections.${section}`)}
              </h2>
              <Tag className={`mt-4 space-y-4 pl-6 ${section === 'steps' ? 'list-decimal' : 'list-disc'}`}>
                {items.map((r) => (
                  <li key={r.statement.id} data-statement={r.statement.id} className="keep-together">
                    <p>{text(r.statement.id, r.args)}</p>
                    {r.statement.link === 'shortage-lists' ? (
                      <p className="mt-1">
                        <a className="link" href={`/${locale}/shortage-lists${authority ? `#${authority}` : ''}`}>
                          {t('guidance.linkShortageLists')}
                        </a>
                      </p>
                    ) : null}
                    {r.statement.link === 'authorities' ? (
                      <ul className="mt-1 list-[circle] pl-6">
                        {(authority ? [authority] : authorityIds).map((a) => {
                          const s = sourceById(authorityContactSource[a]);
                          return s ? (
                            <li key={a}>
                              <a className="link" href={s.url} data-source={s.id}>
                                {t('guidance.contactLink', { ofAuthority: t(`authoritiesOf.${a}`) })}
                              </a>
                            </li>
                          ) : null;
                        })}
                      </ul>
                    ) : null}
                    <SourceLinks ids={r.sources} className="mt-1 block" />
                  </li>
                ))}
              </Tag>
            </section>
          );
        })}

        <GuideNav locale={locale} current="guidance" />
      </main>
    </>
  );
}
