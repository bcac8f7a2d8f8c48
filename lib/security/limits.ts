/**
 * Request size limit of the pages (the API has its own 16 KiB limit, lib/server/body.ts).
 * A wizard step posts a handful of short fields; the answers travel in the URL. next.config.ts
 * gives it to Next.js (serverActions.bodySizeLimit), and the production server (scripts/serve.mjs)
 * reads it from the build: a page body must declare its length, within this limit (411/413).
 */
export const PAGE_POST_MAX_BYTES = 64 * 1024;

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
