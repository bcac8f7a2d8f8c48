import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { frameAncestorsFor } from './lib/embed/presets';
import { routing } from './lib/i18n/routing';
import { configuredPublicOrigin } from './lib/embed/public-origin';
import { isWellFormedFetchAction, isWellFormedFormAction } from './lib/security/action-post';
import { withPublicOrigin } from './lib/security/alternate-links';
import { createNonce, isEmbedPath, needsNonce, pageSecurityHeaders } from './lib/security/headers';
import { isDecodablePath } from './lib/security/limits';
import { isCrossOriginWrite } from './lib/security/origin';
import { NOT_FOUND_PATH, pathKind } from './lib/security/paths';
import { apiError, safeLocale } from './lib/server/http';

/** Locale routing (the locale lives in the URL only; / redirects to one). */
const intl = createMiddleware(routing);

/**
 * Every page request, with or without a dot in its path: next-intl's routing, then the page's
 * security headers (docs/SECURITY.md).
 *
 * Pages rendered per request (nearly all: they read the query string) get a fresh nonce and a CSP
 * with 'nonce-…' 'strict-dynamic'. The policy is also put on the request, where Next.js reads the
 * nonce and puts it on every script it renders. The few prerendered pages get the static policy.
 * Embed pages may be framed by the origins of their preset (`?preset=`); all other pages by nobody.
 * A form post (server action) from another origin is refused here with a 403 (lib/security/origin.ts),
 * one whose hidden fields are not what our forms send with a 400 (lib/security/action-post.ts), and
 * an address with broken percent-encoding with a 400 (Next.js would answer all three with a 500).
 * The alternate-language links that next-intl puts in the Link header name our configured public
 * origin, never the request's Host; its redirects vary on Accept-Language, which chose the locale.
 *
 * What comes before (scripts/serve.mjs, the production server): only GET, HEAD and POST reach
 * pages, and a page body must declare its length, within 64 KiB; after: no x-middleware-* header
 * leaves the server, and a redirect to an address with answers gets `private, no-store`.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const kind = pathKind(pathname);
  if (kind === 'internal') return outsidePages(request, pathname);
  if (kind === 'file') return NextResponse.next();
  const nonce = kind === 'page' && !needsNonce(pathname) ? undefined : createNonce();
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
  if (request.method === 'POST' && !(await isWellFormedActionPost(request))) {
    return refuse(400, 'Bad request: this form was not sent by a page of this website.', headers);
  }
  if (nonce) {
    // next-intl copies the request headers into the request that reaches the page. Next.js reads the
    // nonce from the policy; pages read it from x-nonce (lib/security/nonce.ts).
    request.headers.set('content-security-policy', headers['Content-Security-Policy']!);
    request.headers.set('x-nonce', nonce);
  } else {
    request.headers.delete('x-nonce');
  }
  const response =
    kind === 'missing-file'
      ? missingRootFile(request)
      : kind === 'not-found'
        ? NextResponse.next({ request: { headers: request.headers } })
        : intl(request);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  const links = response.headers.get('link');
  if (links) response.headers.set('link', withPublicOrigin(links, configuredPublicOrigin()));
  if (response.headers.has('location')) response.headers.append('vary', 'Accept-Language');
  return response;
}

/**
 * A post that Next.js would decode as a server action (multipart form data, or a `Next-Action`
 * header) has the shape our forms give it. The body is at most 64 KiB (scripts/serve.mjs), and the
 * proxy reads its own copy of it: the page still gets the body.
 */
async function isWellFormedActionPost(request: NextRequest): Promise<boolean> {
  const fetchAction = request.headers.has('next-action');
  const multipart = /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '');
  if (!fetchAction && !multipart) return true;
  try {
    if (multipart) {
      const form = await request.formData();
      return fetchAction ? isWellFormedFetchAction({ form }) : isWellFormedFormAction(form);
    }
    return isWellFormedFetchAction({ text: await request.text() });
  } catch {
    return false; // not multipart after all, or a broken one
  }
}

/**
 * The API and Next's files reach the proxy only with a `%` in the address that does not decode
 * (the second matcher), for which Next.js would answer 500 while matching routes: under /api a JSON
 * 404 (no endpoint has such an address), elsewhere a plain 400. Anything else passes untouched, so
 * API requests and our own files pay nothing for the proxy.
 */
function outsidePages(request: NextRequest, pathname: string) {
  if (!isDecodablePath(pathname)) {
    if (/^\/api(?:\/|$)/.test(pathname)) {
      const res = apiError('not_found', safeLocale(request));
      return request.method === 'HEAD' ? new NextResponse(null, { status: 404, headers: res.headers }) : res;
    }
    return refuse(400, 'Bad request: this address is not valid.', pageSecurityHeaders({ pathname, dev: false }));
  }
  return NextResponse.next();
}

/**
 * A one-segment address with a dot that is none of our files (/favicon.ico, /wp-login.php …)
 * would match app/[locale] as an unknown locale. It gets the 404 page instead
 * (app/global-not-found.tsx, rendered for this request in all four languages, with the request's
 * nonce): the rewrite sends it to NOT_FOUND_PATH, which matches no route and which the proxy
 * passes on untouched (next-intl would redirect it to a locale). The page shows nothing of the
 * request.
 */
function missingRootFile(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.delete('x-next-intl-locale');
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers } });
}

function refuse(status: number, text: string, headers: Record<string, string>) {
  return new NextResponse(`${text}\n`, {
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export const config = {
  // Every address except the API and Next's own files (pages, dotted or not, and files at the root:
  // see pathKind); and any address with a `%` in it (broken percent-encoding, see outsidePages).
  matcher: ['/((?!api/|api$|_next/|_vercel/).*)', '/(.*%.*)'],
};
