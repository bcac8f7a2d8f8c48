import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

export type GuidePage = 'guidance' | 'compare' | 'shortage-lists' | 'how-it-decides';

const pages: { id: GuidePage; key: 'linkGuidance' | 'linkCompare' | 'linkShortage' | 'linkHowItDecides' }[] = [
  { id: 'guidance', key: 'linkGuidance' },
  { id: 'compare', key: 'linkCompare' },
  { id: 'shortage-lists', key: 'linkShortage' },
  { id: 'how-it-decides', key: 'linkHowItDecides' },
];

/** Links to the other guide pages, at the foot of each. */
export async function GuideNav({ locale, current }: { locale: Locale; current: GuidePage }) {
  const t = await getTranslations('guide.common');
  return (
    <nav aria-labelledby="guide-nav-title" className="no-print mt-12 border-t border-line pt-6">
      <h2 id="guide-nav-title" className="text-xl font-bold">
        {t('otherPages')}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {pages
          .filter((p) => p.id !== current)
          .map((p) => (
            <li key={p.id}>
              <a className="link" href={`/${locale}/${p.id}`}>
                {t(p.key)}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
