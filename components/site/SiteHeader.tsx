import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher, type PageSearch } from './LanguageSwitcher';

/**
 * The site header: the tool's name (links to the start page) and the language switcher. Each page of
 * the full site renders it with its own path and searchParams (a layout knows neither), so the
 * language links keep the page and the answers, server-rendered, also without JavaScript.
 */
export async function SiteHeader({ locale, path, search }: { locale: Locale; path: string; search?: PageSearch }) {
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
          <LanguageSwitcher locale={locale} path={path} search={search} currentLabel={t('languageCurrent')} />
        </nav>
      </div>
    </header>
  );
}
