/**
 * The production server's decisions (scripts/serve/policy.mjs), before Next.js sees a request:
 * methods, page bodies, the client's address, the public origin, and what it adds to responses.
 */
// @ts-expect-error: Next's compiled copy of path-to-regexp has no types
import { pathToRegexp } from 'next/dist/compiled/path-to-regexp';
import { describe, expect, it } from 'vitest';
import { nextConfigHeaderRules, resourceContentSecurityPolicy } from '../lib/security/headers';
import { CLIENT_ADDRESS_HEADER as APP_CLIENT_ADDRESS_HEADER } from '../lib/server/rate-limit';
import {
  allowedMethods,
  asOrigin,
  bodyRefusal,
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientAddressSettings,
  clientErrorStatus,
  headerRules,
  isApiTarget,
  isInternalHeader,
  pathOf,
  plainResponseHeaders,
  redirectCacheControl,
  resolvePublicOrigin,
} from '../scripts/serve/policy.mjs';
import { asOrigin as appAsOrigin } from '../lib/embed/origin';

const LIMIT = 64 * 1024;

describe('methods', () => {
  it('pages and files take GET, HEAD and POST; the API its route handlers’ methods; nobody TRACE', () => {
    expect(allowedMethods(false)).toEqual(['GET', 'HEAD', 'POST']);
    expect(allowedMethods(true)).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']));
    for (const api of [true, false]) for (const m of ['TRACE', 'TRACK', 'CONNECT', 'PROPFIND']) expect(allowedMethods(api)).not.toContain(m);
  });

  it('an address is the API only when it is one both as written and as Next.js routes it', () => {
    expect(isApiTarget('/api/health')).toBe(true);
    expect(isApiTarget('/api/v1/assessments?locale=fr')).toBe(true);
    expect(isApiTarget('/api')).toBe(true);
    for (const t of ['/api/../en/check/workplace', '/api/%2e%2e/en', '/en/../api/health', '/apis', '/en?x=/api', '*', '//api/x']) expect(isApiTarget(t), t).toBe(false);
    expect(pathOf('/api/../en/check')).toBe('/en/check');
  });
});

describe('page bodies', () => {
  it('must declare their length, within the form limit', () => {
    expect(bodyRefusal(false, { 'content-length': String(LIMIT) }, LIMIT)).toBeNull();
    expect(bodyRefusal(false, {}, LIMIT)).toBeNull();
    expect(bodyRefusal(false, { 'content-length': String(LIMIT + 1) }, LIMIT)?.status).toBe(413);
    expect(bodyRefusal(false, { 'content-length': '99999999999999999999' }, LIMIT)?.status).toBe(413);
    expect(bodyRefusal(false, { 'transfer-encoding': 'chunked' }, LIMIT)?.status).toBe(411);
    expect(bodyRefusal(false, { 'content-length': '1e3' }, LIMIT)?.status).toBe(400);
  });
  it('the API reads its own bodies, chunked or not (lib/server/body.ts)', () => {
    expect(bodyRefusal(true, { 'transfer-encoding': 'chunked' }, LIMIT)).toBeNull();
    expect(bodyRefusal(true, { 'content-length': String(10 * LIMIT) }, LIMIT)).toBeNull();
  });
});

