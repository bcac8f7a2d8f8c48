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

const child = spawn(process.execPath, [server], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, HOSTNAME: process.env.HOSTNAME_BIND ?? '127.0.0.1', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
