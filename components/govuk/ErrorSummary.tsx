'use client';

import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field the link goes to. */
  href: string;
  text: string;
}

/**
 * GOV.UK error summary: at the top of the page, it takes the focus after each submission with
 * errors (`focusKey` changes) so that a screen reader announces it; each link leads to its field.
 * Without JavaScript `autoFocus` does the same when the server renders it.
 */
export function ErrorSummary({ title, items, focusKey }: { title: string; items: ErrorSummaryItem[]; focusKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const any = items.length > 0;
  useEffect(() => {
    if (any) ref.current?.focus();
  }, [focusKey, any]);
  if (!any) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
      <h2 id="error-summary-title" className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <ul className="m-0 list-none p-0">
        {items.map((i) => (
          <li key={`${i.href}-${i.text}`} className="mb-1">
            <a href={`#${i.href}`} className="font-bold text-error underline">
              {i.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
