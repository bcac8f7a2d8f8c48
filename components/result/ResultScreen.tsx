/**
 * The result page (issue 11.6): the verdict, the recommended route with its next steps, then its
 * documents, fees and time, why (its checks), the figures to confirm it relies on; the other routes
 * as short cards linking to a page of their own (RouteScreen); the answers that decide most; links
 * for the candidate, comparisons, the answers and the link to share. All decisions come from
 * lib/rules (assess), the selection from lib/result/view.ts; this file only lays the sections out.
 */
import { undecidedBeforeRoutes } from '@/lib/rules';
import { resultView } from '@/lib/result/view';
import { publicOrigin } from '@/lib/embed/public-origin';
import { FlowPage } from '@/components/wizard/FlowPage';
import type { ScreenProps } from '@/components/wizard/types';
import { DecidingAnswers, Finished, Recommended, Verdict } from './Answer';
import { loadResult } from './flow';
import { textsOf } from './texts';
import { Documents, FeesAndTime, FiguresToConfirm } from './RouteDetails';
import { OtherRoutes, RouteChecks } from './Routes';
import { CandidateLinks, Colophon, ShareLink, WhatIf, YourAnswers } from './Share';

export async function ResultScreen({ locale, mode, searchParams, fixedRegion }: ScreenProps) {
  const ctx = await loadResult(locale, mode, searchParams, fixedRegion);
  const { t, assessment: a } = ctx;
  const view = resultView(a);
  const tc = textsOf(locale, 'common');
  // No route yet because an exemption may still apply: whether a permit is needed at all is open.
  const title = t(`result.headlines.${undecidedBeforeRoutes(a) ? 'undeterminedPreliminary' : a.verdict}`);
  const shareUrl = `${await publicOrigin()}${ctx.sharePath}`;
  const route = view.recommended;

  return (
    <FlowPage mode={mode} documentTitle={`${title} – ${tc('siteName')}`} back={{ href: ctx.href('check-answers'), label: t('common.back') }}>
      <Verdict ctx={ctx} title={title} />
      {view.finished && <Finished ctx={ctx} view={view} />}
      {!view.finished && !route && <p className="mb-8">{a.verdict === 'not-eligible' ? t('result.notEligibleHelp') : t('result.undeterminedHelp')}</p>}
      {!route && <DecidingAnswers ctx={ctx} view={view} />}
      {route && (
        <>
          <Recommended ctx={ctx} view={view} />
          <Documents ctx={ctx} route={route} />
          <FeesAndTime ctx={ctx} route={route} figures={view.figuresToConfirm} />
          <RouteChecks ctx={ctx} route={route} figures={view.figuresToConfirm} heading={t('result.whyHeading')} />
        </>
      )}
      <FiguresToConfirm ctx={ctx} figures={view.figuresToConfirm} />
      <OtherRoutes ctx={ctx} cards={view.others} recommended={route !== null} />
      {route && <DecidingAnswers ctx={ctx} view={view} />}
      {route && <CandidateLinks ctx={ctx} route={route} />}
      {!view.finished && <WhatIf ctx={ctx} />}
      <YourAnswers ctx={ctx} />
      <ShareLink ctx={ctx} url={shareUrl} />
      <Colophon ctx={ctx} url={shareUrl} />
    </FlowPage>
  );
}
