/**
 * The guide pages exist in the four languages, pass axe (WCAG 2.2 A/AA tags) and work without
 * JavaScript (the `nojs` project runs the same tests with scripts disabled).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { locales } from '@/lib/i18n/locales';
import { routeIds } from '@/lib/rules/types';

const whatIf = 'compare/what-if?region=wallonia&nationality=IN&residence=abroad&salary=52000&salaryPer=year&from=flanders';

function pagesOf(locale: string): string[] {
  return [
    `/${locale}/guidance`,
    ...routeIds.map((r) => `/${locale}/guidance/${r}`),
    `/${locale}/guidance/highly-skilled?authority=flanders`,
    `/${locale}/compare?asOf=2026-10-01`,
    `/${locale}/${whatIf}`,
    `/${locale}/shortage-lists`,
    `/${locale}/shortage-lists?q=couvreur`,
    `/${locale}/how-it-decides?asOf=2026-10-01`,
  ];
}

for (const locale of locales) {
  test(`every guide page exists in ${locale}, with one h1 and the page language`, async ({ page }) => {
    for (const path of pagesOf(locale)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('main h1'), path).toHaveCount(1);
      // No message key leaked as text (next-intl prints the key path when a message is missing).
      await expect(page.locator('main'), path).not.toContainText(/guide\.[a-zA-Z]+\.[a-zA-Z]/);
    }
  });

  // One test per page: a long page (the comparison) gets axe's whole time budget.
  for (const path of pagesOf(locale)) {
    test(`axe finds no WCAG A/AA violation on ${path}`, async ({ page, javaScriptEnabled }) => {
      test.skip(!javaScriptEnabled, 'axe runs as a script in the page');
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('an unknown route is a 404', async ({ page }) => {
  const response = await page.goto('/en/guidance/astronaut');
  expect(response?.status()).toBe(404);
});

test('the guidance page offers the same page in the other languages, keeping the authority', async ({ page }) => {
  await page.goto('/en/guidance/eu-blue-card?authority=wallonia');
  const nav = page.getByRole('navigation', { name: 'This page in another language' });
  await expect(nav.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', '/nl/guidance/eu-blue-card?authority=wallonia');
  await nav.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/guidance\/eu-blue-card\?authority=wallonia$/);
  await expect(page.locator('main h1')).toContainText('Blaue Karte EU');
});
