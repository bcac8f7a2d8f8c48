'use client';

import { useEffect, useState } from 'react';

/**
 * The link to this result. Without JavaScript: a read-only field to copy by hand.
 * With JavaScript: also a "Copy link" button (navigator.clipboard) and a spoken confirmation.
 */
export function CopyLink({ url, labels }: { url: string; labels: { field: string; copy: string; copied: string; failed: string } }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  useEffect(() => setReady(true), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="mb-6">
      <label htmlFor="result-link" className="mb-1 block font-bold">
        {labels.field}
      </label>
      <input
        id="result-link"
        name="result-link"
        type="text"
        readOnly
        value={url}
        className="input mb-3 font-mono text-base"
        onFocus={(e) => e.currentTarget.select()}
      />
      {ready && (
        <button type="button" className="btn btn-secondary" onClick={copy}>
          {labels.copy}
        </button>
      )}
      <p role="status" className="mt-2 min-h-6 font-bold">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.failed : ''}
      </p>
    </div>
  );
}
