import { locales, type Locale } from '@/lib/i18n/locales';

export const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' };

/** A page's query: Next's searchParams object, URLSearchParams, or a query string with or without '?'. */
export type PageSearch = URLSearchParams | Record<string, string | string[] | undefined> | string | undefined;

/** The query string of a page's searchParams, without '?' (repeated keys kept, in their order). */
export function queryOf(search: PageSearch): string {
  if (search === undefined) return '';
  if (typeof search === 'string') return search.replace(/^\?/, '');
  if (search instanceof URLSearchParams) return search.toString();
  const sp = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (Array.isArray(value)) for (const v of value) sp.append(key, v);
    else if (value !== undefined) sp.append(key, value);
  }
  return sp.toString();
}

/** The same page in another language, with the same query string (the answers are kept). */
export function localizedHref(pathname: string, query: string, target: Locale): string {
  const parts = pathname.split('/');
  if (parts.length > 1 && (locales as readonly string[]).includes(parts[1]!)) parts[1] = target;
  else parts.splice(1, 0, target);
  const path = parts.join('/').replace(/\/$/, '') || `/${target}`;
  return query ? `${path}?${query}` : path;
}

/**
 * Language links to the same page with the same query string (the answers are kept). Rendered on
 * the server from the page's own path and searchParams, so they work without JavaScript on every
 * page (no client hook, no Suspense fallback).
 */
export function LanguageSwitcher({ locale, path, search, currentLabel }: { locale: Locale; path: string; search?: PageSearch; currentLabel: string }) {
  const query = queryOf(search);
  const hrefs = Object.fromEntries(locales.map((l) => [l, localizedHref(path, query, l)])) as Record<Locale, string>;
  return <LanguageLinks locale={locale} hrefs={hrefs} currentLabel={currentLabel} />;
}

export function LanguageLinks({ locale, hrefs, currentLabel }: { locale: Locale; hrefs: Record<Locale, string>; currentLabel: string }) {
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
            <a href={hrefs[l]} hrefLang={l} className="inline-block min-h-6 px-2 py-1 text-white underline-offset-4 hover:underline">
              {languageNames[l]}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
