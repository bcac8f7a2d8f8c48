import { getTranslations } from 'next-intl/server';
import { sourceById } from '@/lib/guide/sources';

/**
 * The sources of one statement or figure, as links beside it. Titles are in English (as the data
 * stores them), so they carry lang="en". An id that does not resolve is shown as text, never dropped
 * silently (the unit tests make sure it does not happen).
 */
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
      {ids.map((id, i) => {
        const s = sourceById(id);
        return (
          <span key={id}>
            {i > 0 ? '; ' : null}
            {s ? (
              <a className="link" href={s.url} lang="en" data-source={id} rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              <span data-missing-source={id}>{id}</span>
            )}
          </span>
        );
      })}
    </span>
  );
}
