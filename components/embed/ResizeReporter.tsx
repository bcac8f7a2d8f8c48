'use client';

import { useEffect } from 'react';
import { chooseTargetOrigin, isOwnEmbedPage } from '@/lib/embed/origin';

/**
 * Child side of the embed protocol (docs/EMBEDDING.md). Only inside a frame:
 *  - posts {type: 'bwpc:resize', version: 1, height} whenever the document's height changes;
 *  - posts {type: 'bwpc:navigate', version: 1, step} when the step changes (client-side navigation);
 *  - answers the parent's {type: 'bwpc:hello', version: 1} (sent by embed.js) with the height;
 *  - when it cannot tell the parent's origin, posts {type: 'bwpc:ready', version: 1} to each allowed
 *    origin (only the parent's own is delivered), and the parent answers with a hello.
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
    const self = window.location.origin;
    const allowed = [...origins.split(' ').filter(Boolean), self];
    // After a full navigation inside the frame (a plain link), the referrer is our previous page.
    const inFrameNavigation = isOwnEmbedPage(document.referrer, self);
    const reported = window.location.ancestorOrigins?.[0] ?? (inFrameNavigation ? null : document.referrer);
    let target = chooseTargetOrigin(allowed, helloOrigin) ?? chooseTargetOrigin(allowed, reported);
    let lastHeight = -1;
    let pendingStep: string | null = null;
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
      if (pendingStep) post({ type: 'bwpc:navigate', step: pendingStep });
      pendingStep = null;
    };

    window.addEventListener('message', onMessage);
    const observer = new ResizeObserver(() => report());
    observer.observe(document.documentElement);
    if (target) report(true);
    // Parent unknown (e.g. Firefox after a full navigation, or a host with no-referrer): ask every
    // allowed origin for a hello; the browser delivers it only to the one the parent really has.
    else for (const origin of allowed) window.parent.postMessage({ type: 'bwpc:ready', version: 1 }, origin);
    const navigated = lastStep !== null ? lastStep !== step : inFrameNavigation;
    if (navigated && target) post({ type: 'bwpc:navigate', step });
    else if (navigated) pendingStep = step;
    lastStep = step;

    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [origins, step]);

  return null;
}
