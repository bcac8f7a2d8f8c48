// Starts the standalone production server that `next build` produced, as it runs in production.
// Usage: node scripts/start-test-server.mjs [PORT]   (default: $PORT or 3000)
import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

const port = process.argv[2] ?? process.env.PORT ?? '3000';
const distDir = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.join(distDir, 'standalone');
const server = path.join(standalone, 'server.js');
if (!existsSync(server)) {
  console.error(`No production build in ${distDir}: run \`npm run build\` first.`);
  process.exit(1);
}
// The standalone folder needs the static assets and public files copied beside it.
cpSync(path.join(distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true });
if (existsSync('public')) cpSync('public', path.join(standalone, 'public'), { recursive: true });

// Browser tests frame the embed pages from host pages on other loopback ports (e2e/fixtures/host):
// when started for tests (an explicit PORT argument) and EMBED_EXTRA_ORIGINS is unset, allow
// http://127.0.0.1:<PORT + 1000 + i> for the 8 worker slots. `npm start` (no argument) adds nothing.
const extraOrigins =
  process.argv[2] !== undefined && process.env.EMBED_EXTRA_ORIGINS === undefined
    ? { EMBED_EXTRA_ORIGINS: Array.from({ length: 8 }, (_, i) => `http://127.0.0.1:${Number(port) + 1000 + i}`).join(',') }
    : {};

const child = spawn(process.execPath, [server], {
  stdio: 'inherit',
  env: { ...process.env, ...extraOrigins, PORT: port, HOSTNAME: process.env.HOSTNAME_BIND ?? '127.0.0.1', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
