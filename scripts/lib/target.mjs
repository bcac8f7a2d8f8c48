// The server a measuring script runs against, shared by scripts/size.mjs, lighthouse.mjs,
// bench-pages.mjs and soak.mjs.
//
//   BASE_URL=http://127.0.0.1:3501 npm run size   -> measure that running server, as it is
//   npm run size                                   -> build into NEXT_DIST_DIR (default .next-platform)
//                                                     when the sources changed, then start its
//                                                     standalone server on a free port (scripts/lib/server.mjs)
import { ensureBuild, startServer } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A complete set of answers (highly qualified worker from India, Ghent, €90,000 a year). */
export const RESULT_QUERY =
  'postcode=9000&nationality=IN&residence=abroad&employment=employee&contract=open&salary=90000&salaryPer=year' +
  '&age=35&qualification=master&experience=5&jobLevel=master&hqPosition=yes&nurseTeacher=no&case=hire' +
  '&executive=no&ict=none&asOf=2026-11-21';

/**
 * Runs `fn({ url, pid })` against BASE_URL, or against a freshly started standalone server
 * (pid: its node process, for /proc/<pid>/status; null for BASE_URL unless SERVER_PID is given).
 */
export async function withServer(fn, { env = {}, log = console.log } = {}) {
  if (process.env.BASE_URL) {
    const url = process.env.BASE_URL.replace(/\/$/, '');
    log(`server: ${url} (BASE_URL)`);
    return fn({ url, pid: process.env.SERVER_PID ? Number(process.env.SERVER_PID) : null });
  }
  const distDir = process.env.NEXT_DIST_DIR || '.next-platform';
  await ensureBuild(distDir, { log });
  const server = await startServer({ distDir, env });
  log(`server: ${server.url} (standalone build in ${distDir})`);
  try {
    return await fn({ url: server.url, pid: await serverPid(server.pid) });
  } finally {
    await server.stop();
  }
}

/**
 * start-test-server.mjs starts `node server.js` as a child; the measured process is that child.
 * Returns its pid (or the given one when it has no child).
 */
async function serverPid(launcherPid) {
  const { readFileSync, readdirSync } = await import('node:fs');
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === launcherPid) return Number(entry);
    } catch {
      // the process ended meanwhile
    }
  }
  return launcherPid;
}

/** Resident memory of a process in MiB, from /proc/<pid>/status (VmRSS), or null. */
export async function rssMiB(pid) {
  if (!pid) return null;
  const { readFileSync } = await import('node:fs');
  try {
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

export const fmt = {
  kb: (bytes) => `${(bytes / 1024).toFixed(1)} KB`,
  ms: (v) => `${Number(v).toFixed(1)} ms`,
  num: (v, d = 0) => Number(v).toFixed(d),
};

/**
 * Like withServer, but the standalone server's stdout and stderr are captured (returned as
 * `output()`), to check what it writes to its logs. With BASE_URL, output() is null.
 */
export async function withCapturedServer(fn, { env = {}, log = console.log } = {}) {
  if (process.env.BASE_URL) {
    const url = process.env.BASE_URL.replace(/\/$/, '');
    log(`server: ${url} (BASE_URL; its log is not visible from here)`);
    return fn({ url, pid: process.env.SERVER_PID ? Number(process.env.SERVER_PID) : null, output: () => null });
  }
  const { spawn } = await import('node:child_process');
  const path = await import('node:path');
  const { freePort, root } = await import('./server.mjs');
  const distDir = process.env.NEXT_DIST_DIR || '.next-platform';
  await ensureBuild(distDir, { log });
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start-test-server.mjs'), String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, API_RATE_LIMIT_PER_MINUTE: '', NEXT_DIST_DIR: distDir, ...env },
  });
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  child.stderr.on('data', (d) => chunks.push(d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${Buffer.concat(chunks).toString()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 150));
  }
  log(`server: ${url} (standalone build in ${distDir}, log captured)`);
  try {
    return await fn({ url, pid: await serverPid(child.pid), output: () => Buffer.concat(chunks).toString('utf8') });
  } finally {
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
