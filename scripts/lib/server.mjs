// Helpers shared by the benchmark scripts (scripts/bench.mjs, scripts/bench-pages.mjs, …):
// build the app into its own dist folder when the sources changed, start the production server (scripts/serve.mjs)
// on a free port, wait for /api/health, stop it; run autocannon; print a table.
//
//   import { ensureBuild, startServer, runLoad, printTable } from './lib/server.mjs';
//   await ensureBuild('.next-bench');
//   const server = await startServer({ distDir: '.next-bench' });
//   try { const r = await runLoad({ url: `${server.url}/en`, duration: 10 }); } finally { await server.stop(); }
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Everything that goes into a build; a build older than any of these is rebuilt. */
const buildInputs = [
  'app',
  'components',
  'lib',
  'messages',
  'public',
  'proxy.ts',
  'next.config.ts',
  'package.json',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    // Tests and benchmarks are not part of the build.
    if (/\.(test|spec|bench)\.[cm]?[jt]sx?$/.test(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

/** Why `distDir` must be (re)built, or null when its build is newer than every source file. */
export function buildStaleness(distDir) {
  const abs = path.resolve(root, distDir);
  const server = path.join(abs, 'standalone', 'server.js');
  const buildId = path.join(abs, 'BUILD_ID');
  if (!existsSync(server) || !existsSync(buildId)) return 'no build';
  const built = statSync(buildId).mtimeMs;
  const newest = Math.max(...buildInputs.map((p) => newestMtime(path.join(root, p))));
  return newest > built ? 'sources changed since the last build' : null;
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Builds the app into `distDir` (NEXT_DIST_DIR) if it is missing or stale, or always with force. */
export async function ensureBuild(distDir, { force = false, log = console.log } = {}) {
  const why = force ? 'rebuild requested' : buildStaleness(distDir);
  if (!why) {
    log(`build: ${distDir} is up to date`);
    return false;
  }
  log(`build: ${why}: next build into ${distDir} …`);
  // next build adds `<distDir>/types/**/*.ts` to tsconfig.json's include for any other dist folder:
  // put the file back as it was, so that measuring never leaves a change to commit.
  const tsconfig = path.join(root, 'tsconfig.json');
  const before = readFileSync(tsconfig, 'utf8');
  const { atime, mtime } = statSync(tsconfig);
  try {
    await run(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
    });
  } finally {
    if (readFileSync(tsconfig, 'utf8') !== before) {
      writeFileSync(tsconfig, before);
      utimesSync(tsconfig, atime, mtime); // not a source change: the build stays up to date
    }
  }
  return true;
}

/** A TCP port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code) => (exited = code ?? 'signal'));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`server exited (${exited}) before answering ${url}`);
    try {
      const res = await fetch(url);
      if (res.ok) return await res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the production server of `distDir` through scripts/serve.mjs (as `npm start`, the tests and
 * the container do) and resolves once /api/health answers. `env` is added to the server's
 * environment; the rate limit is off unless `env` sets API_RATE_LIMIT_PER_MINUTE. With `capture`,
 * the server's stdout and stderr are kept (`output()`), to check what it writes to its log.
 * Returns { url, port, pid (the server's own process), health, output(), stop() }.
 */
export async function startServer({ distDir = '.next', port, env = {}, quiet = true, capture = false, timeoutMs = 60_000 } = {}) {
  const p = port ?? (await freePort());
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(p)], {
    cwd: root,
    stdio: ['ignore', capture ? 'pipe' : quiet ? 'ignore' : 'inherit', capture ? 'pipe' : 'inherit'],
    env: { ...process.env, API_RATE_LIMIT_PER_MINUTE: '', PUBLIC_ORIGIN: '', HOSTNAME: '127.0.0.1', NEXT_DIST_DIR: distDir, ...env },
  });
  const chunks = [];
  if (capture) {
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
  }
  const url = `http://127.0.0.1:${p}`;
  let stopped = null;
  const stop = () => {
    if (stopped) return stopped;
    stopped = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      child.kill('SIGTERM');
    });
    return stopped;
  };
  try {
    const health = await waitForHealth(`${url}/api/health`, child, timeoutMs);
    return { url, port: p, pid: child.pid, health, output: () => (capture ? Buffer.concat(chunks).toString('utf8') : null), stop };
  } catch (error) {
    await stop();
    if (capture) error.message += `\n${Buffer.concat(chunks).toString('utf8').slice(-2000)}`;
    throw error;
  }
}

/**
 * Runs autocannon and returns the figures that matter:
 * { requestsPerSecond, p50, p90, p99, max, requests, errors, timeouts, non2xx }.
 */
export async function runLoad({ url, method = 'GET', body, headers = {}, connections = 20, duration = 10, ...rest }) {
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({ url, method, body, headers, connections, duration, ...rest });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Prints rows (arrays of cells) as an aligned text table; the first row is the header. */
export function printTable(rows, log = console.log) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  log(line(rows[0]));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) log(line(r));
}
