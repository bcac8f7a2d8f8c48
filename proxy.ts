import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { frameAncestorsFor } from './lib/embed/presets';
import { routing } from './lib/i18n/routing';
import { createNonce, isEmbedPath, needsNonce, pageSecurityHeaders } from './lib/security/headers';
import { declaredBodyTooLarge, isDecodablePath } from './lib/security/limits';
import { isCrossOriginWrite } from './lib/security/origin';
import { isMissingRootFile } from './lib/security/root-files';
import { apiError, safeLocale } from './lib/server/http';

/** Locale routing (the locale lives in the URL only; / redirects to one). */
const intl = createMiddleware(routing);

/**
 * Every page request: next-intl's routing, then the page's security headers (docs/SECURITY.md).
 *
 * Pages rendered per request (nearly all: they read the query string) get a fresh nonce and a CSP
 * with 'nonce-…' 'strict-dynamic'. The policy is also put on the request, where Next.js reads the
 * nonce and puts it on every script it renders. The few prerendered pages get the static policy.
 * Embed pages may be framed by the origins of their preset (`?preset=`); all other pages by nobody.
 * A form post (server action) from another origin is refused here with a 403 (lib/security/origin.ts),
 * one that declares a body above 64 KiB with a 413, and an address with broken percent-encoding
 * with a 400 (Next.js would answer all three with a 500).
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!isPagePath(pathname)) return outsidePages(request, pathname);
  const nonce = needsNonce(pathname) ? createNonce() : undefined;
  const headers = pageSecurityHeaders({
    pathname,
    nonce,
    embedAncestors: isEmbedPath(pathname) ? frameAncestorsFor(searchParams.get('preset')) : undefined,
    dev: process.env.NODE_ENV === 'development',
  });
  if (!isDecodablePath(pathname)) {
    return refuse(400, 'Bad request: this address is not valid.', headers);
  }
  if (isCrossOriginWrite(request.method, request.headers)) {
    return refuse(403, 'Forbidden: this form can only be sent from this website.', headers);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD' && declaredBodyTooLarge(request.headers)) {
    return refuse(413, 'Payload too large: a form of this website is never that big.', headers);
  }
  if (nonce) {
    // next-intl copies the request headers into the request that reaches the page. Next.js reads the
    // nonce from the policy; pages read it from x-nonce (lib/security/nonce.ts).
    request.headers.set('content-security-policy', headers['Content-Security-Policy']!);
    request.headers.set('x-nonce', nonce);
  } else {
    request.headers.delete('x-nonce');
  }
  const response = intl(request);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** What the page matcher below leaves out: the API, Next's own files and files with an extension. */
const NOT_A_PAGE = /^\/(?:api|_next|_vercel)(?:\/|$)|\./;
function isPagePath(pathname: string): boolean {
  return !NOT_A_PAGE.test(pathname);
}

/**
 * The API and files reach the proxy only for two kinds of address (the second and third matchers):
 *  - one with a `%` that does not decode, for which Next.js would answer 500 while matching routes:
 *    under /api a JSON 404 (no endpoint has such an address), elsewhere a plain 400;
 *  - one segment with a dot that is none of our files (/favicon.ico …): the 404 page (missingRootFile).
 * Everything else passes untouched, so API requests and our own files pay nothing for the proxy.
 */
function outsidePages(request: NextRequest, pathname: string) {
  if (!isDecodablePath(pathname)) {
    if (/^\/api(?:\/|$)/.test(pathname)) {
      const res = apiError('not_found', safeLocale(request));
      return request.method === 'HEAD' ? new NextResponse(null, { status: 404, headers: res.headers }) : res;
    }
    return refuse(400, 'Bad request: this address is not valid.', pageSecurityHeaders({ pathname, dev: false }));
  }
  if (isMissingRootFile(pathname)) return missingRootFile(request);
  return NextResponse.next();
}

/**
 * A one-segment address with a dot matches app/[locale] (as an unknown locale), for which Next.js
 * serves the 404 prerendered at build time: an empty shell, since app/global-not-found.tsx reads
 * the request. A two-segment address that matches no route gets that page rendered for this
 * request instead, in all four languages (no locale is known). Next.js gives the rewritten
 * response the headers of next.config.ts (the static policy); the page shows nothing of the request.
 */
function missingRootFile(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.delete('x-next-intl-locale');
  headers.delete('x-nonce');
  return NextResponse.rewrite(new URL('/_.missing/file', request.url), { request: { headers } });
}

function refuse(status: number, text: string, headers: Record<string, string>) {
  return new NextResponse(`${text}\n`, {
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export const config = {
  // Pages; any other address with a `%` in it (broken percent-encoding); one-segment addresses with
  // a dot (files we may not have). See outsidePages.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/(.*%.*)', '/([^/]*\\.[^/]*)'],
};
