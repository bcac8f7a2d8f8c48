// The server a measuring script runs against, shared by scripts/size.mjs, lighthouse.mjs,
// bench-pages.mjs and soak.mjs.
//
//   BASE_URL=http://127.0.0.1:3501 npm run size   -> measure that running server, as it is
//   npm run size                                   -> build into NEXT_DIST_DIR (default .next-platform)
//                                                     when the sources changed, then start its
//                                                     production server (scripts/serve.mjs) on a free port
import { readFileSync } from 'node:fs';
import { ensureBuild, startServer } from './server.mjs';

// Debian's Chromium and its flags on these machines, the same as the browser tests' (playwright.config.ts).
const chromium = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? chromium.executablePath;
export const CHROMIUM_FLAGS = ['--headless', ...chromium.args];

/** A complete set of answers (highly qualified worker from India, Ghent, €90,000 a year). */
export const RESULT_QUERY =
  'postcode=9000&nationality=IN&residence=abroad&employment=employee&contract=open&salary=90000&salaryPer=year' +
  '&age=35&qualification=master&experience=5&jobLevel=master&hqPosition=yes&nurseTeacher=no&case=hire' +
  '&executive=no&ict=none&fte=full&asOf=2026-11-21';

/**
 * Runs `fn({ url, pid })` against BASE_URL, or against a freshly started production server
 * (pid: the server's process, for /proc/<pid>/status; null for BASE_URL unless SERVER_PID is given).
 */
export async function withServer(fn, { env = {}, log = console.log } = {}) {
  return withCapturedServer(({ url, pid }) => fn({ url, pid }), { env, log, capture: false });
}

/** Resident memory of a process in MiB, from /proc/<pid>/status (VmRSS), or null. */
export async function rssMiB(pid) {
  if (!pid) return null;
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
 * Like withServer, but the server's stdout and stderr are captured (returned as `output()`), to
 * check what it writes to its logs. With BASE_URL, output() is null.
 */
export async function withCapturedServer(fn, { env = {}, log = console.log, capture = true } = {}) {
  if (process.env.BASE_URL) {
    const url = process.env.BASE_URL.replace(/\/$/, '');
    log(`server: ${url} (BASE_URL${capture ? '; its log is not visible from here' : ''})`);
    return fn({ url, pid: process.env.SERVER_PID ? Number(process.env.SERVER_PID) : null, output: () => null });
  }
  const distDir = process.env.NEXT_DIST_DIR || '.next-platform';
  await ensureBuild(distDir, { log });
  const server = await startServer({ distDir, env, capture });
  log(`server: ${server.url} (scripts/serve.mjs, build in ${distDir}${capture ? ', log captured' : ''})`);
  try {
    return await fn({ url: server.url, pid: server.pid, output: server.output });
  } finally {
    await server.stop();
  }
}
