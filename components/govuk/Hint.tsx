import type { ReactNode } from 'react';

/** GOV.UK hint text: under the label or legend, referenced by the field's aria-describedby. */
export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="hint">
      {children}
    </div>
  );
}
