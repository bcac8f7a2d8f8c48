'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { locales, type Locale } from '@/lib/i18n/locales';

export const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' };

/** The same page in another language, with the same query string (the answers are kept). */
export function localizedHref(pathname: string, query: string, target: Locale): string {
  const parts = pathname.split('/');
  if (parts.length > 1 && (locales as readonly string[]).includes(parts[1]!)) parts[1] = target;
  else parts.splice(1, 0, target);
  const path = parts.join('/').replace(/\/$/, '') || `/${target}`;
  return query ? `${path}?${query}` : path;
}

/** Language links that keep the path and the query string (server-rendered too, so they work without JavaScript). */
export function LanguageSwitcher({ locale, currentLabel }: { locale: Locale; currentLabel: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const query = useSearchParams()?.toString() ?? '';
  const hrefs = Object.fromEntries(locales.map((l) => [l, localizedHref(pathname, query, l)])) as Record<Locale, string>;
  return <LanguageLinks locale={locale} hrefs={hrefs} currentLabel={currentLabel} />;
}

export function LanguageLinks({ locale, hrefs, currentLabel }: { locale: Locale; hrefs: Record<Locale, string> | null; currentLabel: string }) {
  return (
    <ul className="m-0 flex list-none flex-wrap gap-x-1 p-0">
      {locales.map((l) => (
        <li key={l} lang={l}>
          {l === locale ? (
            <span className="inline-block min-h-6 px-2 py-1 font-bold underline decoration-2 underline-offset-4">
              {languageNames[l]}
              <span className="sr-only"> ({currentLabel})</span>
            </span>
          ) : (
            <a
              href={hrefs?.[l] ?? `/${l}`}
              hrefLang={l}
              className="inline-block min-h-6 px-2 py-1 text-white underline-offset-4 hover:underline"
            >
              {languageNames[l]}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
