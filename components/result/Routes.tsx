/** The recommended route's checks ("why this route"), and the other routes as short cards. */
import { Tag } from '@/components/govuk/Tag';
import type { AssessedRoute } from '@/lib/rules';
import type { FigureToConfirm, RouteCard } from '@/lib/result/view';
import { Checks, placeId, routeTone, StillNeeded } from './Checks';
import type { ResultContext } from './flow';

/** A route's checks, what the authority also checks, and (for a route that is not open) what would change it. */
export function RouteChecks({ ctx, route, figures, heading, hints = false }: { ctx: ResultContext; route: AssessedRoute; figures: FigureToConfirm[]; heading: string; hints?: boolean }) {
  const { t } = ctx;
  return (
    <section className="mb-8" aria-labelledby="checks-heading">
      <h2 id="checks-heading" className="mb-3 text-2xl font-bold">
        {heading}
      </h2>
      <Checks ctx={ctx} route={route} figures={figures} />
      {route.conditions.length > 0 && (
        <>
          <h3 className="mb-1 mt-4 font-bold">{t('result.conditionsHeading')}</h3>
          <ul className="m-0 list-disc pl-6">
            {route.conditions.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        </>
      )}
      {hints && route.status !== 'eligible' && route.hints.length > 0 && (
        <>
          <h3 className="mb-1 mt-4 font-bold">{t('result.changesHeading')}</h3>
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

/** Each other route in one line: the check that decided, what would change it, a link to its page. */
export function OtherRoutes({ ctx, cards, recommended }: { ctx: ResultContext; cards: RouteCard[]; recommended: boolean }) {
  const { t, assessment: a } = ctx;
  if (!cards.length) return null;
  const authority = t(`common.authorities.${a.competentAuthority?.id ?? 'flanders'}`);
  return (
    <section className="mb-8" aria-labelledby="routes-heading">
      <h2 id="routes-heading" className="mb-2 text-2xl font-bold">
        {recommended ? t.fixed('result.otherRoutesHeading', { authority }) : t.fixed('result.routesHeading', { authority })}
      </h2>
      <p className="mb-4">{recommended ? t('result.otherRoutesLead') : t('result.routesLead')}</p>
      {cards.map((c) => (
        <section key={c.id} data-route={c.id} data-route-status={c.status} aria-labelledby={`route-${c.id}`} className="route-card">
          <h3 id={`route-${c.id}`}>
            {c.name}
            <Tag tone={routeTone[c.status]} className="text-sm">
              {t(`result.routeStatus.${c.status}`)}
            </Tag>
          </h3>
          {c.reason ? (
            <p className="mb-1" id={placeId({ kind: 'check', route: c.id, check: c.reason.id })}>
              {c.reason.explanation}
              {c.hint && c.hint.kind !== 'answer' && ` ${c.hint.text}`}
            </p>
          ) : (
            <p className="mb-1">{t('result.allMet')}</p>
          )}
          {c.reason?.unknownBecause === 'answer-missing' ? (
            <StillNeeded ctx={ctx} paths={c.reason.missing} />
          ) : (
            c.reason?.unknownReason && <p className="mb-1 text-muted">{c.reason.unknownReason}</p>
          )}
          {c.hint?.kind === 'answer' && c.hint.path && <StillNeeded ctx={ctx} paths={[c.hint.path]} />}
          <p className="print-hide mb-0">
            <a className="link" href={ctx.routeHref(c.id)}>
              {t('result.routeLink')}
              <span className="sr-only"> – {c.name}</span>
            </a>
          </p>
        </section>
      ))}
    </section>
  );
}
