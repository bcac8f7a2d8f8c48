'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Prints the result from inside the frame (window.print prints the frame's document only).
 * Rendered only once JavaScript runs: without it the button could do nothing.
 */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className="btn btn-secondary no-print text-base">
      {label}
    </button>
  );
}
