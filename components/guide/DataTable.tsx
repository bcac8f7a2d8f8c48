import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  className?: string;
}

type DataAttributes = Record<`data-${string}`, string | number | boolean>;

/**
 * A data table of the guide pages: a region that scrolls sideways on a small screen and can be
 * focused with the keyboard, a caption for screen readers, one row of column headers, then the rows.
 */
export function DataTable({
  columns,
  children,
  caption,
  labelledBy,
  label,
  data,
  className = 'mt-3',
}: {
  columns: readonly Column[];
  children: ReactNode;
  caption?: string;
  /** The region's name: the id of the heading above the table, or a label. */
  labelledBy?: string;
  label?: string;
  data?: DataAttributes;
  className?: string;
}) {
  return (
    <div className={`${className} overflow-x-auto`} role="region" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label} tabIndex={0}>
      <table className="w-full border-collapse text-left align-top" {...data}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((c, i) => (
              <th key={i} scope="col" className={`p-2 ${c.className ?? ''}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A body row; `differ` marks the rows where the authorities disagree. */
export function DataRow({ children, differ = false, data }: { children: ReactNode; differ?: boolean; data?: DataAttributes }) {
  return (
    <tr className={`border-b border-line align-top ${differ ? 'bg-warning-tint' : ''}`} {...data}>
      {children}
    </tr>
  );
}

/** The first cell of a row, its header, with the "differs" mark when the authorities disagree. */
export function RowHeader({ children, differsLabel }: { children: ReactNode; differsLabel?: string | null }) {
  return (
    <th scope="row" className="p-2 font-normal">
      {children}
      {differsLabel ? (
        <>
          {' '}
          <span className="tag tag-unknown" data-differs="true">
            <span aria-hidden="true">≠</span>
            <span className="sr-only">{differsLabel}</span>
          </span>
        </>
      ) : null}
    </th>
  );
}
