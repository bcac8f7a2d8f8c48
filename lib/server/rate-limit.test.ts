import { describe, expect, it } from 'vitest';
import { clientKey, configuredLimit, FixedWindowLimiter } from './rate-limit';

describe('FixedWindowLimiter', () => {
  it('allows `limit` requests per window, then refuses with the seconds left', () => {
    const l = new FixedWindowLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([0, 1, 2].map((i) => l.hit('a', t0 + i * 1000).allowed)).toEqual([true, true, true]);
    const refused = l.hit('a', t0 + 20_000);
    expect(refused.allowed).toBe(false);
    expect(refused.remaining).toBe(0);
    expect(refused.resetSeconds).toBe(40);
    expect(l.hit('b', t0 + 20_000).allowed).toBe(true); // per client
  });
  it('opens a new window after the old one ends', () => {
    const l = new FixedWindowLimiter(1, 60_000);
    expect(l.hit('a', 0).allowed).toBe(true);
    expect(l.hit('a', 59_999).allowed).toBe(false);
    expect(l.hit('a', 60_000).allowed).toBe(true);
  });
  it('never holds more than maxClients windows', () => {
    const l = new FixedWindowLimiter(5, 60_000, 100);
    for (let i = 0; i < 10_000; i++) l.hit(`client-${i}`, 1000);
    expect(l.size).toBe(100);
  });
  it('sweeps expired windows', () => {
    const l = new FixedWindowLimiter(5, 60_000);
    for (let i = 0; i < 500; i++) l.hit(`client-${i}`, 0);
    l.hit('late', 120_000);
    expect(l.size).toBe(1);
  });
  it('Retry-After is at least one second', () => {
    const l = new FixedWindowLimiter(1, 60_000);
    l.hit('a', 0);
    expect(l.hit('a', 59_999).resetSeconds).toBe(1);
  });
});

describe('configuredLimit', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['abc', 0],
    ['-5', 0],
    ['5', 5],
    [' 120 ', 120],
  ])('%j -> %d', (raw, expected) => {
    expect(configuredLimit({ API_RATE_LIMIT_PER_MINUTE: raw })).toBe(expected);
  });
});

describe('clientKey', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('is the address the production server puts on the request', () => {
    expect(clientKey(h({ 'x-client-address': '203.0.113.7' }))).toBe('203.0.113.7');
  });
  it('never what the client says about itself', () => {
    const claims = { 'x-forwarded-for': '198.51.100.1, 198.51.100.2', 'x-real-ip': '198.51.100.3' };
    expect(clientKey(h({ ...claims, 'x-client-address': '203.0.113.7' }))).toBe('203.0.113.7');
    // Without the server in front (next dev), every client shares one key.
    expect(clientKey(h(claims))).toBe('anonymous');
  });
  it('bounds the key length', () => {
    expect(clientKey(h({ 'x-client-address': 'x'.repeat(5000) })).length).toBe(64);
  });
});
