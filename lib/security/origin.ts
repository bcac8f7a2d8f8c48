/**
 * Cross-site request forgery guard for pages (proxy.ts), in front of Next's own server-action check.
 *
 * Next.js compares the Origin header of a server action with the request's host (x-forwarded-host,
 * else host) and refuses a mismatch, but it answers with a 500 and logs an error for each such
 * request. proxy.ts refuses the same requests first, with a clean 403, using the same comparison.
 * A request without Origin (not a browser form or fetch) goes on to Next, which lets it through as
 * Next does by default: such a request cannot carry a visitor's credentials, and we have none anyway.
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the request was addressed to, as Next.js sees it: x-forwarded-host (first value), else host. */
export function requestHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (forwarded) return forwarded.toLowerCase();
  const host = headers.get('host')?.trim();
  return host ? host.toLowerCase() : null;
}

/**
 * True when a state-changing request (POST, PUT, …) carries an Origin that is not the host it was
 * sent to, including `Origin: null` (sandboxed frames, privacy-stripped origins).
 */
export function isCrossOriginWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get('origin');
  if (origin === null) return false;
  if (origin === 'null') return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  const host = requestHost(headers);
  return host === null || originHost !== host;
}
