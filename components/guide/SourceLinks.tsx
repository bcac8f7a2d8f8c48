import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { shownSource, sourceById } from '@/lib/guide/sources';

async function readerLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : 'en';
}

/** The name of a language in the reader's language ("néerlandais"). */
function languageName(reader: Locale, language: Locale): string {
  return new Intl.DisplayNames([reader], { type: 'language' }).of(language) ?? language;
}

/**
 * One source as a link: the publisher's version in the reader's language when the catalogue has one;
 * otherwise the cited version, with hreflang and the page's language named after the link. An id that
 * does not resolve is shown as text, never dropped silently (the unit tests make sure it does not happen).
 */
export async function SourceLink({ id, dataAttribute = 'data-source' }: { id: string; dataAttribute?: 'data-source' | 'data-official-list' }) {
  const source = sourceById(id);
  if (!source) return <span data-missing-source={id}>{id}</span>;
  const locale = await readerLocale();
  const shown = shownSource(source, locale);
  return (
    <>
      <a
        className="link"
        href={shown.url}
        hrefLang={shown.pageLanguage ?? undefined}
        lang={shown.titleLanguage}
        rel="noopener noreferrer"
        {...{ [dataAttribute]: id }}
      >
        {shown.title}
      </a>
      {shown.otherLanguage && shown.pageLanguage ? <span data-page-language={shown.pageLanguage}> ({languageName(locale, shown.pageLanguage)})</span> : null}
    </>
  );
}

/** A link with our own words to a source's page (an authority's official page), in the reader's language where there is one. */
export async function OfficialLink({ id, className = 'link', children }: { id: string; className?: string; children: ReactNode }) {
  const source = sourceById(id);
  if (!source) return <span data-missing-source={id}>{children}</span>;
  const shown = shownSource(source, await readerLocale());
  return (
    <a className={className} href={shown.url} hrefLang={shown.pageLanguage ?? undefined} data-source={id} rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The sources of one statement or figure, as links beside it. */
export async function SourceLinks({
  ids,
  label = true,
  compact = false,
  className = '',
}: {
  ids: readonly string[];
  label?: boolean;
  /** Folded behind a native <details> (tables): "Sources (2)". Works without JavaScript. */
  compact?: boolean;
  className?: string;
}) {
  const t = await getTranslations('guide.common');
  if (compact) {
    return (
      <details className={`text-sm ${className}`} data-sources={ids.length}>
        <summary className="link cursor-pointer">{t('sourcesCompact', { count: ids.length })}</summary>
        <SourceLinks ids={ids} label={false} />
      </details>
    );
  }
  return (
    <span className={`text-sm text-muted ${className}`}>
      {label ? <span>{t('sourceCount', { count: ids.length })}: </span> : null}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : null}
          <SourceLink id={id} />
        </span>
      ))}
    </span>
  );
}
