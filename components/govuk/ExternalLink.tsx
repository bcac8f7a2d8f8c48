import { isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * The hidden "(opens in a new tab)" of external links. A page with many links creates it once and
 * passes the same element to each: the React Server Components payload then sends it once and
 * refers to it, instead of repeating it for every link.
 */
export function newTabHint(text: string): ReactElement {
  return <span className="sr-only"> {text}</span>;
}

/**
 * A link to another site: opens in a new tab (so the answers in this tab stay), without giving that
 * site a handle on this one (noopener noreferrer), and says so to screen readers. `newTab` is the
 * translated "(opens in a new tab)", or the element newTabHint() made of it.
 */
export function ExternalLink({ href, newTab, children }: { href: string; newTab: string | ReactElement; children: ReactNode }) {
  return (
    <a className="link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      {isValidElement(newTab) ? newTab : newTabHint(newTab)}
    </a>
  );
}
