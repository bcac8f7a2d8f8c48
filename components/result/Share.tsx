/** Links out of the result: guidance for the candidate, "what if the job were elsewhere", the answers, the link to share. */
import { CopyLink } from '@/components/wizard/CopyLink';
import { locales } from '@/lib/i18n/locales';
import { guidanceHref, whatIfHref } from '@/lib/guide/links';
import { authorityIds, formatDate, type RouteId } from '@/lib/rules';
import type { ResultContext } from './flow';
import { textsOf } from './texts';

/** Links to pages of the full site: from an embedded page they open in a new tab (the full site cannot be framed). */
function SiteLink({ ctx, href, children, ...rest }: { ctx: ResultContext; href: string; children: React.ReactNode; lang?: string; hrefLang?: string }) {
  const embedded = ctx.flow.mode === 'embed';
  return (
    <a className="link" href={href} {...rest} {...(embedded ? { target: '_blank', rel: 'noopener' } : {})}>
      {children}
      {embedded && (
        <span className="sr-only" lang={ctx.flow.locale}>
          {' '}
          {ctx.t('result.opensInNewTab')}
        </span>
      )}
    </a>
  );
}

/** The worker guidance of the recommended route, in the language the employer picks for the candidate. */
export function CandidateLinks({ ctx, route }: { ctx: ResultContext; route: { id: RouteId; name: string } }) {
  const { t, assessment: a } = ctx;
  const authority = a.competentAuthority?.id ?? null;
  const links = locales.map((l) => ({ locale: l, label: textsOf(l, 'wizard')('result.candidateLink') }));
  return (
    <section className="no-print mb-8" aria-labelledby="candidate-heading" data-testid="candidate-guidance">
      <h2 id="candidate-heading" className="mb-2 text-2xl font-bold">
        {t('result.candidateHeading')}
      </h2>
      <p className="mb-3">{t.fixed('result.candidateLead', { route: route.name })}</p>
      <ul className="m-0 list-none p-0">
        {links.map((c) => (
          <li key={c.locale} className="mb-2">
            <SiteLink ctx={ctx} href={guidanceHref(c.locale, route.id, authority)} lang={c.locale} hrefLang={c.locale}>
              {c.label}
            </SiteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The same answers assessed as if the workplace were in another region (a comparison only). */
export function WhatIf({ ctx }: { ctx: ResultContext }) {
  const { t, assessment: a, flow } = ctx;
  const authority = a.competentAuthority?.id;
  if (!authority) return null;
  const tg = textsOf(flow.locale, 'guide');
  return (
    <section className="no-print mb-8" aria-labelledby="what-if-heading" data-testid="what-if">
      <h2 id="what-if-heading" className="mb-2 text-2xl font-bold">
        {t('result.whatIfHeading')}
      </h2>
      <p className="warning mb-3">{t('result.whatIfLead')}</p>
      <ul className="m-0 list-disc pl-6">
        {authorityIds
          .filter((x) => x !== authority)
          .map((x) => (
            <li key={x} className="mb-1" data-authority={x}>
              <SiteLink ctx={ctx} href={whatIfHref(flow.locale, flow.path.state, x, { from: authority, asOf: flow.params.asOf })}>
                {t.fixed('result.whatIfLink', { inAuthority: tg(`authoritiesIn.${x}`) })}
              </SiteLink>
            </li>
          ))}
      </ul>
    </section>
  );
}

/** The answers this result is for: folded on screen, printed in full (issue 11.6: the printout includes the answers). */
export function YourAnswers({ ctx }: { ctx: ResultContext }) {
  const { t } = ctx;
  const rows = ctx.answerRows();
  return (
    <details className="mb-8" data-testid="your-answers">
      <summary className="link cursor-pointer text-xl font-bold">{t('result.answersHeading', { count: rows.length })}</summary>
      <dl className="answers-list mt-2">
        {rows.map((r) => (
          <div key={r.step} data-step={r.step}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function ShareLink({ ctx, url }: { ctx: ResultContext; url: string }) {
  const { t } = ctx;
  return (
    <section className="no-print mb-8" aria-labelledby="share-heading">
      <h2 id="share-heading" className="mb-2 text-2xl font-bold">
        {t('result.shareHeading')}
      </h2>
      <p className="mb-3">{t('result.shareLead')}</p>
      <CopyLink url={url} labels={{ field: t('result.linkLabel'), copy: t('result.copy'), copied: t('result.copied'), failed: t('result.copyFailed') }} />
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
        <li>
          <a className="link" href={ctx.href('check-answers')}>
            {t('result.changeAnswers')}
          </a>
        </li>
        <li>
          <a className="link" href={ctx.href('start')}>
            {t('result.startAgain')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** The date of the rules, the date of the result, and that this is guidance. */
export function Colophon({ ctx, url }: { ctx: ResultContext; url?: string }) {
  const { t, assessment: a } = ctx;
  const locale = ctx.flow.locale;
  return (
    <>
      {url && <p className="print-only mb-2 break-all text-sm">{url}</p>}
      <p className="mb-2 text-muted">{t('result.rulesChecked', { date: formatDate(locale, a.rulesChecked), asOf: formatDate(locale, a.asOf) })}</p>
      <p className="text-muted">{t('result.decides')}</p>
    </>
  );
}
