import type { Citation } from '@/lib/rules';

type Cited = Pick<Citation, 'title' | 'url'>;

/**
 * Citations as the rules module's answer gives them (title, URL, date checked; no source id), as
 * links separated by semicolons. Titles are the catalogue's, in English.
 */
export function CitationLinks({ citations }: { citations: readonly Cited[] }) {
  return (
    <>
      {citations.map((c, i) => (
        <span key={`${c.url} ${c.title}`}>
          {i > 0 ? '; ' : null}
          <a className="link" href={c.url} lang="en" rel="noopener noreferrer">
            {c.title}
          </a>
        </span>
      ))}
    </>
  );
}
