import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { frameAncestorsFor } from './lib/embed/presets';
import { routing } from './lib/i18n/routing';
import { createNonce, isDynamicPath, isEmbedPath, pageSecurityHeaders } from './lib/security/headers';

/** Locale routing (the locale lives in the URL only; / redirects to one). */
const intl = createMiddleware(routing);

/**
 * Every page request: next-intl's routing, then the page's security headers (docs/SECURITY.md).
 *
 * Pages rendered per request (the wizard under /{locale}/check, every embed page) get a fresh nonce
 * and a CSP with 'nonce-…' 'strict-dynamic'. The policy is also put on the request, where Next.js
 * reads the nonce and puts it on every script it renders. Prerendered pages get the static policy.
 * Embed pages may be framed by the origins of their preset (`?preset=`); all other pages by nobody.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const nonce = isDynamicPath(pathname) ? createNonce() : undefined;
  const headers = pageSecurityHeaders({
    pathname,
    nonce,
    embedAncestors: isEmbedPath(pathname) ? frameAncestorsFor(searchParams.get('preset')) : undefined,
    dev: process.env.NODE_ENV === 'development',
  });
  if (nonce) {
    // next-intl copies the request headers into the request that reaches the page.
    request.headers.set('content-security-policy', headers['Content-Security-Policy']!);
  }
  const response = intl(request);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: not the API, Next's own files or files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
