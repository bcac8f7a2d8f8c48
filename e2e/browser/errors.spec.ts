/**
 * The 404 and 500 pages, against the production build, with and without JavaScript: localized in
 * the four languages, never a stack trace or an error message.
 *
 * The 500 page needs the server started with ENABLE_TEST_ERROR_ROUTE=1 (playwright.config.ts does
 * it for its own server): /{locale}/test-error then throws, and ?kind=not-found makes it call
 * notFound(). Without the variable that address is a plain 404 and those tests are skipped, with
 * that reason.
 *
 * Next.js 16 renders the error boundary of a failed page in the browser (the server sends the
 * 500 status and an empty body), so without JavaScript the 500 test checks status and absence of
 * any detail only. Addresses that match no route get a 404 rendered whole on the server
 * (app/global-not-found.tsx), so that one is checked in full in both modes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import de from '../../messages/de/errors.json';
import en from '../../messages/en/errors.json';
import fr from '../../messages/fr/errors.json';
import nl from '../../messages/nl/errors.json';

const catalogues = { nl, fr, de, en } as const;
const locales = ['nl', 'fr', 'de', 'en'] as const;

/** Nothing of the server's internals: no stack frame, no file path, no error text of ours. */
async function expectNoInternals(page: Page, html: string) {
  for (const text of [html, await page.locator('body').innerText()]) {
    expect(text).not.toMatch(/\bat [\w.<>$]+ \(|\.next(-\w+)?\/server|node_modules|webpack-internal|Test error thrown/);
  }
}

test.describe('404', () => {
  for (const locale of locales) {
    test(`an unknown address in ${locale}`, async ({ page }) => {
      const t = catalogues[locale].notFound;
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response!.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(t.title);
      await expect(page.locator('main h1')).toHaveText(t.heading);
      await expect(page.locator('main')).toContainText(t.typed);
      await expect(page.getByRole('link', { name: t.start })).toHaveAttribute('href', `/${locale}`);
      // The other three languages are offered, each in its own language.
      for (const other of locales.filter((l) => l !== locale)) {
        await expect(page.locator(`main li[lang="${other}"] a[href="/${other}"]`)).toHaveCount(1);
      }
      await expectNoInternals(page, await response!.text());
    });
  }

  test('an address deeper than any route, under a locale', async ({ page }) => {
    const response = await page.goto('/de/check/a/b/c');
    expect(response!.status()).toBe(404);
    await expect(page.locator('main h1')).toHaveText(de.notFound.heading);
  });

  test('an address outside every locale answers 404 and shows no internals', async ({ page }) => {
    const response = await page.goto('/no-such-file.txt');
    expect(response!.status()).toBe(404);
    await expectNoInternals(page, await response!.text());
  });

  // A one-segment address with a dot matches app/[locale] as an unknown locale; proxy.ts sends it to
  // the 404 rendered for the request (Next.js would serve its empty prerendered shell).
  test('an address outside every locale says it in all four languages', async ({ page }) => {
    const response = await page.goto('/no-such-file.txt');
    expect(response!.status()).toBe(404);
    for (const locale of locales) {
      await expect(page.locator(`main section[lang="${locale}"] h1`)).toHaveText(catalogues[locale].notFound.heading);
      await expect(page.locator(`main section[lang="${locale}"] a[href="/${locale}"]`)).toHaveCount(1);
    }
    await expectNoInternals(page, await response!.text());
  });

  test('files we do not have (favicon, robots.txt, probes) get the same page; our own files are served', async ({ request }) => {
    for (const path of ['/favicon.ico', '/robots.txt', '/wp-login.php', '/.env']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      const html = await res.text();
      for (const locale of locales) expect(html, `${path} ${locale}`).toContain(`lang="${locale}"`);
      expect(html, path).toContain(catalogues.en.notFound.heading);
    }
    for (const path of ['/embed.js', '/icon.svg']) expect((await request.get(path)).status(), path).toBe(200);
  });

  test('a page that reports "not found" itself shows the localized 404 of app/[locale]/not-found.tsx', async ({ page, request, javaScriptEnabled }) => {
    test.skip((await request.get('/en/test-error')).status() === 404, 'the server runs without ENABLE_TEST_ERROR_ROUTE=1');
    const response = await page.goto('/fr/test-error?kind=not-found');
    expect(response!.status()).toBe(404);
    await expectNoInternals(page, await response!.text());
    // Rendered by Next.js in the browser (see the note at the top).
    if (javaScriptEnabled !== false) {
      await expect(page.locator('main h1')).toHaveText(fr.notFound.heading);
      await expect(page).toHaveTitle(new RegExp(`^${fr.notFound.title}`));
    }
  });
});

test.describe('500', () => {
  test.beforeEach(async ({ request }) => {
    const probe = await request.get('/en/test-error');
    test.skip(probe.status() === 404, 'the server runs without ENABLE_TEST_ERROR_ROUTE=1');
  });

  for (const locale of locales) {
    test(`an error while rendering a page, in ${locale}`, async ({ page, javaScriptEnabled }) => {
      const t = catalogues[locale].serverError;
      const response = await page.goto(`/${locale}/test-error`);
      expect(response!.status()).toBe(500);
      await expectNoInternals(page, await response!.text());
      if (javaScriptEnabled === false) return;
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('main h1')).toHaveText(t.heading);
      await expect(page.locator('main')).toContainText(t.answersKept);
      await expect(page.getByRole('button', { name: t.retry })).toBeVisible();
      await expect(page.getByRole('link', { name: t.start })).toHaveAttribute('href', `/${locale}`);
      // The digest is shown as a reference; the error's message is not.
      await expect(page.locator('main')).toContainText(/\d{5,}/);
      await expectNoInternals(page, await page.content());
    });
  }
});

test('the error pages pass axe (WCAG 2.2 AA rules)', async ({ page, request, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, 'axe runs in the page');
  const paths = ['/nl/no-such-page', '/no-such-file.txt'];
  if ((await request.get('/en/test-error')).status() !== 404) paths.push('/fr/test-error', '/de/test-error?kind=not-found');
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('main h1').first()).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), path).toEqual([]);
  }
});
