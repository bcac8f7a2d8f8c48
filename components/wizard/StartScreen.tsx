/** The start page (GOV.UK "start page"): what the tool does, who it is for, what to have at hand, one Start button. */
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { flowHref, parseFlowParams, type SearchParamsInput } from '@/lib/flow/url';
import { formatDate, rulesChecked } from '@/lib/rules';
import { flowBase } from './flow';
import type { WizardMode } from './types';

export async function StartScreen({ locale, mode, searchParams = {} }: { locale: Locale; mode: WizardMode; searchParams?: SearchParamsInput }) {
  const t = await getTranslations({ locale, namespace: 'wizard.start' });
  const params = parseFlowParams(searchParams);
  // The first question is always the kind of move (lib/flow/next.ts), also when a preset fixes the region.
  const href = flowHref(flowBase(locale, mode), 'case', { state: {}, preset: params.preset, asOf: params.asOf });
  const checked = formatDate(locale, rulesChecked);
  return (
    <main id="main-content" className={mode === 'embed' ? 'px-3 py-4' : 'mx-auto w-full max-w-3xl px-4 pb-12 pt-8'}>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mb-6 text-xl">{t('lead')}</p>

      <h2 className="mb-2 text-xl font-bold">{t('forWhomHeading')}</h2>
      <p className="mb-6">{t('forWhom')}</p>

      <h2 className="mb-2 text-xl font-bold">{t('haveReadyHeading')}</h2>
      <p className="mb-2">{t('haveReady')}</p>
      <ul className="mb-4 list-disc pl-6">
        <li>{t('haveReadyPostcode')}</li>
        <li>{t('haveReadyJob')}</li>
        <li>{t('haveReadySalary')}</li>
        <li>{t('haveReadyDiploma')}</li>
      </ul>
      <p className="mb-4">{t('time')}</p>
      <p className="mb-8">{t('privacy')}</p>

      <a href={href} className="btn btn-start mb-8 text-xl">
        {t('button')}
      </a>

      <p className="mb-2 text-muted">{t('rulesChecked', { date: checked })}</p>
      <p className="text-muted">{t('decides')}</p>
    </main>
  );
}
