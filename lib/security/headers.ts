/**
 * HTTP security headers, as pure functions (no Next.js, no environment access): used by proxy.ts
 * for pages and by next.config.ts `headers()` for everything else (API, static files, errors).
 * Why each header has the value it has: docs/SECURITY.md.
 */

export type HeaderMap = Record<string, string>;

/** The four locales. Duplicated from lib/i18n/locales.ts so that next.config.ts can import this file alone. */
const LOCALES = ['nl', 'fr', 'de', 'en'] as const;
const LOCALE_GROUP = `(?:${LOCALES.join('|')})`;

/** /{locale}/embed and everything below it: the only pages another site may frame. */
const EMBED_PATH = new RegExp(`^/${LOCALE_GROUP}/embed(?:/|$)`);

/**
 * Pages that get the static policy ('unsafe-inline' scripts) instead of a nonce. Next.js puts the
 * request's CSP nonce on the scripts of a page only when it renders the page for that request, so:
 *  - every page prerendered at build time (● / ○ in `next build`'s route table) must be here;
 *  - a page with a hand-written <script> must be here until it puts the nonce on it
 *    (`nonce={await requestNonce()}`, lib/security/nonce.ts).
 * Every other page, rendered per request, gets a nonce; nearly every page reads the query string
 * (the answers, `?asOf=`, `?preset=`) and is rendered per request.
 *
 * A page missing here that needs to be here gets a nonce its scripts do not carry: the browser
 * blocks them (the page still works without JavaScript) and e2e/api/headers.spec.ts fails
 * ("every script carries the nonce"). A page listed here without need only loses the nonce's
 * protection.
 */
const STATIC_POLICY_PATHS: readonly RegExp[] = [
  // prerendered (generateStaticParams, reads no query string)
  new RegExp(`^/${LOCALE_GROUP}/guidance/?$`),
];

export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

/** True for every page except those of STATIC_POLICY_PATHS. */
export function needsNonce(pathname: string): boolean {
  return !STATIC_POLICY_PATHS.some((re) => re.test(pathname));
}

/** A frame-ancestors source we accept: the keyword 'self' or exactly an http(s) origin (no wildcard, path or spaces). */
const ORIGIN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/**
 * Keeps only sources that cannot smuggle another source or directive into the header
 * ("'self'" or an exact lower-case origin), without duplicates, in their order.
 */
export function safeFrameAncestors(sources: readonly string[]): string[] {
  const out: string[] = [];
  for (const source of sources) {
    if ((source === "'self'" || ORIGIN.test(source)) && !out.includes(source)) out.push(source);
  }
  return out;
}

/** A fresh CSP nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export interface CspOptions {
  /**
   * The request's nonce (dynamic pages): scripts need it ('strict-dynamic' lets them load chunks).
   * Without one (prerendered pages) Next's inline bootstrap scripts need 'unsafe-inline'.
   */
  nonce?: string;
  /** Who may frame the page: 'none', or the allowed sources of an embed page (an empty list means 'none'). */
  frameAncestors: 'none' | readonly string[];
  /** `next dev` only: React needs eval for its debugging features. Never in a production build. */
  dev?: boolean;
}

/** The Content-Security-Policy of an HTML page. */
export function pageContentSecurityPolicy({ nonce, frameAncestors, dev = false }: CspOptions): string {
  const script = nonce ? [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`] : [`'self'`, `'unsafe-inline'`];
  if (dev) script.push(`'unsafe-eval'`);
  const ancestors = frameAncestors === 'none' ? [] : safeFrameAncestors(frameAncestors);
  return [
    `default-src 'self'`,
    `script-src ${script.join(' ')}`,
    // Style attributes (e.g. an embed preset's accent colour as a CSS variable) need 'unsafe-inline';
    // with img/font/connect limited to 'self', injected CSS cannot send anything anywhere.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `media-src 'none'`,
    `object-src 'none'`,
    // 'self': the "embed this tool" page previews our own embed page in a frame.
    `frame-src 'self'`,
    `worker-src 'none'`,
    `manifest-src 'self'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors ${ancestors.length > 0 ? ancestors.join(' ') : `'none'`}`,
  ].join('; ');
}

/** The Content-Security-Policy of anything that is not an HTML page of ours (JSON, files). */
export const resourceContentSecurityPolicy =
  `default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * Browser features the tool never uses: all switched off, for us and for any frame.
 * Only features Chromium knows are listed (it logs a console warning for each unknown name, e.g.
 * 'bluetooth', or 'web-share' on Linux). The clipboard stays allowed: "copy the link" and the embed
 * code's "copy" button write to it (reading needs the visitor's permission anyway, and the
 * embed tests read back what was copied).
 */
export const disabledFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'compute-pressure',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'private-state-token-issuance',
  'private-state-token-redemption',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'sync-xhr',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

export const permissionsPolicy = disabledFeatures.map((f) => `${f}=()`).join(', ');

/**
 * Headers that every response carries, whatever it is.
 *
 * Referrer-Policy is `same-origin`, not `no-referrer`: no other site ever receives a Referer (so the
 * answers in our URLs never leak to an outbound link), while our own form posts keep a real
 * `Origin` header. Under `no-referrer` browsers send `Origin: null` with a form POST, and Next.js
 * rejects server actions with `Origin: null` (CSRF protection), so the wizard would stop working
 * without JavaScript. See docs/SECURITY.md.
 */
export const commonSecurityHeaders: Readonly<HeaderMap> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': permissionsPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-DNS-Prefetch-Control': 'off',
  'X-Permitted-Cross-Domain-Policies': 'none',
};

