/**
 * Request size limits of the pages (the API has its own 16 KiB limit, app/api).
 * A wizard step posts a handful of short fields; the answers travel in the URL.
 */
export const PAGE_POST_MAX_BYTES = 64 * 1024;

/** True when a declared Content-Length is above `max` (a missing or malformed one is not: Next checks the stream). */
export function declaredBodyTooLarge(headers: Headers, max: number = PAGE_POST_MAX_BYTES): boolean {
  const raw = headers.get('content-length')?.trim();
  if (!raw || !/^\d+$/.test(raw)) return false;
  return Number(raw) > max;
}

/**
 * False when a segment of the path is not valid percent-encoding (e.g. /en/check/%E0%A4%A): Next.js
 * would fail to decode the route parameters and answer with a 500; proxy.ts answers 400 instead.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
