/**
 * The rate limit, ON: a second standalone server from the same build, started inside the test with
 * API_RATE_LIMIT_PER_MINUTE=5. The default server of the other tests runs with the limit off.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
let server: ChildProcess | null = null;
let base = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(root, 'scripts', 'start-test-server.mjs'), String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, API_RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: '', NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next' },
  });
  let stderr = '';
  server.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`rate-limited server exited: ${stderr}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`rate-limited server did not start: ${stderr}`);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
});

const body = JSON.stringify({ asOf: '2026-11-21', workplace: { region: 'brussels' } });

test('the 6th request within a minute gets 429 with Retry-After', async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 1; i <= 5; i++) {
    const res = await request.post(`${base}/api/v1/assessments?locale=nl`, { data: body, headers: { 'content-type': 'application/json' } });
    statuses.push(res.status());
    expect(res.headers()['ratelimit-limit']).toBe('5');
    expect(res.headers()['ratelimit-remaining']).toBe(String(5 - i));
  }
  expect(statuses).toEqual([200, 200, 200, 200, 200]);

  const sixth = await request.post(`${base}/api/v1/assessments?locale=nl`, { data: body, headers: { 'content-type': 'application/json' } });
  expect(sixth.status()).toBe(429);
  expect(sixth.headers()['content-type']).toBe('application/json; charset=utf-8');
  const retryAfter = Number(sixth.headers()['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const json = await sixth.json();
  expect(json).toEqual({ error: 'rate_limited', message: expect.any(String) });
  expect(json.message).toContain(String(retryAfter)); // "Probeer het opnieuw over N seconden."

  // Refused before the body is read: even a broken body gets 429, not 400.
  const broken = await request.post(`${base}/api/v1/assessments`, { data: Buffer.from('{'), headers: { 'content-type': 'application/json' } });
  expect(broken.status()).toBe(429);
  // The rules endpoint shares the client's budget.
  expect((await request.get(`${base}/api/v1/rules?asOf=2026-11-21`)).status()).toBe(429);
});

test('the health check is never limited', async ({ request }) => {
  for (let i = 0; i < 8; i++) expect((await request.get(`${base}/api/health`)).status()).toBe(200);
});

test('another client (X-Real-IP) has its own budget', async ({ request }) => {
  const res = await request.post(`${base}/api/v1/assessments`, {
    data: body,
    headers: { 'content-type': 'application/json', 'x-real-ip': '198.51.100.23' },
  });
  expect(res.status()).toBe(200);
  expect(res.headers()['ratelimit-remaining']).toBe('4');
});
