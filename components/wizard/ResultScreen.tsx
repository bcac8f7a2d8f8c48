/**
 * The result page: the verdict in one sentence, the recommended route and why, every route of the
 * authority with its checks, figures and sources, what would change the outcome, a printable
 * checklist of documents, fees, processing time and where to apply. All decisions come from
 * lib/rules (assess = evaluate + present); this page only lays them out.
 */
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { locales, type Locale } from '@/lib/i18n/locales';
import { toAnswers } from '@/lib/flow/questions';
import { flowHref, type SearchParamsInput } from '@/lib/flow/url';
import { guidanceHref, whatIfHref } from '@/lib/guide/links';
import { assess, type Assessment, type AssessedCheck, type AssessedRoute, type Citation, type Figure } from '@/lib/rules';
import { formatDate, formatMoney } from '@/lib/rules/format';
import { authorityIds, type AuthorityId, type RouteStatus, type Tri } from '@/lib/rules/types';
import { publicOrigin } from '@/lib/embed/public-origin';
import { BackLink } from './BackLink';
import { CopyLink } from './CopyLink';
import { flowBase, loadFlow } from './flow';
import type { WizardT } from './spec';
import type { WizardMode } from './types';

const WORKING_IN_BELGIUM = 'https://www.workinginbelgium.be';

