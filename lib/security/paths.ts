/**
 * What proxy.ts does with an address, by its path alone (docs/SECURITY.md, "Which addresses the
 * proxy sees"). Every page address is a page here, with or without a dot in it: /en/check/a.b gets
 * the nonce policy and the origin check like /en/check/ab.
 */
import { isMissingRootFile, ROOT_FILES } from './root-files';

export type PathKind =
  /** The API, Next's own files (/_next/…), /_vercel: not the proxy's business. */
  | 'internal'
  /** A file we serve at the root (public/, app/icon.svg). */
  | 'file'
  /** A one-segment address with a dot that is none of our files (/favicon.ico): the 404 page. */
  | 'missing-file'
  /** Where proxy.ts sends those (NOT_FOUND_PATH): an address that matches no route. */
  | 'not-found'
  | 'page';

/**
 * The address that proxy.ts rewrites a missing root file to: it matches no route, so Next.js
 * renders the 404 page (app/global-not-found.tsx) for it. Next.js runs the proxy again for it.
 */
export const NOT_FOUND_PATH = '/_.missing/file';

const INTERNAL = /^\/(?:api|_next|_vercel)(?:\/|$)/;

export function pathKind(pathname: string): PathKind {
  if (INTERNAL.test(pathname)) return 'internal';
  if (ROOT_FILES.has(pathname)) return 'file';
  if (isMissingRootFile(pathname)) return 'missing-file';
  if (pathname === NOT_FOUND_PATH) return 'not-found';
  return 'page';
}
