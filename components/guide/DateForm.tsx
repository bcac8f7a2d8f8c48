import { getTranslations } from 'next-intl/server';
import type { AsOfChoice } from '@/lib/guide/dates';
import { coverageEnd, coverageStart } from '@/lib/guide/dates';
import { formatDate } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A plain GET form for `?asOf=`: works without JavaScript. Other query values the page needs are
 * carried as hidden fields. An invalid date is reported next to the field (GOV.UK error message).
 */
export async function DateForm({
  choice,
  locale,
  hidden = {},
}: {
  choice: AsOfChoice;
  locale: Locale;
  hidden?: Record<string, string>;
}) {
  const t = await getTranslations('guide.common');
  const example = '2026-09-01';
  const errorText =
    choice.error === 'invalid'
      ? t('dateInvalid', { example })
      : choice.error === 'too-early'
        ? t('dateTooEarly', { start: coverageStart })
        : null;
  return (
    <form method="get" className="no-print my-6 rounded border border-line bg-panel p-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={errorText ? 'field-error' : undefined}>
        <label htmlFor="asOf" className="block font-bold">
          {t('dateLabel')}
        </label>
        <p id="asOf-hint" className="hint text-sm">
          {t('dateHint', { example })}
        </p>
        {errorText ? (
          <p id="asOf-error" className="error-message">
            {errorText}
          </p>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <input
            id="asOf"
            name="asOf"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className={`input max-w-[12rem] ${errorText ? 'input-error' : ''}`}
            defaultValue={choice.input}
            aria-describedby={errorText ? 'asOf-hint asOf-error' : 'asOf-hint'}
            aria-invalid={errorText ? true : undefined}
          />
          <button type="submit" className="btn btn-secondary">
            {t('dateSubmit')}
          </button>
        </div>
      </div>
      <p className="mt-3 font-bold" data-as-of={choice.asOf}>
        {t('showingDate', { date: formatDate(locale, choice.asOf) })}
      </p>
      {choice.beyondCoverage ? <p className="warning">{t('dateBeyondCoverage', { end: coverageEnd })}</p> : null}
    </form>
  );
}
