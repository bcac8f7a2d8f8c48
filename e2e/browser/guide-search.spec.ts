/**
 * The shortage-list search is a plain GET form: it works without JavaScript, finds an occupation by
 * a word in any of the four languages, and ignores accents.
 */
import { expect, test } from '@playwright/test';

const words = [
  { locale: 'nl', label: 'Zoek een beroep', button: 'Zoeken', word: 'dakdekker' },
  { locale: 'fr', label: 'Rechercher un métier', button: 'Rechercher', word: 'couvreur' },
  { locale: 'de', label: 'Beruf suchen', button: 'Suchen', word: 'Dachdecker' },
  { locale: 'en', label: 'Search an occupation', button: 'Search', word: 'roofer' },
] as const;

for (const { locale, label, button, word } of words) {
  test(`the search finds the roofer by "${word}" on the ${locale} page`, async ({ page }) => {
    await page.goto(`/${locale}/shortage-lists`);
    await page.getByLabel(label).fill(word);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
    const results = page.locator('[data-search-results]');
    await expect(results.locator('tr[data-occupation="roofer"]')).toHaveCount(1);
    await expect(results.locator('tr[data-occupation="roofer"] a[data-source]').first()).toHaveAttribute('href', /^https:\/\//);
  });
}

test('a word in another language than the page finds the occupation too', async ({ page }) => {
  await page.goto('/fr/shortage-lists?q=Dachdecker');
  await expect(page.locator('[data-search-results] tr[data-occupation="roofer"]')).toContainText('couvreur');
});

test('the search ignores accents and case', async ({ page }) => {
  await page.goto('/en/shortage-lists?q=DESAMIANTEUR');
  await expect(page.locator('[data-search-results] tr[data-occupation="asbestos-remover"]')).toHaveCount(1);
});

test('no result says the lists are incomplete and keeps the query in the field', async ({ page }) => {
  await page.goto('/en/shortage-lists?q=astronaut');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-results', '0');
  await expect(page.getByText('Our lists are incomplete')).toBeVisible();
  await expect(page.getByLabel('Search an occupation')).toHaveValue('astronaut');
});
