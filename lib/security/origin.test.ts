import { describe, expect, it } from 'vitest';
import { isCrossOriginWrite, requestHost } from './origin';

const h = (init: Record<string, string>) => new Headers(init);

describe('requestHost', () => {
  it('prefers the first x-forwarded-host, like Next.js', () => {
    expect(requestHost(h({ host: '10.0.0.5:3000', 'x-forwarded-host': 'Permit.example.be, proxy.internal' }))).toBe('permit.example.be');
    expect(requestHost(h({ host: 'permit.example.be' }))).toBe('permit.example.be');
    expect(requestHost(h({}))).toBeNull();
  });
});

describe('isCrossOriginWrite', () => {
  const host = { host: 'permit.example.be' };

  it('never blocks reads', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(isCrossOriginWrite(method, h({ ...host, origin: 'https://evil.example' }))).toBe(false);
    }
  });

  it('lets same-origin posts through, with or without a port', () => {
    expect(isCrossOriginWrite('POST', h({ ...host, origin: 'https://permit.example.be' }))).toBe(false);
    expect(isCrossOriginWrite('POST', h({ host: '127.0.0.1:3501', origin: 'http://127.0.0.1:3501' }))).toBe(false);
    expect(
      isCrossOriginWrite('POST', h({ host: 'app:3000', 'x-forwarded-host': 'permit.example.be', origin: 'https://permit.example.be' })),
    ).toBe(false);
  });

  it('lets posts without Origin through (Next decides, as by default)', () => {
    expect(isCrossOriginWrite('POST', h(host))).toBe(false);
  });

  it('blocks posts from another origin, a null origin or a malformed one', () => {
    for (const origin of ['https://evil.example', 'https://permit.example.be.evil.example', 'http://permit.example.be:8080', 'null', 'not a url']) {
      expect(isCrossOriginWrite('POST', h({ ...host, origin })), origin).toBe(true);
    }
    expect(isCrossOriginWrite('PUT', h({ ...host, origin: 'https://evil.example' }))).toBe(true);
  });

  it('blocks when the host is unknown but an Origin is given', () => {
    expect(isCrossOriginWrite('POST', h({ origin: 'https://permit.example.be' }))).toBe(true);
  });
});

import { isDecodablePath } from './limits';

describe('isDecodablePath', () => {
  it('accepts plain and well-encoded paths', () => {
    for (const p of ['/', '/en/check/workplace', '/fr/%C3%A9t%C3%A9', '/de/a%2Fb']) expect(isDecodablePath(p), p).toBe(true);
  });

  it('rejects broken percent-encoding', () => {
    for (const p of ['/en/check/%E0%A4%A', '/en/%', '/%ZZ', '/nl/%C3']) expect(isDecodablePath(p), p).toBe(false);
  });
});
