import { getTranslations } from 'next-intl/server';
import { formatValue } from '@/lib/guide/format';
import { getParameter } from '@/lib/rules/params';
import type { Locale } from '@/lib/i18n/locales';
import type { ParameterUse } from '@/lib/rules/types';

/**
 * One figure of the rules data, formatted for people. `data-parameter` and `data-value` carry the
 * id and the raw value so that tests can prove the page shows exactly what the rules module uses.
 */
export async function Figure({ use, locale }: { use: ParameterUse; locale: Locale }) {
  const t = await getTranslations('guide');
  return (
    <span data-parameter={use.id} data-value={String(use.value)} data-unit={use.unit}>
      <span className="font-bold">{formatValue(use, locale, (k, v) => t(k as never, v as never))}</span>
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
