import type { CSSProperties, ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { palette, paletteDark } from '@/lib/embed/palette';
import { allowedParentOrigins, parseEmbedConfig } from '@/lib/embed/presets';
import { siteHref } from '@/lib/embed/snippet';
import { parseFlowParams, toQueryString, type SearchParamsInput } from '@/lib/flow/url';
import { PrintButton } from './PrintButton';
import { ResizeReporter } from './ResizeReporter';

/**
 * The compact frame around every embed page: no site header or footer; a small link that opens the
 * same step, with the same answers, on the full site in a new tab; the preset's accent colour (a
 * palette key turned into CSS variables here, never a value from the URL); and the resize reporter.
 */
export async function EmbedFrame({
  locale,
  searchParams,
  path,
  step,
  print = false,
  children,
}: {
  locale: Locale;
  searchParams: SearchParamsInput;
  /** This page's path, e.g. /en/embed/check/salary (without the query). */
  path: string;
  /** Step name reported to the parent on navigation ('start', a step id, 'answers', 'result'). */
  step: string;
  /** Show a "Print this result" button (the result page). */
  print?: boolean;
  children: ReactNode;
}) {
  const raw = searchParams instanceof URLSearchParams ? searchParams.get('preset') : searchParams.preset;
  const config = parseEmbedConfig(raw);
  const t = await getTranslations({ locale, namespace: 'embed' });
  const href = siteHref(path, toQueryString(parseFlowParams(searchParams)));
  const style = {
    '--color-accent': palette[config.accent],
    '--color-accent-dark': paletteDark[config.accent],
  } as CSSProperties;

  return (
    <div className="bwpc-embed pb-2" style={style} data-preset={config.preset.id}>
      <div className="no-print flex flex-wrap items-center justify-end gap-x-6 gap-y-2 px-3 pt-2 text-sm">
        {print && <PrintButton label={t('frame.print')} />}
        <a className="link inline-flex min-h-6 items-center" href={href} target="_blank" rel="noopener">
          {t('frame.openInNewTab')}
          <span className="sr-only"> {t('frame.newTabHint')}</span>
        </a>
      </div>
      {children}
      <ResizeReporter allowedOrigins={allowedParentOrigins(config.preset)} step={step} />
    </div>
  );
}
