/**
 * JSON responses of the public API. Every response, error or not, is
 * `application/json; charset=utf-8`; errors are `{ error, message }` (api-contract.md).
 * Nothing here ever echoes the request body, the query string or a stack trace.
 */
import type { Locale } from '@/lib/i18n/locales';
import { apiMessage, localeFromUrl, type ApiMessageKey } from './messages';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const NO_STORE = 'no-store';

const utf8 = new TextEncoder();

/** Error codes of the API: the five of the contract plus the documented extensions. */
export type ApiErrorCode =
  | 'malformed_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid_answers'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'invalid_as_of'
  | 'not_found'
  | 'internal_error';

const statusOf: Record<ApiErrorCode, number> = {
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_answers: 422,
  method_not_allowed: 405,
  rate_limited: 429,
  invalid_as_of: 400,
  not_found: 404,
  internal_error: 500,
};

const messageOf: Record<Exclude<ApiErrorCode, 'invalid_answers'>, ApiMessageKey> = {
  malformed_json: 'malformedJson',
  payload_too_large: 'payloadTooLarge',
  unsupported_media_type: 'unsupportedMediaType',
  method_not_allowed: 'methodNotAllowed',
  rate_limited: 'rateLimited',
  invalid_as_of: 'invalidAsOf',
  not_found: 'notFound',
  internal_error: 'internalError',
};

/** Headers every API response carries. The API is public and read-only: any origin may call it. */
export function baseHeaders(locale: Locale | null, cacheControl: string = NO_STORE): Headers {
  const h = new Headers({
    'Content-Type': JSON_CONTENT_TYPE,
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Allow-Origin': '*',
  });
  if (locale) h.set('Content-Language', locale);
  return h;
}

export function jsonResponse(
  body: unknown,
  init: { status?: number; locale?: Locale | null; cacheControl?: string; headers?: HeadersInit } = {},
): Response {
  const headers = baseHeaders(init.locale ?? null, init.cacheControl);
  if (init.headers) new Headers(init.headers).forEach((v, k) => headers.set(k, v));
  // Encoded here once, as bytes: a string body makes undici re-scan it as a USVString and encode it
  // again, which cost about a tenth of the API's CPU time for a 70 KB assessment (npm run bench).
  const bytes = utf8.encode(JSON.stringify(body));
  headers.set('Content-Length', String(bytes.byteLength));
  return new Response(bytes, { status: init.status ?? 200, headers });
}

export function apiError(
  code: Exclude<ApiErrorCode, 'invalid_answers'>,
  locale: Locale,
  values?: Record<string, string | number>,
  headers?: HeadersInit,
): Response {
  return jsonResponse(
    { error: code, message: apiMessage(locale, messageOf[code], values) },
    { status: statusOf[code], locale, headers },
  );
}

/** Methods a handler module exports; used for Allow and the CORS pre-flight. */
export function methodNotAllowed(request: Request, allow: readonly string[]): Response {
  const locale = safeLocale(request);
  const allowed = allow.join(', ');
  // The method name is echoed only when it is a plain token, and cut short.
  const method = /^[A-Za-z]{1,16}$/.test(request.method) ? request.method.toUpperCase() : '?';
  const res = apiError('method_not_allowed', locale, { method, allow: allowed }, { Allow: allowed });
  if (request.method === 'HEAD') return new Response(null, { status: 405, headers: res.headers });
  return res;
}

/** CORS pre-flight (and plain OPTIONS): 204 with Allow. */
export function options(allow: readonly string[]): Response {
  const allowed = allow.join(', ');
  return new Response(null, {
    status: 204,
    headers: {
      Allow: allowed,
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': allowed,
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '86400',
      'Cache-Control': 'public, max-age=86400',
    },
  });
}

/**
 * The handlers of the methods a route does not implement: each a JSON 405 with Allow, and OPTIONS
 * the CORS pre-flight. Next.js finds a route's handlers by their exported names, so each route
 * exports by name those it needs (the same way Auth.js hands its `handlers` to a route):
 * `export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(ALLOW);`
 */
export function otherMethods(allow: readonly string[]) {
  const notAllowed: Handler = (request) => methodNotAllowed(request, allow);
  return {
    GET: notAllowed,
    HEAD: notAllowed,
    POST: notAllowed,
    PUT: notAllowed,
    PATCH: notAllowed,
    DELETE: notAllowed,
    OPTIONS: () => options(allow),
  };
}

export function safeLocale(request: Request): Locale {
  try {
    return localeFromUrl(new URL(request.url));
  } catch {
    return 'en';
  }
}

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Wraps a route handler so that no input can produce an HTML error page or a stack trace:
 * anything thrown becomes a JSON 500 (a bug: the tests require that none happens), and only the
 * error's class and stack frames are logged (V8 messages can quote the input, so never the message).
 */
export function guard(name: string, handler: Handler): Handler {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      logError(name, error);
      return apiError('internal_error', safeLocale(request));
    }
  };
}

export function logError(where: string, error: unknown): void {
  try {
    const kind = error instanceof Error ? error.constructor.name : typeof error;
    const frames =
      error instanceof Error && typeof error.stack === 'string'
        ? error.stack
            .split('\n')
            .filter((line) => /^\s+at /.test(line))
            .slice(0, 8)
            .join('\n')
        : '';
    console.error(`[api] ${where}: unexpected ${kind}\n${frames}`);
  } catch {
    // logging must never throw
  }
}