export async function ResultScreen({
  locale,
  mode,
  searchParams,
  fixedRegion,
}: {
  locale: Locale;
  mode: WizardMode;
  searchParams: SearchParamsInput;
  fixedRegion?: AuthorityId;
}) {
  const ctx = loadFlow(locale, mode, searchParams, fixedRegion);
  if (ctx.path.current !== 'check-answers') redirect(flowHref(ctx.base, ctx.path.current, ctx.params));
  const answers = toAnswers(ctx.path.state, ctx.options, ctx.asOf);
  if (!answers) redirect(flowHref(ctx.base, 'workplace', ctx.params));
  const a = assess(answers, locale, ctx.asOf);

  const t = await getTranslations({ locale, namespace: 'wizard' });
  const tc = await getTranslations({ locale, namespace: 'common' });
  const params = { ...ctx.params, state: ctx.path.state, returnTo: undefined };
  const origin = await publicOrigin();
  // The link to share is the full site's result with the same answers, also from an embedded page
  // (which only its preset's sites may frame): no preset; a region fixed by the preset becomes the
  // workplace answer.
  const shareState = fixedRegion ? { ...ctx.path.state, region: fixedRegion } : ctx.path.state;
  const shareUrl = `${origin}${flowHref(flowBase(locale, 'site'), 'result', { state: shareState, asOf: ctx.params.asOf })}`;
  const recommended = a.routes.find((r) => r.id === a.recommendedRoute) ?? null;
  const newTab = t('result.opensInNewTab');
  const title = t(`result.headlines.${a.verdict}`);
  const finished = a.verdict === 'permit-not-required' || a.verdict === 'out-of-scope';
  const authority = a.competentAuthority?.id ?? null;
  // Links to pages of the full site: from an embedded page they open in a new tab (the full site
  // cannot be framed).
  const siteLink = mode === 'embed' ? { target: '_blank', rel: 'noopener' } : {};
  const embedded = mode === 'embed';
  const candidateLinks = recommended
    ? await Promise.all(
        locales.map(async (l) => ({
          locale: l,
          href: guidanceHref(l, recommended.id, authority),
          label: (await getTranslations({ locale: l, namespace: 'wizard' }))('result.candidateLink'),
        })),
      )
    : [];
  const tg = await getTranslations({ locale, namespace: 'guide' });
  const otherAuthorities = authority && !finished ? authorityIds.filter((x) => x !== authority) : [];
  const hints = a.routes.filter((r) => r.status !== 'eligible' && r.hints.length > 0 && (!recommended || r.id !== recommended.id));
  const wrap = mode === 'embed' ? 'px-3' : 'mx-auto w-full max-w-3xl px-4';
  // Figures to confirm: those the recommended route relies on (the others are flagged in each route).
  const notices = recommended ? a.notices.filter((n) => routeParameters(recommended).has(n.parameter)) : a.notices;

  return (
    <div className={wrap}>
      <title>{`${title} – ${tc('siteName')}`}</title>
      <BackLink href={flowHref(ctx.base, 'check-answers', params)} label={t('common.back')} />
      <main id="main-content" className={mode === 'embed' ? 'pb-6 pt-3' : 'pb-12 pt-6'}>
        <div
          data-testid="verdict"
          data-verdict={a.verdict}
          {...(a.verdictReason ? { 'data-verdict-reason': a.verdictReason } : {})}
          className={`keep-together mb-8 border-l-8 p-4 sm:p-6 ${verdictColour(a.verdict)}`}
        >
          <span className="caption">{t('result.caption')}</span>
          <h1 className="mb-3 text-3xl font-bold">{title}</h1>
          <p className="m-0 text-lg">{a.verdictText}</p>
          {a.competentAuthority && (
            <p className="mb-0 mt-3">
              {t('result.authority', { name: a.competentAuthority.name })}
              {' – '}
              <External href={a.competentAuthority.url} newTab={newTab}>
                {t('result.authorityLink')}
              </External>
            </p>
          )}
        </div>

        {recommended && (
          <section data-testid="recommended-route" data-route={recommended.id} className="keep-together mb-8">
            <h2 className="mb-1 text-2xl font-bold">{t('result.recommendedHeading')}</h2>
            <p className="mb-2 text-xl font-bold">{recommended.name}</p>
            {a.recommendation && <p className="mb-2">{a.recommendation}</p>}
            {recommended.earliestFilingDate && <p className="mb-2 font-bold">{t('result.earliestFiling', { date: formatDate(locale, recommended.earliestFilingDate) })}</p>}
          </section>
        )}
        {!recommended && !finished && (
          <p className="mb-8">{a.verdict === 'not-eligible' ? t('result.notEligibleHelp') : t('result.undeterminedHelp')}</p>
        )}

        {finished && (
          <section className="mb-8">
            <h2 className="mb-3 text-2xl font-bold">{t('result.preliminaryHeading')}</h2>
            <ul className="m-0 list-none p-0">
              {/* The check that decided (the exemptions that did not apply are not news). */}
              {a.preliminaryChecks.filter((c) => c.status === 'pass').map((c) => (
                <CheckItem key={c.id} check={c} t={t} locale={locale} newTab={newTab} />
              ))}
            </ul>
            <p className="mt-4">
              {a.verdictReason === 'short-stay' ? t('result.shortStay') : a.verdictReason === 'self-employed' ? t('result.selfEmployed') : t('result.noPermit')}
            </p>
            {a.verdictReason === 'short-stay' && (
              <p>
                <External href={WORKING_IN_BELGIUM} newTab={newTab}>
                  {t('result.applyLink')}
                </External>
              </p>
            )}
          </section>
        )}

        {notices.length > 0 && (
          <section className="warning keep-together mb-8" aria-labelledby="confirm-heading">
            <h2 id="confirm-heading" className="mb-2 text-xl font-bold">
              {t('result.confirmHeading')}
            </h2>
            <p className="mb-2">{t('result.confirmLead')}</p>
            <ul className="m-0 list-disc pl-6">
              {notices.map((n) => (
                <li key={n.parameter} className="mb-1">
                  {n.text}
                  {n.officialUrl && (
                    <>
                      {' '}
                      <External href={n.officialUrl} newTab={newTab}>
                        {t('result.confirmLink')}
                      </External>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {hints.length > 0 && (
          <section className="print-hide mb-8">
            <h2 className="mb-3 text-2xl font-bold">{t('result.changesHeading')}</h2>
            <ul className="m-0 list-disc pl-6">
              {hints.map((r) => (
                <li key={r.id} className="mb-2">
                  <span className="font-bold">{t('result.changesRoute', { route: r.name })}</span>{' '}
                  {r.hints.map((h) => h.text).join(' ')}
                </li>
              ))}
            </ul>
          </section>
        )}

        {recommended && <Documents route={recommended} t={t} />}
        {recommended && <Fees route={recommended} t={t} locale={locale} />}

        {!finished && (
          <section className="keep-together mb-8">
            <h2 className="mb-3 text-2xl font-bold">{t('result.applyHeading')}</h2>
            <ol className="mb-3 list-decimal pl-6">
              <li className="mb-1">{t('result.applySteps.platform')}</li>
              <li className="mb-1">{t('result.applySteps.decision')}</li>
              <li className="mb-1">{t('result.applySteps.visa')}</li>
              <li className="mb-1">{t('result.applySteps.arrival')}</li>
            </ol>
            <p>
              <External href={WORKING_IN_BELGIUM} newTab={newTab}>
                {t('result.applyLink')}
              </External>
              <span className="print-only">{WORKING_IN_BELGIUM}</span>
            </p>
          </section>
        )}

        {recommended && (
          <section className="no-print mb-8" aria-labelledby="candidate-heading" data-testid="candidate-guidance">
            <h2 id="candidate-heading" className="mb-2 text-2xl font-bold">
              {t('result.candidateHeading')}
            </h2>
            <p className="mb-3">{t('result.candidateLead', { route: recommended.name })}</p>
            <ul className="m-0 list-none p-0">
              {/* In the language the employer picks for the candidate: each link in its own language. */}
              {candidateLinks.map((c) => (
                <li key={c.locale} className="mb-2">
                  <a className="link" href={c.href} lang={c.locale} hrefLang={c.locale} {...siteLink}>
                    {c.label}
                    {embedded && <span className="sr-only" lang={locale}> {newTab}</span>}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}

        {a.routes.length > 0 && (
          <section className="no-print mb-8" aria-labelledby="routes-heading">
            <h2 id="routes-heading" className="mb-2 text-2xl font-bold">
              {t('result.routesHeading', { authority: t(`common.authorities.${a.competentAuthority?.id ?? 'flanders'}`) })}
            </h2>
            <p className="mb-4">{t('result.routesLead')}</p>
            {a.routes.map((r) => (
              <RouteSection key={r.id} route={r} t={t} locale={locale} newTab={newTab} recommended={r.id === a.recommendedRoute} />
            ))}
          </section>
        )}

        {otherAuthorities.length > 0 && (
          <section className="no-print mb-8" aria-labelledby="what-if-heading" data-testid="what-if">
            <h2 id="what-if-heading" className="mb-2 text-2xl font-bold">
              {t('result.whatIfHeading')}
            </h2>
            <p className="warning mb-3">{t('result.whatIfLead')}</p>
            <ul className="m-0 list-disc pl-6">
              {otherAuthorities.map((x) => (
                <li key={x} className="mb-1" data-authority={x}>
                  <a className="link" href={whatIfHref(locale, ctx.path.state, x, { from: authority, asOf: ctx.params.asOf })} {...siteLink}>
                    {t('result.whatIfLink', { inAuthority: tg(`authoritiesIn.${x}`) })}
                    {embedded && <span className="sr-only"> {newTab}</span>}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section className="no-print mb-8" aria-labelledby="share-heading">
          <h2 id="share-heading" className="mb-2 text-2xl font-bold">
            {t('result.shareHeading')}
          </h2>
          <p className="mb-3">{t('result.shareLead')}</p>
          <CopyLink url={shareUrl} labels={{ field: t('result.linkLabel'), copy: t('result.copy'), copied: t('result.copied'), failed: t('result.copyFailed') }} />
          <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
            <li>
              <a className="link" href={flowHref(ctx.base, 'check-answers', params)}>
                {t('result.changeAnswers')}
              </a>
            </li>
            <li>
              <a className="link" href={flowHref(ctx.base, 'start', params)}>
                {t('result.startAgain')}
              </a>
            </li>
          </ul>
        </section>

        <p className="print-only mb-2 break-all text-sm">{shareUrl}</p>
        <p className="mb-2 text-muted">{t('result.rulesChecked', { date: formatDate(locale, a.rulesChecked), asOf: formatDate(locale, a.asOf) })}</p>
        <p className="text-muted">{t('result.decides')}</p>
      </main>
    </div>
  );
}

function routeParameters(route: AssessedRoute): Set<string> {
  const ids = new Set<string>();
  for (const c of route.checks) for (const f of c.figures) ids.add(f.id);
  for (const f of route.fees) ids.add(f.figure.id);
  if (route.processingTime.figure) ids.add(route.processingTime.figure.id);
  return ids;
}

function verdictColour(verdict: Assessment['verdict']): string {
  switch (verdict) {
    case 'eligible':
    case 'permit-not-required':
      return 'border-success bg-[#e8f3ec]';
    case 'not-eligible':
      return 'border-error bg-[#fbeceb]';
    default:
      return 'border-warning bg-[#fff7e6]';
  }
}

function External({ href, newTab, children }: { href: string; newTab: string; children: ReactNode }) {
  return (
    <a className="link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="sr-only"> {newTab}</span>
    </a>
  );
}

const statusClass: Record<Tri, string> = { pass: 'tag-pass', fail: 'tag-fail', unknown: 'tag-unknown' };
const routeClass: Record<RouteStatus, string> = { eligible: 'tag-pass', ineligible: 'tag-fail', unknown: 'tag-unknown' };

function RouteSection({
  route,
  t,
  locale,
  newTab,
  recommended,
}: {
  route: AssessedRoute;
  t: WizardT;
  locale: Locale;
  newTab: string;
  recommended: boolean;
}) {
  const headingId = `route-${route.id}`;
  return (
    <section
      data-route={route.id}
      data-route-status={route.status}
      aria-labelledby={headingId}
      className={`mb-6 border-2 p-4 ${recommended ? 'border-success' : 'border-line'}`}
    >
      <h3 id={headingId} className="mb-3 flex flex-wrap items-center gap-3 text-xl font-bold">
        <span>{route.name}</span>
        <span className={`tag ${routeClass[route.status]}`}>{t(`result.routeStatus.${route.status}`)}</span>
      </h3>
      <ul className="m-0 list-none p-0">
        {route.checks.map((c) => (
          <CheckItem key={c.id} check={c} t={t} locale={locale} newTab={newTab} />
        ))}
      </ul>
      {route.conditions.length > 0 && (
        <>
          <h4 className="mb-1 mt-4 font-bold">{t('result.conditionsHeading')}</h4>
          <ul className="m-0 list-disc pl-6">
            {route.conditions.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        </>
      )}
      {route.hints.length > 0 && route.status !== 'eligible' && (
        <>
          <h4 className="mb-1 mt-4 font-bold">{t('result.changesHeading')}</h4>
          <ul className="m-0 list-disc pl-6">
            {route.hints.map((h, i) => (
              <li key={i}>{h.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CheckItem({ check, t, locale, newTab }: { check: AssessedCheck; t: WizardT; locale: Locale; newTab: string }) {
  return (
    <li className="mb-4 border-b border-line pb-3 last:border-b-0" data-check={check.id} data-check-status={check.status}>
      <p className="mb-1">
        <span className={`tag mr-2 ${statusClass[check.status]}`}>{t(`result.checkStatus.${check.status}`)}</span>
        {check.explanation}
      </p>
      {check.unknownReason && <p className="mb-1 text-muted">{check.unknownReason}</p>}
      {(check.figures.some((f) => f.formatted) || check.citations.length > 0) && (
        <details className="mt-1">
          <summary className="link inline-block min-h-6 cursor-pointer text-sm">
            {t('result.detailsSummary', { figures: check.figures.filter((f) => f.formatted).length, sources: check.citations.length })}
          </summary>
          {check.figures.some((f) => f.formatted) && <Figures figures={check.figures} t={t} locale={locale} newTab={newTab} />}
          {check.citations.length > 0 && <Sources citations={check.citations} t={t} locale={locale} newTab={newTab} />}
        </details>
      )}
      {check.figures.some((f) => f.mustConfirm) && (
        <p className="mb-0 mt-1 text-sm">
          <strong>{t('result.toConfirm')}</strong>: {check.figures.filter((f) => f.mustConfirm && f.formatted).map((f) => f.formatted).join(', ')}
        </p>
      )}
    </li>
  );
}

function Figures({ figures, t, locale, newTab }: { figures: Figure[]; t: WizardT; locale: Locale; newTab: string }) {
  return (
    <div className="mt-2 text-sm">
      <p className="mb-1 font-bold">{t('result.figuresHeading')}</p>
      <ul className="m-0 list-disc pl-5">
        {figures
          .filter((f) => f.formatted)
          .map((f) => (
            <li key={f.id}>
              {f.formatted} (
              {f.validTo
                ? t('result.figureValidityRange', { from: formatDate(locale, f.validFrom), to: formatDate(locale, f.validTo) })
                : t('result.figureValidity', { from: formatDate(locale, f.validFrom) })}
              ; {t(`result.confidence.${f.confidence}`)})
              {f.carriedForward && <> – {t('result.carriedForward', { year: f.validFrom.slice(0, 4) })}</>}
              {f.mustConfirm && (
                <>
                  {' – '}
                  <strong>{t('result.toConfirm')}</strong>
                  {f.officialUrl && (
                    <>
                      {': '}
                      <External href={f.officialUrl} newTab={newTab}>
                        {t('result.confirmLink')}
                      </External>
                    </>
                  )}
                </>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}

function Sources({ citations, t, locale, newTab }: { citations: Citation[]; t: WizardT; locale: Locale; newTab: string }) {
  return (
    <div className="mt-2 text-sm">
      <p className="mb-1 font-bold">{t('result.sourcesHeading')}</p>
      <ul className="m-0 list-disc pl-5">
        {citations.map((c) => (
          <li key={c.url + c.title}>
            <External href={c.url} newTab={newTab}>
              {c.title}
            </External>{' '}
            <span className="text-muted">({t('result.sourceChecked', { date: formatDate(locale, c.checked) })})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Documents({ route, t }: { route: AssessedRoute; t: WizardT }) {
  if (!route.documents.length) return null;
  const parts = (['regional', 'federal'] as const).map((part) => [part, route.documents.filter((d) => d.part === part)] as const);
  return (
    <section className="mb-8" aria-labelledby="documents-heading">
      <h2 id="documents-heading" className="mb-2 text-2xl font-bold">
        {t('result.documentsHeading')}
      </h2>
      <p className="mb-3">{t('result.documentsLead', { route: route.name })}</p>
      {parts.map(([part, docs]) =>
        docs.length ? (
          <fieldset key={part} className="mb-4">
            <legend className="mb-2 font-bold">{part === 'regional' ? t('result.documentsRegional') : t('result.documentsFederal')}</legend>
            {docs.map((d) => (
              <div key={d.id} className="choice keep-together">
                <input type="checkbox" id={`doc-${d.id}`} name="documents" value={d.id} />
                <div>
                  <label htmlFor={`doc-${d.id}`}>{d.title}</label>
                  {d.detail && <div className="text-muted">{d.detail}</div>}
                </div>
              </div>
            ))}
          </fieldset>
        ) : null,
      )}
    </section>
  );
}

function Fees({ route, t, locale }: { route: AssessedRoute; t: WizardT; locale: Locale }) {
  return (
    <section className="keep-together mb-8" aria-labelledby="fees-heading">
      <h2 id="fees-heading" className="mb-2 text-2xl font-bold">
        {t('result.feesHeading')}
      </h2>
      {route.fees.length === 0 ? (
        <p>{t('result.noFees')}</p>
      ) : (
        <ul className="m-0 list-disc pl-6">
          {route.fees.map((f) => (
            <li key={f.id} className="mb-1">
              {f.exemption ? (
                t('result.feeExempt', { title: f.title, exemption: f.exemption })
              ) : (
                <>
                  {f.title}: <strong>{formatMoney(locale, f.amount)}</strong> (
                  {f.payer === 'employer' ? t('result.feePayerEmployer') : t('result.feePayerWorker')})
                  {f.figure.mustConfirm && <> – {t('result.toConfirm')}</>}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mb-2 mt-6 text-2xl font-bold">{t('result.timeHeading')}</h2>
      <p>{route.processingTime.note}</p>
    </section>
  );
}
