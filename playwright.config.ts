import { defineConfig, devices } from '@playwright/test';

/**
 * Browser and API tests run against a production build (`next build` then `next start`).
 * scripts/test-all.sh builds once; here we only start it. Debian's Chromium is used because
 * Playwright cannot download its own browser on these machines.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
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
        // ENABLE_TEST_ERROR_ROUTE=1: /{locale}/test-error throws, for the 500 page tests (e2e/browser/errors.spec.ts).
        command: `ENABLE_TEST_ERROR_ROUTE=1 node scripts/start-test-server.mjs ${port}`,
        url: `http://127.0.0.1:${port}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
