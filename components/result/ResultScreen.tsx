/**
 * The result page (issue 11.6): the verdict, the recommended route with its next steps, then its
 * documents, fees and time, why (its checks), the figures to confirm it relies on; the other routes
 * as short cards linking to a page of their own (RouteScreen); the answers that decide most; links
 * for the candidate, comparisons, the answers and the link to share. All decisions come from
 * lib/rules (assess), the selection from lib/result/view.ts; this file only lays the sections out.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { SearchParamsInput } from '@/lib/flow/url';
import type { AuthorityId } from '@/lib/rules';
import { resultView } from '@/lib/result/view';
import { publicOrigin } from '@/lib/embed/public-origin';
import { BackLink } from '@/components/wizard/BackLink';
import type { WizardMode } from '@/components/wizard/types';
import { DecidingAnswers, Finished, Recommended, Verdict } from './Answer';
import { loadResult } from './flow';
import { textsOf } from './texts';
import { Documents, FeesAndTime, FiguresToConfirm } from './RouteDetails';
import { OtherRoutes, RouteChecks } from './Routes';
import { CandidateLinks, Colophon, ShareLink, WhatIf, YourAnswers } from './Share';

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
  const ctx = await loadResult(locale, mode, searchParams, fixedRegion);
  const { t, assessment: a } = ctx;
  const view = resultView(a);
  const tc = textsOf(locale, 'common');
  const title = t(`result.headlines.${a.verdict}`);
  const shareUrl = `${await publicOrigin()}${ctx.sharePath}`;
  const route = view.recommended;

  return (
    <div className={mode === 'embed' ? 'px-3' : 'mx-auto w-full max-w-3xl px-4'}>
      <title>{`${title} – ${tc('siteName')}`}</title>
      <BackLink href={ctx.href('check-answers')} label={t('common.back')} />
      <main id="main-content" className={mode === 'embed' ? 'pb-6 pt-3' : 'pb-12 pt-6'}>
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
      </main>
    </div>
  );
}
