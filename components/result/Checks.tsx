/** A route's checks, each with its status, explanation, the answers still needed, its figures and sources. */
import { ExternalLink } from '@/components/govuk/ExternalLink';
import { Tag, type TagTone } from '@/components/govuk/Tag';
import { type AnswerPath, type AssessedCheck, type AssessedRoute, type Figure, formatDate, type RouteStatus, type Tri } from '@/lib/rules';
import { confirmAt, type FigurePlace, type FigureToConfirm } from '@/lib/result/view';
import type { ResultContext } from './flow';

export const checkTone: Record<Tri, TagTone> = { pass: 'success', fail: 'error', unknown: 'warning' };
export const routeTone: Record<RouteStatus, TagTone> = { eligible: 'success', ineligible: 'error', unknown: 'warning' };

/** Anchors of the places a figure is used, and of its entry in "Figures to confirm". */
export function placeId(p: FigurePlace): string {
  return p.kind === 'check' ? `check-${p.route}-${p.check}` : p.kind === 'fee' ? `fee-${p.fee}` : 'time';
}
export const confirmId = (parameter: string) => `confirm-${parameter}`;

/** "To be confirmed" next to a figure, linking to its entry in "Figures to confirm". */
export function ConfirmMarks({ ctx, figures, place }: { ctx: ResultContext; figures: FigureToConfirm[]; place: FigurePlace }) {
  const here = confirmAt(figures, place);
  if (!here.length) return null;
  return (
    <span className="ml-1 inline-flex flex-wrap gap-2 text-sm">
      {here.map((f) => (
        <a key={f.parameter} className="link" href={`#${confirmId(f.parameter)}`}>
          {ctx.t.fixed('result.toConfirmFigure', { value: f.formatted ?? '' })}
        </a>
      ))}
    </span>
  );
}

/** The answers still needed, each a link to its question (which comes back to the result). */
export function StillNeeded({ ctx, paths }: { ctx: ResultContext; paths: readonly AnswerPath[] }) {
  const seen = new Set<string>();
  const links = paths.map(ctx.answerLink).filter((l) => !seen.has(l.label) && seen.add(l.label));
  if (!links.length) return null;
  return (
    <p className="mb-1">
      <span className="font-bold">{ctx.t('result.stillNeeded')}</span>{' '}
      {links.map((l, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <a className="link" href={l.href}>
            {l.label}
          </a>
        </span>
      ))}
    </p>
  );
}

export function Checks({ ctx, route, figures, checks = route.checks }: { ctx: ResultContext; route: AssessedRoute; figures: FigureToConfirm[]; checks?: AssessedCheck[] }) {
  return (
    <ul className="m-0 list-none p-0">
      {checks.map((c) => (
        <CheckItem key={c.id} ctx={ctx} check={c} place={{ kind: 'check', route: route.id, check: c.id }} figures={figures} />
      ))}
    </ul>
  );
}

export function CheckItem({ ctx, check, place, figures }: { ctx: ResultContext; check: AssessedCheck; place?: FigurePlace; figures?: FigureToConfirm[] }) {
  const { t } = ctx;
  const shown = check.figures.filter((f) => f.formatted);
  const missing = check.unknownBecause === 'answer-missing' && check.missing.length > 0;
  return (
    <li className="check" id={place ? placeId(place) : undefined} data-check={check.id} data-check-status={check.status}>
      <p className="mb-1">
        <Tag tone={checkTone[check.status]} className="mr-2">
          {t(`result.checkStatus.${check.status}`)}
        </Tag>
        {check.explanation}
        {place && figures && <ConfirmMarks ctx={ctx} figures={figures} place={place} />}
      </p>
      {missing ? <StillNeeded ctx={ctx} paths={check.missing} /> : check.unknownReason && <p className="mb-1 text-muted">{check.unknownReason}</p>}
      {(shown.length > 0 || check.citations.length > 0) && (
        <details className="mt-1 text-sm">
          <summary className="link inline-block min-h-6 cursor-pointer">{t.fixed('result.detailsSummary', { figures: shown.length, sources: check.citations.length })}</summary>
          {shown.length > 0 && (
            <>
              <p className="mb-1 mt-2 font-bold">{t('result.figuresHeading')}</p>
              <ul className="m-0 list-disc pl-5">
                {shown.map((f) => (
                  <li key={f.id}>{figureLine(ctx, f)}</li>
                ))}
              </ul>
            </>
          )}
          {check.citations.length > 0 && (
            <>
              <p className="mb-1 mt-2 font-bold">{t('result.sourcesHeading')}</p>
              <ul className="m-0 list-disc pl-5">
                {check.citations.map((c, i) => (
                  <li key={i}>
                    <ExternalLink href={c.url} newTab={ctx.newTab}>
                      {c.title}
                    </ExternalLink>{' '}
                    <span className="text-muted">({t.fixed('result.sourceChecked', { date: formatDate(ctx.flow.locale, c.checked) })})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </details>
      )}
    </li>
  );
}

/** "€48,912 a year (valid from 1 January 2026; official source)". */
function figureLine(ctx: ResultContext, f: Figure): string {
  const { t } = ctx;
  const locale = ctx.flow.locale;
  const validity = f.validTo
    ? t.fixed('result.figureValidityRange', { from: formatDate(locale, f.validFrom), to: formatDate(locale, f.validTo) })
    : t.fixed('result.figureValidity', { from: formatDate(locale, f.validFrom) });
  let line = `${f.formatted} (${validity}; ${t(`result.confidence.${f.confidence}`)})`;
  if (f.carriedForward) line += ` – ${t.fixed('result.carriedForward', { year: f.validFrom.slice(0, 4) })}`;
  if (f.mustConfirm) line += ` – ${t('result.toConfirm')}`;
  return line;
}
