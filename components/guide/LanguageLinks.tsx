import { locales, type Locale } from '@/lib/i18n/locales';

export const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' };

/**
 * The same page in the other languages (query kept): the employer picks the candidate's language.
 * Each name is written in its own language, with lang and hreflang.
 */
export function LanguageLinks({ locale, path, query, label }: { locale: Locale; path: string; query: string; label: string }) {
  return (
    <nav aria-label={label} className="no-print my-4">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {locales
          .filter((l) => l !== locale)
          .map((l) => (
            <li key={l}>
              <a className="link" href={`/${l}${path}${query}`} hrefLang={l} lang={l}>
                {languageNames[l]}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