describe('the client address', () => {
  const none = { trustedHops: 0, trustRealIp: false };
  it('is the socket address unless the deployment trusts a proxy', () => {
    expect(clientAddress('::ffff:198.51.100.7', { 'x-forwarded-for': '203.0.113.1', 'x-real-ip': '203.0.113.2' }, none)).toBe('198.51.100.7');
  });
  it('behind N proxies: the Nth address from the right of X-Forwarded-For', () => {
    const headers = { 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.0.0.2' };
    expect(clientAddress('10.0.0.3', headers, { trustedHops: 1, trustRealIp: false })).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.3', headers, { trustedHops: 2, trustRealIp: false })).toBe('203.0.113.5');
    // Whatever the client put in front stays on the left: rotating it changes nothing.
    for (const forged of ['1.1.1.1', '2.2.2.2, 3.3.3.3', 'garbage']) {
      expect(clientAddress('10.0.0.3', { 'x-forwarded-for': `${forged}, 203.0.113.5` }, { trustedHops: 1, trustRealIp: false })).toBe('203.0.113.5');
    }
  });
  it('with fewer entries than hops, the leftmost; with none or garbage, the socket', () => {
    expect(clientAddress('10.0.0.3', { 'x-forwarded-for': '203.0.113.5' }, { trustedHops: 3, trustRealIp: false })).toBe('203.0.113.5');
    expect(clientAddress('10.0.0.3', {}, { trustedHops: 1, trustRealIp: false })).toBe('10.0.0.3');
    expect(clientAddress('10.0.0.3', { 'x-forwarded-for': 'unknown' }, { trustedHops: 1, trustRealIp: false })).toBe('10.0.0.3');
  });
  it('X-Real-IP only when the deployment says its ingress sets it', () => {
    const headers = { 'x-real-ip': '203.0.113.9', 'x-forwarded-for': '203.0.113.8' };
    expect(clientAddress('10.0.0.3', headers, none)).toBe('10.0.0.3');
    expect(clientAddress('10.0.0.3', headers, { trustedHops: 0, trustRealIp: true })).toBe('203.0.113.9');
  });
  it('normalises addresses: IPv4-mapped, ports, brackets', () => {
    expect(clientAddress('10.0.0.3', { 'x-forwarded-for': '[2001:db8::1]:443' }, { trustedHops: 1, trustRealIp: false })).toBe('2001:db8::1');
    expect(clientAddress('10.0.0.3', { 'x-forwarded-for': '203.0.113.5:5555' }, { trustedHops: 1, trustRealIp: false })).toBe('203.0.113.5');
  });
  it('settings: TRUST_PROXY is a count, TRUST_X_REAL_IP a switch; anything else stops the start', () => {
    expect(clientAddressSettings({})).toEqual({ trustedHops: 0, trustRealIp: false });
    expect(clientAddressSettings({ TRUST_PROXY: '2', TRUST_X_REAL_IP: '1' })).toEqual({ trustedHops: 2, trustRealIp: true });
    expect(() => clientAddressSettings({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => clientAddressSettings({ TRUST_X_REAL_IP: 'yes' })).toThrow(/TRUST_X_REAL_IP/);
  });
  it('reaches the application under the header the rate limit reads', () => {
    expect(CLIENT_ADDRESS_HEADER).toBe(APP_CLIENT_ADDRESS_HEADER);
  });
});

describe('the public origin', () => {
  it('is required beyond loopback, and an exact origin', () => {
    expect(() => resolvePublicOrigin({}, { hostname: '0.0.0.0', port: 3000 })).toThrow(/PUBLIC_ORIGIN is required/);
    expect(() => resolvePublicOrigin({ PUBLIC_ORIGIN: 'https://a.example/path' }, { hostname: '0.0.0.0', port: 3000 })).toThrow(/exact origin/);
    expect(resolvePublicOrigin({ PUBLIC_ORIGIN: 'https://werkvergunning.example.be/' }, { hostname: '0.0.0.0', port: 3000 })).toBe('https://werkvergunning.example.be');
  });
  it('defaults to the loopback address a local server listens on', () => {
    expect(resolvePublicOrigin({}, { hostname: '127.0.0.1', port: 3000 })).toBe('http://127.0.0.1:3000');
    expect(resolvePublicOrigin({ PUBLIC_ORIGIN: '' }, { hostname: '::1', port: 8080 })).toBe('http://[::1]:8080');
  });
  it('is validated as the application validates origins', () => {
    for (const v of ['https://a.example', 'http://127.0.0.1:3000', 'https://a.example/', 'https://*.example', 'https://a.example/x', 'javascript:alert(1)', 'https://u:p@a.example', 'https://a.example:99999'])
      expect(asOrigin(v), v).toBe(appAsOrigin(v));
  });
});

describe('responses', () => {
  // The header rules as `next build` writes them into routes-manifest.json (Next's own path-to-regexp).
  const manifest = {
    headers: nextConfigHeaderRules(false).map((rule) => ({ ...rule, regex: pathToRegexp(rule.source, [], { strict: true, sensitive: false, delimiter: '/' }).source })),
  };
  it('the server’s own responses carry the headers next.config.ts gives a non-page response', () => {
    const headers = plainResponseHeaders(headerRules(manifest));
    expect(headers['Content-Security-Policy']).toBe(resourceContentSecurityPolicy);
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=/);
  });
  it('internal headers never leave; redirects with answers are not cached', () => {
    expect(isInternalHeader('x-middleware-rewrite')).toBe(true);
    expect(isInternalHeader('X-Middleware-Next')).toBe(true);
    expect(isInternalHeader('x-nextjs-cache')).toBe(false);
    expect(redirectCacheControl(308, '/en/check/workplace?postcode=1000')).toBe('private, no-store');
    expect(redirectCacheControl(307, '/en')).toBeNull();
    expect(redirectCacheControl(200, '/?a')).toBeNull();
  });
  it('client errors of the parser', () => {
    expect(clientErrorStatus('ERR_HTTP_REQUEST_TIMEOUT')).toBe(408);
    expect(clientErrorStatus('HPE_HEADER_OVERFLOW')).toBe(431);
    expect(clientErrorStatus('HPE_INVALID_METHOD')).toBe(405);
    expect(clientErrorStatus('HPE_INVALID_HEADER_TOKEN')).toBe(400);
  });
});
