import type { ReactNode } from 'react';

/**
 * GOV.UK fieldset: a group of controls with a legend. As the page's question, the legend holds the
 * caption and the <h1>; a nested question (a unit under a number) gets a bold legend.
 */
export function Fieldset({
  legend,
  pageHeading,
  describedBy,
  error,
  children,
}: {
  legend: ReactNode;
  /** The legend is the page's heading (its content is the caption and the <h1>). */
  pageHeading?: boolean;
  describedBy?: string;
  /** Draws the error bar beside the group. */
  error?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset className={`${pageHeading ? 'mb-6' : 'mb-5'} ${error ? 'field-error' : ''}`} aria-describedby={describedBy}>
      <legend className={pageHeading ? 'mb-3' : 'mb-2 font-bold'}>{legend}</legend>
      {children}
    </fieldset>
  );
}
