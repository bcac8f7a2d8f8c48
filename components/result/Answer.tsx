/** The verdict, the recommended route with its next steps, and what a result without a route says. */
import { ExternalLink } from '@/components/govuk/ExternalLink';
import { type Assessment, formatDate } from '@/lib/rules';
import type { ResultView } from '@/lib/result/view';
import { CheckItem } from './Checks';
import type { ResultContext } from './flow';
import { Under30 } from './RouteDetails';

export const WORKING_IN_BELGIUM = 'https://www.workinginbelgium.be';

const verdictClass: Record<Assessment['verdict'], string> = {
  eligible: 'border-success bg-success-tint',
  'permit-not-required': 'border-success bg-success-tint',
  'not-eligible': 'border-error bg-error-tint',
  'out-of-scope': 'border-warning bg-warning-tint',
  undetermined: 'border-warning bg-warning-tint',
};

export function Verdict({ ctx, title }: { ctx: ResultContext; title: string }) {
  const { t, assessment: a } = ctx;
  return (
    <div
      data-testid="verdict"
      data-verdict={a.verdict}
      {...(a.verdictReason ? { 'data-verdict-reason': a.verdictReason } : {})}
      className={`keep-together mb-8 border-l-8 p-4 sm:p-6 ${verdictClass[a.verdict]}`}
    >
      <span className="caption">{t('result.caption')}</span>
      <h1 className="mb-3 text-3xl font-bold">{title}</h1>
      <p className="m-0 text-lg">{a.verdictText}</p>
      {a.competentAuthority && (
        <p className="mb-0 mt-3">
          {t.fixed('result.authority', { name: a.competentAuthority.name })}
          {' – '}
          <ExternalLink href={a.competentAuthority.url} newTab={ctx.newTab}>
            {t('result.authorityLink')}
          </ExternalLink>
        </p>
      )}
    </div>
  );
}

/** The recommended route: why, when to file, the next steps, and the under-30 clause where it applies. */
export function Recommended({ ctx, view }: { ctx: ResultContext; view: ResultView }) {
  const { t, assessment: a } = ctx;
  const route = view.recommended!;
  return (
    <section data-testid="recommended-route" data-route={route.id} data-route-status={route.status} aria-labelledby="recommended-heading" className="mb-8">
      <span className="caption">{t('result.recommendedHeading')}</span>
      <h2 id="recommended-heading" className="mb-2 text-2xl font-bold">
        {route.name}
      </h2>
      {a.recommendation && <p className="mb-2">{a.recommendation}</p>}
      {route.earliestFilingDate && <p className="mb-2 font-bold">{t('result.earliestFiling', { date: formatDate(ctx.flow.locale, route.earliestFilingDate) })}</p>}
      <Under30 ctx={ctx} clause={view.under30Clause} />
      <h3 className="mb-2 mt-6 text-xl font-bold">{t('result.nextStepsHeading')}</h3>
      <NextSteps ctx={ctx} />
    </section>
  );
}

function NextSteps({ ctx }: { ctx: ResultContext }) {
  const { t } = ctx;
  return (
    <>
      <ol className="mb-3 list-decimal pl-6">
        {(['platform', 'decision', 'visa', 'arrival'] as const).map((k) => (
          <li key={k} className="mb-1">
            {t(`result.applySteps.${k}`)}
          </li>
        ))}
      </ol>
      <p>
        <ExternalLink href={WORKING_IN_BELGIUM} newTab={ctx.newTab}>
          {t('result.applyLink')}
        </ExternalLink>
        <span className="print-only">{WORKING_IN_BELGIUM}</span>
      </p>
    </>
  );
}

/** No permit needed, or another procedure: the check that decided and what to do instead. */
export function Finished({ ctx, view }: { ctx: ResultContext; view: ResultView }) {
  const { t, assessment: a } = ctx;
  return (
    <section className="mb-8" aria-labelledby="preliminary-heading">
      <h2 id="preliminary-heading" className="mb-3 text-2xl font-bold">
        {t('result.preliminaryHeading')}
      </h2>
      <ul className="m-0 list-none p-0">
        {view.decidedBy.map((c) => (
          <CheckItem key={c.id} ctx={ctx} check={c} />
        ))}
      </ul>
      <p className="mt-4">{a.verdictReason === 'short-stay' ? t('result.shortStay') : a.verdictReason === 'self-employed' ? t('result.selfEmployed') : t('result.noPermit')}</p>
      {a.verdictReason === 'short-stay' && (
        <p>
          <ExternalLink href={WORKING_IN_BELGIUM} newTab={ctx.newTab}>
            {t('result.applyLink')}
          </ExternalLink>
        </p>
      )}
    </section>
  );
}

/** The answers that decide most, as links to their questions (nationality first). */
export function DecidingAnswers({ ctx, view }: { ctx: ResultContext; view: ResultView }) {
  const { t } = ctx;
  if (!view.decidingAnswers.length) return null;
  const links = view.decidingAnswers.map(ctx.answerLink).filter((l, i, all) => all.findIndex((x) => x.label === l.label) === i);
  const first = !view.recommended;
  return (
    <section className={`${first ? '' : 'print-hide '}mb-8`} aria-labelledby="deciding-heading" data-testid="deciding-answers">
      <h2 id="deciding-heading" className="mb-2 text-2xl font-bold">
        {first ? t('result.decidingHeading') : t('result.decidingHeadingOpen')}
      </h2>
      <p className="mb-3">{first ? t('result.decidingLead') : t('result.decidingLeadOpen')}</p>
      <ol className="m-0 list-decimal pl-6 sm:columns-2">
        {links.map((l, i) => (
          <li key={i} className="mb-1">
            <a className="link" href={l.href}>
              {l.label}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
