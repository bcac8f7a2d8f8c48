#!/usr/bin/env node
// The one way to run the production server: `npm start`, the tests (playwright.config.ts), the
// measuring scripts (scripts/lib/server.mjs) and the container (Dockerfile) all start this file.
//
//   node scripts/serve.mjs [--port N]      in the repository: serves <NEXT_DIST_DIR or .next>/standalone
//   node serve.mjs                         in the image: beside Next's server.js (Dockerfile)
//
// It starts Next's standalone build behind our own http.Server (scripts/serve/server.mjs): timeouts
// that bound slow clients, the methods and bodies pages accept, a client address nobody can forge.
// Settings (environment; docs/DEPLOYMENT.md):
//   PORT (default 3000, or --port)    HOSTNAME: the IP address to listen on (default 127.0.0.1)
//   PUBLIC_ORIGIN: the site's public origin; required unless the server listens on a loopback
//     address, where it defaults to http://<address>:<port>
//   TRUST_PROXY: number of proxies in front that append to X-Forwarded-For (default 0)
//   TRUST_X_REAL_IP=1: the ingress sets X-Real-IP        KEEP_ALIVE_TIMEOUT: idle keep-alive, ms
import { cpSync, existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientAddressSettings, resolvePublicOrigin } from './serve/policy.mjs';
import { startProductionServer } from './serve/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function fail(message) {
  console.error(`[serve] ${message}`);
  process.exit(1);
}

function option(name) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
}

/** Where the standalone build is: beside this file in the image, under the dist folder in the repository. */
function locateBuild() {
  if (existsSync(path.join(here, 'server.js')) && existsSync(path.join(here, '.next', 'required-server-files.json'))) {
    return { dir: here, distDir: '.next' };
  }
  const root = path.resolve(here, '..');
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const dir = path.join(root, distDir, 'standalone');
  if (!existsSync(path.join(dir, 'server.js'))) fail(`no production build in ${distDir}: run \`npm run build\` first.`);
  // The standalone folder needs the static assets and the public files beside it (the Dockerfile copies them too).
  cpSync(path.join(root, distDir, 'static'), path.join(dir, distDir, 'static'), { recursive: true });
  if (existsSync(path.join(root, 'public'))) cpSync(path.join(root, 'public'), path.join(dir, 'public'), { recursive: true });
  return { dir, distDir };
}

const portRaw = option('port') ?? process.env.PORT ?? '3000';
if (!/^\d{1,5}$/.test(portRaw) || Number(portRaw) > 65535) fail(`not a port: ${JSON.stringify(portRaw)}`);
const port = Number(portRaw);
// HOSTNAME as Next's server.js reads it, but only an IP address: shells and containers also set
// HOSTNAME to the machine's name, which must not decide where the server listens.
const hostname = process.env.HOSTNAME && (net.isIP(process.env.HOSTNAME) || process.env.HOSTNAME === 'localhost') ? process.env.HOSTNAME : '127.0.0.1';
const keepAliveRaw = process.env.KEEP_ALIVE_TIMEOUT?.trim();
if (keepAliveRaw && !/^\d{1,7}$/.test(keepAliveRaw)) fail('KEEP_ALIVE_TIMEOUT must be a number of milliseconds');
const keepAliveTimeout = keepAliveRaw ? Number(keepAliveRaw) : undefined;

let publicOrigin;
let clientSettings;
try {
  publicOrigin = resolvePublicOrigin(process.env, { hostname, port });
  clientSettings = clientAddressSettings(process.env);
} catch (error) {
  fail(error.message);
}

const { dir, distDir } = locateBuild();
process.env.PORT = String(port);
process.env.PUBLIC_ORIGIN = publicOrigin;
process.env.NEXT_TELEMETRY_DISABLED = '1';
// Where Next.js sends the requests it makes to itself (a server action handled by another page's bundle).
process.env.__NEXT_PRIVATE_ORIGIN = `http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname === '::' ? '[::1]' : net.isIPv6(hostname) ? `[${hostname}]` : hostname}:${port}`;

let running;
try {
  running = await startProductionServer({ dir, distDir, hostname, port, keepAliveTimeout, clientSettings });
} catch (error) {
  fail(`could not start: ${error.message}`);
}
console.log(
  `[serve] http://${net.isIPv6(hostname) ? `[${hostname}]` : hostname}:${port} · public origin ${publicOrigin} · trusted proxies ${clientSettings.trustedHops}` +
    `${clientSettings.trustRealIp ? ' · X-Real-IP' : ''} · headers and body within 30 s`,
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await running.close();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
