/**
 * Origin helpers shared by the server (CSP frame-ancestors, the snippet) and the child frame
 * (postMessage target). Client-safe: no environment access.
 */

/**
 * `value` if it is exactly a web origin (`https://host[:port]` or `http://host[:port]`, lower case,
 * no path, query, fragment, credentials or wildcard), else null. A single trailing slash is tolerated
 * and removed. Anything that could smuggle a second CSP source or directive (spaces, `;`, quotes,
 * `*`) fails, because it never round-trips through URL parsing unchanged.
 */
export function asOrigin(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const candidate = value.endsWith('/') ? value.slice(0, -1) : value;
  if (candidate.length === 0 || candidate.length > 253 + 14) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  // Letters, digits, dots and hyphens (IDNs arrive punycoded), or a bracketed IPv6 address.
  // WHATWG URL lets `*` through in hosts; CSP would read it as a wildcard.
  if (!/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) {
    return null;
  }
  // URL.origin serialises scheme, host and port canonically; any other part makes them differ.
  return url.origin === candidate ? url.origin : null;
}

/** The origin of an absolute URL (e.g. document.referrer), or null. */
export function originOfUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The postMessage target origin of the child frame: the candidate (the embedding page's origin as
 * the browser reports it: location.ancestorOrigins, a verified handshake, or document.referrer) if it
 * is on the allowlist; else the single allowed origin when there is exactly one; else null, and then
 * nothing is posted (never '*').
 */
export function chooseTargetOrigin(allowed: readonly string[], candidate?: string | null): string | null {
  const origin = candidate ? originOfUrl(candidate) : null;
  if (origin && allowed.includes(origin)) return origin;
  if (allowed.length === 1) return allowed[0] ?? null;
  return null;
}

const EMBED_PATH = /^\/(?:nl|fr|de|en)\/embed(?:\/|$)/;

/**
 * True when `referrer` is one of our own embed pages: the frame was reached by a full navigation
 * inside the frame (a plain link), so the referrer says nothing about the parent page.
 */
export function isOwnEmbedPage(referrer: string, selfOrigin: string): boolean {
  if (originOfUrl(referrer) !== selfOrigin) return false;
  return EMBED_PATH.test(new URL(referrer).pathname);
}
