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

test('a page for one authority cites no other authority\'s pages (issue 11.8)', async ({ page }) => {
  // The Brussels pages back a federal figure (the decision period): on the Brussels page only.
  await page.goto('/en/guidance/highly-skilled?authority=flanders');
  await expect(page.locator('[data-statement="stepDecision"] a[data-source="myria-single-permit"]')).toHaveCount(1);
  await expect(page.locator('main a[data-source="brussels-single-permit-pages"]')).toHaveCount(0);
  await expect(page.locator('main a[href*=".brussels"], main a[href*="wallonie.be"], main a[href*="ostbelgien"]')).toHaveCount(0);
  await page.goto('/en/guidance/highly-skilled?authority=brussels');
  await expect(page.locator('[data-statement="stepDecision"] a[data-source="brussels-single-permit-pages"]')).toHaveCount(1);
  await expect(page.locator('main a[href*="vlaanderen.be/en/work-permits"], main a[href*="wallonie.be"], main a[href*="ostbelgien"]')).toHaveCount(0);
});

test('the visa step links the embassy list and the Immigration Office\'s visa page, in the reader\'s language where it exists', async ({ page }) => {
  await page.goto('/fr/guidance/eu-blue-card');
  const visa = page.locator('[data-statement="stepVisa"]');
  await expect(visa.locator('a[data-source="diplomatie-embassies"]').first()).toHaveAttribute('href', 'https://www.diplomatie.belgium.be');
  // The French version of the Immigration Office page, titled in French.
  const dofi = visa.locator('a[data-source="dofi-visa-d"]');
  await expect(dofi).toHaveAttribute('href', /\/fr\/themes\/third-country-nationals\/.*demande-de-visa-d-article-9$/);
  await expect(dofi).toHaveAttribute('hreflang', 'fr');
  await expect(dofi).toHaveAttribute('lang', 'fr');
  // No German version: the English page, its language named after the link.
  await page.goto('/de/guidance/eu-blue-card');
  const dofiDe = page.locator('[data-statement="stepVisa"] a[data-source="dofi-visa-d"]');
  await expect(dofiDe).toHaveAttribute('href', /\/en\/themes\/third-country-nationals\/.*d-visa-application-article-9$/);
  await expect(dofiDe).toHaveAttribute('hreflang', 'en');
  await expect(page.locator('[data-statement="stepVisa"] [data-page-language="en"]').first()).toHaveText(' (Englisch)');
});

test('a nurse, doctor or teacher learns where the qualification is recognised, per authority', async ({ page }) => {
  await page.goto('/nl/guidance/highly-skilled?authority=wallonia');
  await expect(page.locator('[data-statement="regulatedHealth"] a[data-source="health-visa-foreign-diploma"]')).toHaveAttribute('href', /health\.belgium\.be\/nl\//);
  await expect(page.locator('[data-statement="recognitionWallonia"] a[data-source="fwb-equivalence-procedure"]')).toHaveCount(1);
  await expect(page.locator('[data-statement="recognitionFlanders"]')).toHaveCount(0);
  await page.goto('/nl/guidance/highly-skilled?authority=brussels');
  const brussels = page.locator('[data-statement="recognitionBrussels"]');
  await expect(brussels.locator('a[data-source="vlaanderen-teacher-foreign-diploma"]')).toHaveCount(1);
  await expect(brussels.locator('a[data-source="fwb-teacher-recognition"]')).toHaveCount(1);
});
