// What the production server (scripts/serve.mjs) decides before Next.js sees a request, and what it
// adds to every response. Pure functions, no I/O: unit-tested in tests/serve-policy.test.ts.
// Why each rule exists: docs/SECURITY.md ("The server in front of Next.js").
import net from 'node:net';

/** Headers and body within this time, or the connection gets a 408 and is closed. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** How often Node checks the two timeouts above (its default, 30 s, would double them). */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;
/** What the server reads and throws away after refusing a body, before it closes the connection. */
export const DRAIN_LIMIT_BYTES = 1024 * 1024;

/** The request header through which the server tells the application who the client is (lib/server/rate-limit.ts). */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

const API_PATH = /^\/api(?:\/|$)/;

export function isApiPath(pathname) {
  return API_PATH.test(pathname);
}

/**
 * True when a request target is an address of the API, as written and as Next.js will route it
 * (pathOf). A target that is one but not the other (`/api/../en/check`) gets the rules of pages,
 * the stricter ones.
 */
export function isApiTarget(target) {
  if (typeof target !== 'string') return false;
  const q = target.search(/[?#]/);
  return isApiPath(q < 0 ? target : target.slice(0, q)) && isApiPath(pathOf(target));
}

/**
 * The methods that reach Next.js, by kind of address. The API's route handlers answer every method
 * of the first list themselves (a translated JSON 405 for those they do not implement); pages and
 * files only read (GET, HEAD) and take form posts (POST, the server actions). Anything else,
 * TRACE and CONNECT included, is answered 405 here: Next.js cannot even build a request for TRACE.
 */
const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const PAGE_METHODS = ['GET', 'HEAD', 'POST'];

export function allowedMethods(api) {
  return api ? API_METHODS : PAGE_METHODS;
}

/**
 * The path of a request target as Next.js will route it: WHATWG URL parsing, which resolves `..`
 * (also as `%2e%2e`) and reads `\` as `/`, so `/api/../en/check` is a page, not the API. '/' for a
 * target that does not parse (`*`).
 */
export function pathOf(target) {
  try {
    return new URL(target, 'http://localhost').pathname;
  } catch {
    return '/';
  }
}

/**
 * The transport rules of a request body outside the API (pages and files), checked on the headers
 * alone. Pages take only form posts of a few fields, which browsers always send with a
 * Content-Length: a body must declare its length (411 otherwise) and stay within `limit` (413).
 * With a declared length, Node's parser never reads more than that, so the limit holds for the
 * bytes actually read. The API reads its bodies itself, with its own limit (lib/server/body.ts).
 * Returns null when the request may go on.
 */
export function bodyRefusal(api, headers, limit) {
  if (api) return null;
  const length = headers['content-length'];
  const chunked = headers['transfer-encoding'] !== undefined;
  if (chunked) return { status: 411, text: 'Length required: send a form with its Content-Length.' };
  if (length === undefined) return null;
  if (!/^\d+$/.test(length.trim())) return { status: 400, text: 'Bad request: the Content-Length is not a number.' };
  if (Number(length.trim()) > limit) return { status: 413, text: 'Payload too large: a form of this website is never that big.' };
  return null;
}

function normaliseAddress(value) {
  if (typeof value !== 'string') return null;
  let a = value.trim().toLowerCase();
  // [v6]:port and v4:port, as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.startsWith('::ffff:') && net.isIPv4(a.slice(7))) a = a.slice(7);
  return net.isIP(a) ? a : null;
}

/**
 * TRUST_PROXY: how many reverse proxies in front of the server append to X-Forwarded-For
 * (0 or unset: none, the server faces the clients). TRUST_X_REAL_IP=1: the ingress sets X-Real-IP
 * to the client's address, overwriting whatever the client sent. Anything else is a startup error.
 */
export function clientAddressSettings(env) {
  const hopsRaw = (env.TRUST_PROXY ?? '').trim();
  if (hopsRaw !== '' && !/^\d{1,2}$/.test(hopsRaw)) {
    throw new Error(`TRUST_PROXY must be the number of proxies in front of the server (0 to 99), not ${JSON.stringify(hopsRaw.slice(0, 20))}`);
  }
  const realIpRaw = (env.TRUST_X_REAL_IP ?? '').trim();
  if (realIpRaw !== '' && realIpRaw !== '0' && realIpRaw !== '1') throw new Error('TRUST_X_REAL_IP must be 1 or 0');
  return { trustedHops: hopsRaw === '' ? 0 : Number(hopsRaw), trustRealIp: realIpRaw === '1' };
}

/**
 * The client's address, which no client can choose:
 *  - with trustRealIp, X-Real-IP (the ingress overwrites it; the last value if there are several);
 *  - with N trusted hops, the Nth address from the right of X-Forwarded-For: each trusted proxy
 *    appends the address it saw, so whatever the client wrote itself stays further left. With
 *    fewer entries than hops (a request that did not pass every proxy), the leftmost;
 *  - otherwise (and whenever the header holds no address there) the socket's address.
 */
export function clientAddress(socketAddress, headers, { trustedHops, trustRealIp }) {
  const socket = normaliseAddress(socketAddress) ?? 'unknown';
  if (trustRealIp) {
    const values = String(headers['x-real-ip'] ?? '').split(',');
    const real = normaliseAddress(values[values.length - 1]);
    if (real) return real;
  }
  if (trustedHops > 0) {
    const entries = String(headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (entries.length > 0) {
      const entry = entries[Math.max(0, entries.length - trustedHops)];
      const address = normaliseAddress(entry);
      if (address) return address;
    }
  }
  return socket;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(hostname) {
  return LOOPBACK.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** An exact http(s) origin (scheme, host, optional port; nothing else), or null. Mirrors lib/embed/origin.ts asOrigin(). */
export function asOrigin(value) {
  if (typeof value !== 'string') return null;
  const candidate = value.endsWith('/') ? value.slice(0, -1) : value;
  let url;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  if (!/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return null;
  return url.origin === candidate ? url.origin : null;
}

/**
 * PUBLIC_ORIGIN: the one origin of the share link, the embed snippet and the alternate-language
 * links. Required when the server listens beyond this machine (a container, a deployment); a
 * server on a loopback address is reached only from this machine, at http://<address>:<port>,
 * which is then the default.
 */
export function resolvePublicOrigin(env, { hostname, port }) {
  const raw = env.PUBLIC_ORIGIN;
  if (raw !== undefined && raw.trim() !== '') {
    const origin = asOrigin(raw.trim());
    if (!origin) throw new Error(`PUBLIC_ORIGIN must be an exact origin such as https://werkvergunning.example.be (no path), not ${JSON.stringify(raw.slice(0, 80))}`);
    return origin;
  }
  if (isLoopback(hostname)) return `http://${hostname === '::1' ? '[::1]' : hostname}:${port}`;
  throw new Error(
    `PUBLIC_ORIGIN is required when the server listens on ${hostname}: the public address of the site, e.g. https://werkvergunning.example.be (docs/DEPLOYMENT.md).`,
  );
}

/**
 * The security headers next.config.ts `headers()` gives each path, from the build's
 * routes-manifest.json (the rules of lib/security/headers.ts, nextConfigHeaderRules): the server
 * puts them on the responses it writes itself, so that they carry exactly what Next.js would send.
 * Later rules win over earlier ones with the same header name, as in Next.js.
 */
export function headerRules(manifest) {
  const rules = (manifest?.headers ?? []).map((rule) => ({ regex: new RegExp(rule.regex), headers: rule.headers, conditional: Boolean(rule.has || rule.missing) }));
  if (rules.length === 0) throw new Error('routes-manifest.json has no header rules: is this a build of this application?');
  return function headersFor(pathname) {
    const out = {};
    for (const rule of rules) {
      if (rule.conditional || !rule.regex.test(pathname)) continue;
      for (const { key, value } of rule.headers) out[key] = value;
    }
    return out;
  };
}

/**
 * The headers of a response the server writes itself (a refusal, a client error): those of a
 * response that is not an HTML page, which next.config.ts gives the API (no framing, the CSP of a
 * resource, `default-src 'none'`).
 */
export function plainResponseHeaders(headersFor) {
  return { ...headersFor('/api'), 'Cache-Control': 'no-store' };
}

/** Response headers Next.js uses between its own parts, never meant for the client. */
export function isInternalHeader(name) {
  return /^x-middleware-/i.test(name);
}

/**
 * A redirect whose target holds a query string repeats the visitor's answers: no cache may keep it.
 * Returns the Cache-Control to set, or null.
 */
export function redirectCacheControl(status, location) {
  if (status < 300 || status > 399 || typeof location !== 'string') return null;
  return location.includes('?') ? 'private, no-store' : null;
}

/** Status of a client error that Node's HTTP parser raised (the request never reached Next.js). */
export function clientErrorStatus(code) {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    case 'HPE_INVALID_METHOD':
      return 405;
    default:
      return 400;
  }
}
