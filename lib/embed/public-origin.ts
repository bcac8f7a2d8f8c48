/**
 * Our public origin: the one origin of every absolute URL we write (the share link of a result, the
 * embed snippet, the alternate-language links of proxy.ts). Server only.
 *
 * It is configured, never read from the request: PUBLIC_ORIGIN (an exact http(s) origin). The
 * production server (scripts/serve.mjs) refuses to start without it unless it listens on a loopback
 * address, and then sets it to http://<address>:<port> (docs/DEPLOYMENT.md). Host,
 * X-Forwarded-Host and X-Forwarded-Proto are never used: a shared cache could otherwise keep a
 * page whose links point wherever a request's headers said.
 */
import { asOrigin } from './origin';

/** PUBLIC_ORIGIN, or (`next dev`, where nothing sets it) http://localhost:<PORT or 3000>. */
export function configuredPublicOrigin(env: Record<string, string | undefined> = process.env): string {
  return asOrigin(env.PUBLIC_ORIGIN?.trim()) ?? `http://localhost:${/^\d{1,5}$/.test(env.PORT ?? '') ? env.PORT : '3000'}`;
}

/** Async for the pages that await it. */
export async function publicOrigin(): Promise<string> {
  return configuredPublicOrigin();
}
