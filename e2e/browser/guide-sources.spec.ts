/**
 * Every guidance statement and every shortage-list entry carries a source link beside it.
 */
import { expect, test, type Locator } from '@playwright/test';
import { routeIds } from '@/lib/rules/types';
import { shortageLists } from '@/lib/rules/data/shortage-lists';
import { locales } from '@/lib/i18n/locales';

async function expectEachHasSource(items: Locator, what: string) {
  const count = await items.count();
  expect(count, what).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const links = item.locator('a[data-source]');
    const id = (await item.getAttribute('data-statement')) ?? (await item.getAttribute('data-occupation'));
    expect(await links.count(), `${what}: ${id}`).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href, `${what}: ${id}`).toMatch(/^https:\/\//);
    }
  }
}

for (const route of routeIds) {
  test(`every guidance statement on ${route} has a source link (all authorities)`, async ({ page }) => {
    await page.goto(`/en/guidance/${route}`);
    await expectEachHasSource(page.locator('[data-statement]'), route);
    await expect(page.locator('[data-missing-source]')).toHaveCount(0);
  });
}

for (const locale of locales) {
  test(`guidance statements keep their sources in ${locale}, for one authority`, async ({ page }) => {
    await page.goto(`/${locale}/guidance/labour-market-test?authority=brussels`);
    await expectEachHasSource(page.locator('[data-statement]'), locale);
    await expect(page.locator('[data-authority-contact="brussels"] a[data-source]').first()).toHaveAttribute('href', /^https:\/\//);
  });
}

test('every shortage list entry has a source link, and every list links the official list', async ({ page }) => {
  await page.goto('/en/shortage-lists');
  const rows = page.locator('tr[data-occupation]');
  await expect(rows).toHaveCount(shortageLists.reduce((n, l) => n + l.occupations.length, 0));
  await expectEachHasSource(rows, 'shortage lists');
  for (const list of shortageLists) {
    const article = page.locator(`[data-list="${list.id}"]`);
    await expect(article, list.id).toHaveCount(1);
    await expect(article.locator('a[data-official-list]').first(), list.id).toHaveAttribute('href', /^https:\/\//);
    await expect(article.locator('p a[data-source]').first(), list.id).toHaveAttribute('href', /^https:\/\//);
  }
  await expect(page.locator('[data-missing-source]')).toHaveCount(0);
});
