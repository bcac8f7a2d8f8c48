import { headers } from 'next/headers';

/**
 * The CSP nonce of the current request (set by proxy.ts), for a hand-written <script> or <style>
 * in a Server Component: `<script src="/embed.js" async nonce={await requestNonce()} />`.
 * Scripts that Next.js renders itself get the nonce without this. Undefined on pages with the
 * static policy (lib/security/headers.ts, STATIC_POLICY_PATHS). Reading it makes the page
 * rendered per request, which it must be to have a nonce at all.
 */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined;
}
