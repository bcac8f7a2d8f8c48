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
      <button type="button" onClick={copy} className="btn">
        {label}
      </button>
      <p role="status" aria-live="polite" className="text-sm">
        {status}
      </p>
    </div>
  );
}
