/**
 * next-intl's `Link: <…>; rel="alternate"; hreflang="…"` header names each language version of a
 * page with an absolute URL, built from the request's Host (or X-Forwarded-Host). proxy.ts moves
 * every such URL to our configured public origin (lib/embed/public-origin.ts), so that no request
 * header decides an address we publish, and a shared cache cannot keep a poisoned one.
 */
export function withPublicOrigin(header: string, origin: string): string {
  return header.replace(/<([^>]*)>/g, (whole, target: string) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return whole; // relative: names no host
    }
    return `<${origin}${url.pathname}${url.search}>`;
  });
}
