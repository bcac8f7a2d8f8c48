/**
 * The production server in front of Next.js (scripts/serve.mjs), the one `npm start`, the container
 * and these tests run: methods, timeouts that bound slow clients, and the settings it refuses to
 * start without (docs/SECURITY.md, "The server in front of Next.js").
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { exchange } from '../../scripts/lib/forged.mjs';
import net from 'node:net';

const root = path.resolve(__dirname, '../..');

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['strict-transport-security'], where).toMatch(/^max-age=\d+/);
  expect(headers['referrer-policy'], where).toBe('same-origin');
  expect(headers['permissions-policy'], where).toContain('camera=()');
  expect(headers['content-security-policy'], where).toBe(`default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
}

test.describe('methods', () => {
  test('TRACE and the other unsupported methods get 405 with Allow and the security headers; nothing is echoed', async ({ baseURL }) => {
    for (const method of ['TRACE', 'TRACK', 'PROPFIND', 'PUT', 'DELETE', 'OPTIONS']) {
      for (const target of ['/en/check/workplace?salary=7391', '/en/check/a.b', '/icon.svg', '/']) {
        const res = await exchange(baseURL!, { method, path: target, headers: { 'x-secret': 'trace-me-7391' } });
        const where = `${method} ${target}`;
        expect(res.status, where).toBe(405);
        expect(res.headers['allow'], where).toBe('GET, HEAD, POST');
        expectSecurityHeaders(res.headers, where);
        expect(res.text, where).not.toContain('7391');
      }
    }
  });

  test('on the API, a JSON 405 in the API’s shape; the methods the route handlers know are theirs', async ({ baseURL }) => {
    const trace = await exchange(baseURL!, { method: 'TRACE', path: '/api/v1/assessments' });
    expect(trace.status).toBe(405);
    expect(trace.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(trace.text)).toEqual({ error: 'method_not_allowed', message: expect.stringContaining('TRACE') });
    expectSecurityHeaders(trace.headers, 'TRACE /api');
    // PUT reaches the route handler: its own translated 405.
    const put = await exchange(baseURL!, { method: 'PUT', path: '/api/v1/assessments?locale=de' });
    expect(put.status).toBe(405);
    expect(put.headers['allow']).toBe('POST, OPTIONS');
    expect(put.headers['content-language']).toBe('de');
    const options = await exchange(baseURL!, { method: 'OPTIONS', path: '/api/v1/assessments' });
    expect(options.status).toBe(204);
  });

  test('CONNECT, unknown and broken methods: a 4xx with the security headers, not Node’s bare answer', async ({ baseURL }) => {
    for (const raw of ['CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n', 'FOO /en HTTP/1.1\r\nHost: x\r\n\r\n', 'GET /en HTTP/1.1\r\nConnection: close\r\n\r\n']) {
      const res = await exchange(baseURL!, { raw });
      expect([400, 405], raw).toContain(res.status);
      expectSecurityHeaders(res.headers, raw);
    }
  });
});

test.describe('timeouts', () => {
  test.describe.configure({ timeout: 120_000 });

  /** Sends `first`, then a byte every 2 s; resolves with what the server answered and when. */
  function trickle(baseURL: string, first: string, drip: string) {
    const url = new URL(baseURL);
    return new Promise<{ ms: number; head: string }>((resolve) => {
      const started = Date.now();
      const socket = net.connect(Number(url.port), url.hostname);
      let received = '';
      const timer = setInterval(() => socket.writable && socket.write(drip), 2_000);
      const stop = setTimeout(() => socket.destroy(), 80_000);
      socket.on('data', (d) => (received += d.toString('latin1')));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        clearTimeout(stop);
        resolve({ ms: Date.now() - started, head: received.split('\r\n\r\n')[0] ?? '' });
      });
      socket.write(first);
    });
  }

  test('headers and body must arrive within 30 s: a slow client gets 408 and the connection is closed', async ({ baseURL }) => {
    const [headers, body] = await Promise.all([
      trickle(baseURL!, 'GET /en HTTP/1.1\r\nHost: x\r\n', 'X-A: b\r\n'),
      trickle(baseURL!, 'POST /api/v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{', ' '),
    ]);
    for (const [what, r] of [['headers', headers], ['body', body]] as const) {
      expect(r.head, what).toMatch(/^HTTP\/1\.1 408 /);
      expect(r.head.toLowerCase(), what).toContain('x-content-type-options: nosniff');
      // 30 s, checked every second; well under Node's defaults (300 s for a body).
      expect(r.ms, what).toBeGreaterThanOrEqual(29_000);
      expect(r.ms, what).toBeLessThan(45_000);
    }
  });
});

test.describe('settings it will not start without', () => {
  function start(env: Record<string, string | undefined>) {
    return new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', '1'], {
        cwd: root,
        env: { ...process.env, PUBLIC_ORIGIN: '', TRUST_PROXY: '', TRUST_X_REAL_IP: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('exit', (code) => {
        clearTimeout(killer);
        resolve({ code, output });
      });
    });
  }

  test('PUBLIC_ORIGIN when it listens beyond this machine (the container)', async () => {
    const r = await start({ HOSTNAME: '0.0.0.0' });
    expect(r.code).toBe(1);
    expect(r.output).toContain('PUBLIC_ORIGIN is required');
  });

  test('a PUBLIC_ORIGIN that is not an exact origin, a TRUST_PROXY that is not a count', async () => {
    for (const env of [{ PUBLIC_ORIGIN: 'https://werkvergunning.example.be/nl' }, { PUBLIC_ORIGIN: 'werkvergunning.example.be' }, { TRUST_PROXY: 'true' }]) {
      const r = await start({ HOSTNAME: '127.0.0.1', ...env });
      expect(r.code, JSON.stringify(env)).toBe(1);
      expect(r.output, JSON.stringify(env)).toMatch(/PUBLIC_ORIGIN must be|TRUST_PROXY must be/);
    }
  });
});
