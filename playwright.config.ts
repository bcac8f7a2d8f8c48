import { defineConfig, devices } from '@playwright/test';
import chromium from './scripts/lib/chromium.json';

/**
 * Browser and API tests run against the production build, served by scripts/serve.mjs as in
 * production. scripts/test-all.sh builds once; here we only start it. Debian's Chromium is used because
 * Playwright cannot download its own browser on these machines.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

/** Debian's Chromium and its flags on these machines, shared with the measuring scripts (scripts/lib/target.mjs). */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath,
  args: [...chromium.args, '--disable-quic'],
};

export default defineConfig({
  testDir: './e2e',
  // Playwright empties its output folder at the start of a run: a folder of its own, so that the
  // unit tests' report beside it (test-results/unit.json, scripts/test-all.sh) survives.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  // A whole journey in a real browser is 15–25 pages; leave room on a loaded 2-core machine.
  timeout: 180_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunch,
    trace: 'off',
  },
  projects: [
    { name: 'api', testMatch: /api\/.*\.spec\.ts/ },
    { name: 'js', testMatch: /browser\/.*\.spec\.ts/, use: { javaScriptEnabled: true } },
    { name: 'nojs', testMatch: /browser\/.*\.spec\.ts/, use: { javaScriptEnabled: false } },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // The production server exactly as `npm start` and the container run it (scripts/serve.mjs).
        command: `node scripts/serve.mjs --port ${port}`,
        env: {
          // /{locale}/test-error throws, for the 500 page tests (e2e/browser/errors.spec.ts).
          ENABLE_TEST_ERROR_ROUTE: '1',
          // The embed tests frame the tool from host pages on http://127.0.0.1:<port + 1000 + i>, one
          // per worker slot (e2e/browser/embed.spec.ts).
          EMBED_EXTRA_ORIGINS: Array.from({ length: 8 }, (_, i) => `http://127.0.0.1:${port + 1000 + i}`).join(','),
          // The rate limit is tested on a server of its own (e2e/api/rate-limit.spec.ts).
          API_RATE_LIMIT_PER_MINUTE: '',
          PUBLIC_ORIGIN: '',
          HOSTNAME: '127.0.0.1',
        },
        url: `http://127.0.0.1:${port}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
