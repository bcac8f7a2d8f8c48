import { CitationLinks } from '@/components/guide/CitationLinks';
import { GuideNav } from '@/components/guide/GuideNav';
import { openGuidePage, pageMetadata, type GuidePageProps } from '@/components/guide/page';
import { readAuthority } from '@/lib/guide/authorities';
import { whatIfHref } from '@/lib/guide/links';
import { toAnswers } from '@/lib/flow/questions';
import { parseFlowParams } from '@/lib/flow/url';
import { assess, authorityIds, todayInBrussels, type AuthorityId } from '@/lib/rules';
import { PageSection } from '@/components/guide/PageSection';
import { SiteHeader } from '@/components/site/SiteHeader';

/** The title names the compared region; the page is not indexed (it depends on the answers in the address). */
export async function generateMetadata(props: GuidePageProps) {
  const region = readAuthority((await props.searchParams).region);
  return pageMetadata('guide', (t) => (region ? t('whatIf.title', { inAuthority: t(`authoritiesIn.${region}`) }) : t('compare.whatIfTitle')), { noIndex: true })(props);
}

const tagClass = { eligible: 'tag-pass', ineligible: 'tag-fail', unknown: 'tag-unknown' } as const;

/**
 * "What if this job were in …": the wizard's answers (from the query string, as on the result
 * page) with the workplace replaced by `region`, assessed by the same rules module. Clearly marked
 * as a comparison: the workplace decides the competent authority, not the employer.
 */
export default async function WhatIfPage(props: GuidePageProps) {
  const { locale, query, t } = await openGuidePage(props);

  const region = readAuthority(query.region);
  const from = readAuthority(query.from);
  const flow = parseFlowParams(query);
  const asOf = flow.asOf ?? todayInBrussels();
  // The compared region replaces the workplace, whichever way it was given.
  const { postcode: _postcode, region: _region, ...answersOnly } = flow.state;
  const state = region ? { ...answersOnly, region } : answersOnly;
  const hasAnswers = Object.keys(answersOnly).length > 0;
  const answers = region ? toAnswers(state, {}, asOf) : null;
  const assessment = answers ? assess(answers, locale, asOf) : null;
  const others = authorityIds.filter((a) => a !== region);
  const inAuthority = (a: AuthorityId) => t(`authoritiesIn.${a}`);

  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/compare/what-if`} search={query} />
      <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
        <p className="caption">{t('compare.title')}</p>
        <h1 className="text-3xl font-bold">{region ? t('whatIf.title', { inAuthority: inAuthority(region) }) : t('compare.whatIfTitle')}</h1>

        {!region ? <p className="warning mt-6">{t('whatIf.badRegion')}</p> : null}

        {region ? (
          <div className="warning mt-6" data-comparison-banner="true">
            <p className="font-bold">{t('whatIf.banner', { inAuthority: inAuthority(region) })}</p>
            {from && from !== region ? <p className="mt-2">{t('whatIf.actual', { inAuthority: inAuthority(from) })}</p> : null}
          </div>
        ) : null}

        {region && !hasAnswers ? (
          <div className="mt-6">
            <p>{t('whatIf.noAnswers')}</p>
            <p className="mt-4">
              <a className="btn btn-start" href={`/${locale}`}>
                {t('whatIf.startCheck')}
              </a>
            </p>
          </div>
        ) : null}

        {assessment && region && hasAnswers ? (
          <PageSection id="verdict-title" title={t('whatIf.verdictTitle', { inAuthority: inAuthority(region) })} className="mt-8" data={{ 'data-verdict': assessment.verdict }}>
            <p className="mt-2 text-xl font-bold">{t(`whatIf.verdict.${assessment.verdict}`)}</p>
            <p className="mt-2">{assessment.verdictText}</p>
            {assessment.recommendedRoute ? (
              <p className="mt-2" data-recommended={assessment.recommendedRoute}>
                {t('whatIf.recommended', { route: t(`routes.${assessment.recommendedRoute}`) })}
              </p>
            ) : null}
            {assessment.recommendation ? <p className="mt-2">{assessment.recommendation}</p> : null}

            {assessment.routes.length > 0 ? (
              <>
                <h3 className="mt-6 text-xl font-bold">{t('whatIf.routesTitle')}</h3>
                <ul className="mt-3 space-y-4">
                  {assessment.routes.map((r) => {
                    const open = r.checks.filter((c) => c.status !== 'pass');
                    return (
                      <li key={r.id} className="border-l-4 border-line pl-4" data-route={r.id} data-status={r.status}>
                        <p>
                          <span className="font-bold">{t(`routes.${r.id}`)}</span>{' '}
                          <span className={`tag ${tagClass[r.status]}`}>{t(`whatIf.routeStatus.${r.status}`)}</span>
                        </p>
                        {open.length > 0 ? (
                          <ul className="mt-2 list-disc space-y-2 pl-6">
                            {open.map((c) => (
                              <li key={c.id}>
                                {c.explanation}
                                {c.citations.length > 0 ? (
                                  <span className="block text-sm text-muted">
                                    <CitationLinks citations={c.citations} />
                                  </span>
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : null}
          </PageSection>
        ) : null}

        {hasAnswers ? (
          <nav aria-labelledby="other-regions" className="no-print mt-10">
            <h2 id="other-regions" className="text-xl font-bold">
              {t('whatIf.chooseRegion')}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {others.map((a) => (
                <li key={a}>
                  <a className="link" href={whatIfHref(locale, flow.state, a, { from, asOf: flow.asOf })}>
                    {t('whatIf.title', { inAuthority: inAuthority(a) })}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}

        <GuideNav locale={locale} current="compare" />
      </main>
    </>
  );
}
