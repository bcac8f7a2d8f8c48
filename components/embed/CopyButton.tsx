'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Copies the text of a (read-only) textarea. Rendered only with JavaScript: without it the code
 * stays selectable in the textarea. The outcome is announced in a polite live region.
 */
export function CopyButton({ targetId, label, copied, failed }: { targetId: string; label: string; copied: string; failed: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [status, setStatus] = useState('');
  if (!hydrated) return null;

  async function copy() {
    const field = document.getElementById(targetId);
    if (!(field instanceof HTMLTextAreaElement)) return;
    try {
      await navigator.clipboard.writeText(field.value);
      setStatus(copied);
    } catch {
      field.focus();
      field.select();
      setStatus(failed);
    }
  }

  return (
    <div className="mt-3 flex flex-wrap items-center gap-4">
      <button
        type="button"
        onClick={copy}
        className="inline-flex min-h-11 items-center rounded bg-[#1d4ed8] px-4 py-2 font-semibold text-white hover:bg-[#1e3a8a] focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-[#ffbf47]"
      >
        {label}
      </button>
      <p role="status" aria-live="polite" className="text-sm">
        {status}
      </p>
    </div>
  );
}
