/**
 * The page of one route of a result (/{locale}/check/result/{route}?answers, and the same under
 * /embed): the route in full — its checks with figures and sources, what the authority also checks,
 * what would change it, its documents, fees, time and figures to confirm. The result page shows
 * only the recommended route in full; every other route links here with the same answers.
 */
import { redirect } from 'next/navigation';
import { Tag } from '@/components/govuk/Tag';
import { formatDate } from '@/lib/rules';
import { routeView } from '@/lib/result/view';
import { FlowPage } from '@/components/wizard/FlowPage';
import type { ScreenProps } from '@/components/wizard/types';
import { routeTone } from './Checks';
import { loadResult } from './flow';
import { textsOf } from './texts';
import { Documents, FeesAndTime, FiguresToConfirm, Under30 } from './RouteDetails';
import { RouteChecks } from './Routes';
import { Colophon } from './Share';

export async function RouteScreen({ locale, mode, route: id, searchParams, fixedRegion }: ScreenProps & { route: string }) {
  const ctx = await loadResult(locale, mode, searchParams, fixedRegion);
  const { t, assessment: a } = ctx;
  const resultHref = ctx.href('result');
  // A route the authority does not have for these answers: the result (a redirect, not notFound(),
  // which Next.js 16 renders on the client only for a dynamic page).
  const view = routeView(a, id);
  if (!view) redirect(resultHref);
  const { route } = view;
  const tc = textsOf(locale, 'common');

  return (
    <FlowPage
      mode={mode}
      documentTitle={`${route.name} – ${tc('siteName')}`}
      back={{ href: resultHref, label: t('result.backToResult') }}
      mainData={{ 'data-testid': 'route-page', 'data-route': route.id, 'data-route-status': route.status }}
    >
      <span className="caption">{t.fixed('result.routeCaption', { authority: t(`common.authorities.${a.competentAuthority?.id ?? 'flanders'}`) })}</span>
      <h1 className="mb-3 flex flex-wrap items-center gap-x-4 text-3xl font-bold">
        {route.name}
        <Tag tone={routeTone[route.status]} className="text-base">
          {t(`result.routeStatus.${route.status}`)}
        </Tag>
      </h1>
      <p className="mb-6 text-lg">{view.recommended ? t('result.routeRecommended') : t('result.routeNotRecommended')}</p>
      {route.earliestFilingDate && <p className="mb-6 font-bold">{t('result.earliestFiling', { date: formatDate(locale, route.earliestFilingDate) })}</p>}
      <Under30 ctx={ctx} clause={view.under30Clause} />
      <RouteChecks ctx={ctx} route={route} figures={view.figuresToConfirm} heading={t('result.checksHeading')} hints />
      <FiguresToConfirm ctx={ctx} figures={view.figuresToConfirm} />
      <Documents ctx={ctx} route={route} />
      <FeesAndTime ctx={ctx} route={route} figures={view.figuresToConfirm} />
      <p className="no-print mb-8">
        <a className="link" href={resultHref}>
          {t('result.backToResult')}
        </a>
      </p>
      <Colophon ctx={ctx} />
    </FlowPage>
  );
}
