/** One row of a summary list: what was asked, the answer, and a link to change it. */
export interface SummaryRow {
  /** data-step of the row (tests and styles find a row by it). */
  id: string;
  key: string;
  value: string;
  change?: { href: string; label: string };
}

/**
 * GOV.UK summary list (check your answers): a description list, one row per answer, each with a
 * Change link whose visually hidden text says what it changes.
 */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="summary-list mb-8 border-t border-line">
      {rows.map((r) => (
        <div key={r.id} className="grid grid-cols-1 gap-x-6 border-b border-line sm:grid-cols-[2fr_3fr_auto]" data-step={r.id}>
          <dt className="font-bold">{r.key}</dt>
          <dd className="m-0 pt-0 sm:pt-[0.6rem]">{r.value}</dd>
          {r.change && (
            <dd className="m-0 pt-0 sm:pt-[0.6rem] sm:text-right">
              <a className="link" href={r.change.href}>
                {r.change.label}
                <span className="sr-only"> {r.key}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
