/**
 * The rate limit, ON, and the client key it counts by, which no client can forge (issue 13): a
 * production server of its own (scripts/serve.mjs, same build) per deployment setting, started
 * inside the test with API_RATE_LIMIT_PER_MINUTE=5. The default server of the other tests runs with
 * the limit off.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

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

/** Starts a server with `env`; returns its base URL and a stop function. */
async function startServer(env: Record<string, string>): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, HOSTNAME: '127.0.0.1', PUBLIC_ORIGIN: '', TRUST_PROXY: '', TRUST_X_REAL_IP: '', API_RATE_LIMIT_PER_MINUTE: '5', ...env },
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  };
  let stderr = '';
  server.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`rate-limited server exited: ${stderr}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`rate-limited server did not start: ${stderr}`);
}

const body = JSON.stringify({ asOf: '2026-11-21', workplace: { region: 'brussels' } });

function assess(request: APIRequestContext, base: string, headers: Record<string, string> = {}) {
  return request.post(`${base}/api/v1/assessments?locale=nl`, { data: body, headers: { 'content-type': 'application/json', ...headers } });
}

test.describe.configure({ mode: 'serial' });

test.describe('the server faces the clients (the default)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = await startServer({});
  });
  test.afterAll(async () => server?.stop());

  test('the 6th request within a minute gets 429 with Retry-After', async ({ request }) => {
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const res = await assess(request, server.base);
      statuses.push(res.status());
      expect(res.headers()['ratelimit-limit']).toBe('5');
      expect(res.headers()['ratelimit-remaining']).toBe(String(5 - i));
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);

    const sixth = await assess(request, server.base);
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
    const broken = await request.post(`${server.base}/api/v1/assessments`, { data: Buffer.from('{'), headers: { 'content-type': 'application/json' } });
    expect(broken.status()).toBe(429);
    // The rules endpoint shares the client's budget.
    expect((await request.get(`${server.base}/api/v1/rules?asOf=2026-11-21`)).status()).toBe(429);
  });

  test('rotating X-Forwarded-For, X-Real-IP or X-Client-Address buys no new budget', async ({ request }) => {
    for (let i = 0; i < 6; i++) {
      const res = await assess(request, server.base, {
        'x-forwarded-for': `198.51.100.${i}`,
        'x-real-ip': `203.0.113.${i}`,
        'x-client-address': `192.0.2.${i}`,
      });
      expect(res.status(), `claim ${i}`).toBe(429);
    }
  });

  test('the health check is never limited', async ({ request }) => {
    for (let i = 0; i < 8; i++) expect((await request.get(`${server.base}/api/health`)).status()).toBe(200);
  });
});

test.describe('behind one proxy that appends to X-Forwarded-For (TRUST_PROXY=1)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = await startServer({ TRUST_PROXY: '1' });
  });
  test.afterAll(async () => server?.stop());

  test('the client is the address the proxy appended, not the first entry the client wrote', async ({ request }) => {
    // The ingress appended 203.0.113.5 to whatever the client sent: rotating the client's part changes nothing.
    for (let i = 0; i < 5; i++) expect((await assess(request, server.base, { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.5` })).status()).toBe(200);
    const sixth = await assess(request, server.base, { 'x-forwarded-for': '198.51.100.99, 203.0.113.5', 'x-real-ip': '192.0.2.1' });
    expect(sixth.status()).toBe(429);
    // Another visitor behind the same ingress has a budget of its own.
    const other = await assess(request, server.base, { 'x-forwarded-for': '198.51.100.1, 203.0.113.6' });
    expect(other.status()).toBe(200);
    expect(other.headers()['ratelimit-remaining']).toBe('4');
  });
});

test.describe('behind an ingress that sets X-Real-IP (TRUST_X_REAL_IP=1)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = await startServer({ TRUST_X_REAL_IP: '1' });
  });
  test.afterAll(async () => server?.stop());

  test('the client is X-Real-IP', async ({ request }) => {
    for (let i = 0; i < 5; i++) expect((await assess(request, server.base, { 'x-real-ip': '203.0.113.7', 'x-forwarded-for': `198.51.100.${i}` })).status()).toBe(200);
    expect((await assess(request, server.base, { 'x-real-ip': '203.0.113.7' })).status()).toBe(429);
    const other = await assess(request, server.base, { 'x-real-ip': '203.0.113.8' });
    expect(other.status()).toBe(200);
    expect(other.headers()['ratelimit-remaining']).toBe('4');
  });
});
