import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** The site footer: privacy, accessibility, embedding and method pages (added by other issues). */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common.footer' });
  const links = [
    ['privacy', `/${locale}/privacy`],
    ['accessibility', `/${locale}/accessibility`],
    ['embedding', `/${locale}/embedding`],
    ['howItDecides', `/${locale}/how-it-decides`],
  ] as const;
  return (
    <footer className="mt-12 border-t border-line bg-panel">
      <div className="mx-auto max-w-4xl px-4 py-8">
        <h2 className="sr-only">{t('label')}</h2>
        <ul className="m-0 mb-4 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
          {links.map(([key, href]) => (
            <li key={key}>
              <a href={href} className="link inline-block min-h-6 py-0.5">
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
        <p className="mb-1 text-muted">{t('disclaimer')}</p>
        <p className="m-0 text-muted">{t('noCookies')}</p>
      </div>
    </footer>
  );
}
