import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { nextConfigHeaderRules } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const config: NextConfig = {
  // Several builds may live side by side (tests, benchmarks): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // No source maps in the browser: nothing of the server's code or paths is shown to visitors.
  productionBrowserSourceMaps: false,
  experimental: {
    // app/global-not-found.tsx: the 404 of addresses outside every locale (the root layout is
    // app/[locale]/layout.tsx, so a plain app/not-found.tsx would have no layout to render in).
    globalNotFound: true,
    serverActions: {
      // A wizard step posts a handful of fields (the answers travel in the URL): 64 KB is plenty.
      // No allowedOrigins: server actions accept only our own origin (docs/SECURITY.md).
      bodySizeLimit: '64kb',
    },
    // Proxy buffers request bodies to let both it and the route read them: keep that small too.
    // The API reads its own body with a 16 KiB limit (app/api); this only bounds the proxy's buffer.
    proxyClientMaxBodySize: '1mb',
  },
  // Security headers of everything the proxy does not answer (API, files, the root 404); for
  // pages, proxy.ts sets the same headers with the page's own values (docs/SECURITY.md).
  async headers() {
    return nextConfigHeaderRules(process.env.NODE_ENV === 'development');
  },
};

export default withNextIntl(config);
