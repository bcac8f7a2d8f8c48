import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { nextConfigHeaderRules } from './lib/security/headers';
import { PAGE_POST_MAX_BYTES } from './lib/security/limits';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const config: NextConfig = {
  // Several builds may live side by side (tests, benchmarks): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // No source maps in the browser: nothing of the server's code or paths is shown to visitors.
  productionBrowserSourceMaps: false,
  // No image optimisation: the tool shows no raster images (next/image is not used). So the
  // standalone output needs no sharp/libvips (LGPL-3.0 binaries): leave them out (docs/LICENCES.md).
  images: { unoptimized: true },
  outputFileTracingExcludes: {
    '*': ['node_modules/sharp/**', 'node_modules/@img/**'],
  },
  experimental: {
    // app/global-not-found.tsx: the 404 of every address that matches no route, rendered whole on
    // the server and in the address's language (the root layout is app/[locale]/layout.tsx).
    globalNotFound: true,
    serverActions: {
      // A wizard step posts a handful of fields (the answers travel in the URL): 64 KiB is plenty.
      // proxy.ts refuses a larger declared body with a 413 before it gets here.
      // No allowedOrigins: server actions accept only our own origin (docs/SECURITY.md).
      bodySizeLimit: PAGE_POST_MAX_BYTES,
    },
    // The proxy buffers the body of each request it handles (pages only, not the API) so that both it
    // and the page can read it: no more than twice what a page accepts.
    proxyClientMaxBodySize: 2 * PAGE_POST_MAX_BYTES,
  },
  // Security headers of everything the proxy does not answer (API, files, the root 404); for
  // pages, proxy.ts sets the same headers with the page's own values (docs/SECURITY.md).
  async headers() {
    return nextConfigHeaderRules(process.env.NODE_ENV === 'development');
  },
};

export default withNextIntl(config);