/** Headers of a response that must never be framed: full pages, API, files, errors. */
export const unframeableHeaders: Readonly<HeaderMap> = {
  'X-Frame-Options': 'DENY',
  // A page opened from ours (or opening ours) gets no handle on our window. Not on embed pages:
  // there it would be ignored in a frame and would only break a preview opened as a pop-up.
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface PageHeaderOptions {
  pathname: string;
  /** For pages rendered per request (see needsNonce): the request's nonce. */
  nonce?: string;
  /** For embed pages: the allowed frame-ancestors sources (frameAncestorsFor(preset)). */
  embedAncestors?: readonly string[];
  dev?: boolean;
}

/** Every security header of an HTML page answered through proxy.ts. */
export function pageSecurityHeaders({ pathname, nonce, embedAncestors, dev }: PageHeaderOptions): HeaderMap {
  const embed = isEmbedPath(pathname);
  const csp = pageContentSecurityPolicy({
    nonce,
    frameAncestors: embed ? (embedAncestors ?? []) : 'none',
    dev,
  });
  return {
    ...commonSecurityHeaders,
    ...(embed ? {} : unframeableHeaders),
    'Content-Security-Policy': csp,
  };
}

export interface ConfigHeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

const toList = (map: HeaderMap) => Object.entries(map).map(([key, value]) => ({ key, value }));

/** Public files that other sites load (the embed snippet), so they must not be same-origin only. */
export const crossOriginFiles = ['/embed.js'] as const;

/**
 * The rules for next.config.ts `headers()`. They cover what proxy.ts does not see (API routes,
 * /_next files, public files, the root 404) and are the fallback for pages. For pages, proxy.ts
 * sets the same header names again, and its values win (see docs/SECURITY.md and
 * e2e/api/headers.spec.ts). Embed pages are excluded from the framing rules here, since a header
 * from config could not be removed by the proxy.
 */
export function nextConfigHeaderRules(dev = false): ConfigHeaderRule[] {
  const notEmbed = `/:path((?!${LOCALE_GROUP}/embed(?:/|$)).*)`;
  return [
    { source: '/:path*', headers: toList(commonSecurityHeaders) },
    {
      source: notEmbed,
      headers: toList({
        ...unframeableHeaders,
        'Content-Security-Policy': pageContentSecurityPolicy({ frameAncestors: 'none', dev }),
      }),
    },
    // Fallback for an embed page the proxy did not handle: framing by nobody but us.
    {
      source: `/:locale${'(' + LOCALES.join('|') + ')'}/embed/:path*`,
      headers: toList({ 'Content-Security-Policy': pageContentSecurityPolicy({ frameAncestors: [`'self'`], dev }) }),
    },
    { source: '/api/:path*', headers: toList({ 'Content-Security-Policy': resourceContentSecurityPolicy }) },
    {
      source: '/_next/static/:path*',
      headers: toList({ 'Content-Security-Policy': resourceContentSecurityPolicy, 'Cross-Origin-Resource-Policy': 'same-origin' }),
    },
    ...crossOriginFiles.map((file) => ({
      source: file,
      headers: toList({ 'Content-Security-Policy': resourceContentSecurityPolicy, 'Cross-Origin-Resource-Policy': 'cross-origin' }),
    })),
  ];
}
