/**
 * Our public origin, for the absolute URLs of the copy-paste snippet. Server only.
 *
 * EMBED_PUBLIC_ORIGIN (an exact http(s) origin) wins; otherwise the request's host as the reverse
 * proxy forwards it (X-Forwarded-Host / Host, X-Forwarded-Proto), validated as an origin. The value
 * is only shown to the visitor who sent those headers, on a page rendered per request.
 */
import { headers } from 'next/headers';
import { asOrigin } from './origin';

export async function publicOrigin(): Promise<string> {
  const configured = asOrigin(process.env.EMBED_PUBLIC_ORIGIN);
  if (configured) return configured;
  const h = await headers();
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? '').split(',')[0]!.trim().toLowerCase();
  const forwardedProto = (h.get('x-forwarded-proto') ?? '').split(',')[0]!.trim();
  const loopback = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/.test(host);
  const proto = forwardedProto === 'http' || forwardedProto === 'https' ? forwardedProto : loopback ? 'http' : 'https';
  return asOrigin(`${proto}://${host}`) ?? 'https://invalid.example';
}
