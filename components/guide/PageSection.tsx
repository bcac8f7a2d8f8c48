import type { ReactNode } from 'react';

type DataAttributes = Record<`data-${string}`, string | number | boolean>;

/** A section of a guide page, named by its heading (h2). */
export function PageSection({
  id,
  title,
  children,
  className = 'mt-10',
  anchor,
  data,
}: {
  /** Id of the heading. */
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
  /** Id of the section itself, for links to it (`#flanders`). */
  anchor?: string;
  data?: DataAttributes;
}) {
  return (
    <section id={anchor} aria-labelledby={id} className={className} {...data}>
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
