import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher, LanguageLinks } from './LanguageSwitcher';

/** The site header: the tool's name (links to the start page) and the language switcher. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <header className="border-b-8 border-accent bg-ink text-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <p className="m-0">
          <a href={`/${locale}`} className="text-lg font-bold text-white no-underline hover:underline">
            {t('siteName')}
          </a>
          <span className="block text-sm text-gray-200">{t('tagline')}</span>
        </p>
        <nav aria-label={t('language')}>
          {/* The switcher keeps the page and the answers in its links; before it runs, plain links. */}
          <Suspense fallback={<LanguageLinks locale={locale} hrefs={null} currentLabel={t('languageCurrent')} />}>
            <LanguageSwitcher locale={locale} currentLabel={t('languageCurrent')} />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
