import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { formatFigure, getParameter, type ParameterUse } from '@/lib/rules';

/**
 * One figure of the rules data, in words as the API gives it (formatFigure). `data-parameter` and
 * `data-value` carry the id and the raw value so that tests can prove the page shows exactly what the
 * rules module uses.
 */
export async function Figure({ use, locale }: { use: ParameterUse; locale: Locale }) {
  const t = await getTranslations('guide');
  return (
    <span data-parameter={use.id} data-value={String(use.value)} data-unit={use.unit}>
      <span className="font-bold">{formatFigure(locale, use) ?? t('common.noRule')}</span>
      {use.mustConfirm ? (
        <>
          {' '}
          <span className="tag tag-unknown text-sm" data-must-confirm="true">
            <span aria-hidden="true">! </span>
            {t('common.mustConfirm')}
          </span>
        </>
      ) : null}
      {use.carriedForward ? (
        <span className="block text-sm text-muted">{t('common.carriedForward', { year: indexedYear(use) })}</span>
      ) : null}
    </span>
  );
}

/** The year the carried-forward amount was set for (falls back to the year it took effect). */
function indexedYear(use: ParameterUse): number {
  const value = getParameter(use.id)?.values.find((v) => v.from === use.validFrom);
  return value?.indexedFor ?? Number(use.validFrom.slice(0, 4));
}
