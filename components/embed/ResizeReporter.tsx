'use client';

import { useEffect } from 'react';
import { chooseTargetOrigin } from '@/lib/embed/origin';

/**
 * Child side of the embed protocol (docs/EMBEDDING.md). Only inside a frame:
 *  - posts {type: 'bwpc:resize', version: 1, height} whenever the document's height changes;
 *  - posts {type: 'bwpc:navigate', version: 1, step} when the step changes (client-side navigation);
 *  - answers the parent's {type: 'bwpc:hello', version: 1} (sent by embed.js) with the height.
 * Messages go to one explicit, allow-listed origin, never '*': the parent's origin as the browser
 * reports it (location.ancestorOrigins, document.referrer, or the origin of a hello from
 * window.parent) if it is on the list; else nothing is posted and the frame keeps its fixed height.
 * No cookies, no storage.
 */

// Module state survives client-side navigations between embed pages (each page mounts its own reporter).
let lastStep: string | null = null;
let helloOrigin: string | null = null;

export function ResizeReporter({ allowedOrigins, step }: { allowedOrigins: readonly string[]; step: string }) {
  const origins = allowedOrigins.join(' ');
  useEffect(() => {
    if (window.parent === window) return;
    const allowed = [...origins.split(' ').filter(Boolean), window.location.origin];
    const reported = window.location.ancestorOrigins?.[0] ?? document.referrer;
    let target = chooseTargetOrigin(allowed, helloOrigin) ?? chooseTargetOrigin(allowed, reported);
    let lastHeight = -1;

    const post = (message: Record<string, unknown>) => {
      if (target) window.parent.postMessage({ ...message, version: 1 }, target);
    };
    const report = (force = false) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (force || height !== lastHeight) {
        lastHeight = height;
        post({ type: 'bwpc:resize', height });
      }
    };
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== window.parent || !allowed.includes(event.origin)) return;
      if (typeof data !== 'object' || data === null) return;
      const { type, version } = data as { type?: unknown; version?: unknown };
      if (type !== 'bwpc:hello' || version !== 1) return;
      helloOrigin = event.origin;
      target = event.origin;
      report(true);
    };

    window.addEventListener('message', onMessage);
    const observer = new ResizeObserver(() => report());
    observer.observe(document.documentElement);
    report(true);
    if (lastStep !== null && lastStep !== step) post({ type: 'bwpc:navigate', step });
    lastStep = step;

    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [origins, step]);

  return null;
}
