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
    <button
      type="button"
      onClick={() => window.print()}
      className="bwpc-print inline-flex min-h-11 items-center rounded border-2 border-[var(--bwpc-accent,#1d4ed8)] px-4 py-2 font-semibold text-[var(--bwpc-accent,#1d4ed8)] hover:bg-gray-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-[#ffbf47] print:hidden"
    >
      {label}
    </button>
  );
}
