/**
 * "What if this job were in …" reruns the wizard's answers for another authority, clearly marked as
 * a comparison; the guidance page narrows to one authority with a plain form.
 */
import { expect, test } from '@playwright/test';
import { assess } from '@/lib/rules';
import { toAnswers } from '@/lib/flow/questions';
import { parseFlowParams } from '@/lib/flow/url';
import { whatIfHref } from '@/lib/guide/links';

const answers = 'nationality=IN&residence=abroad&employment=employee&salary=90000&salaryPer=year&qualification=master&age=35';

test('the what-if page assesses the same answers for the chosen authority, as the rules module does', async ({ page }) => {
  await page.goto(`/en/compare/what-if?region=wallonia&${answers}&from=flanders&asOf=2026-10-01`);
  await expect(page.locator('[data-comparison-banner]')).toContainText('Comparison only');
  await expect(page.locator('[data-comparison-banner]')).toContainText('in the Flemish Region');
  const state = parseFlowParams(new URLSearchParams(`region=wallonia&${answers}`)).state;
  const expected = assess(toAnswers(state, {}, '2026-10-01')!, 'en', '2026-10-01');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', expected.verdict);
  const shown = await page.locator('li[data-route]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-route')}:${e.getAttribute('data-status')}`));
  expect(shown).toEqual(expected.routes.map((r) => `${r.id}:${r.status}`));
});

test('the workplace is replaced by the compared region, even when the answers give a postcode', async ({ page }) => {
  await page.goto(`/en/compare/what-if?postcode=1000&region=german-speaking-community&${answers}`);
  await expect(page.locator('main h1')).toContainText('German-speaking Community');
  // Brussels (postcode 1000) has no executive route; the German-speaking Community has one.
  await expect(page.locator('li[data-route="executive"]')).toHaveCount(1);
});

test('links to the other authorities keep the answers', async ({ page }) => {
  await page.goto(`/nl/compare/what-if?region=brussels&${answers}&from=flanders`);
  await expect(page.locator('li[data-route="executive"]')).toHaveCount(0);
  const href = whatIfHref('nl', parseFlowParams(new URLSearchParams(answers)).state, 'wallonia', { from: 'flanders' });
  const link = page.locator(`a[href="${href}"]`);
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/region=wallonia/);
  await expect(page.locator('li[data-route="executive"]')).toHaveCount(1);
});

test('without answers, the what-if page sends the user to the check', async ({ page }) => {
  await page.goto('/fr/compare/what-if?region=brussels');
  await expect(page.getByRole('link', { name: 'Commencer le test' })).toHaveAttribute('href', '/fr');
  await page.goto('/fr/compare/what-if?region=mars&nationality=IN');
  await expect(page.getByText('Choisissez l’une des quatre autorités.').or(page.getByText("Choisissez l'une des quatre autorités."))).toBeVisible();
});

test('the guidance page narrows to one authority with a plain form, and shows its official page', async ({ page }) => {
  await page.goto('/en/guidance/highly-skilled');
  await expect(page.locator('[data-statement="under30Clause"]')).toHaveCount(1);
  await page.getByLabel('Where is the job?').selectOption('brussels');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/authority=brussels/);
  await expect(page.locator('[data-authority-contact="brussels"]')).toBeVisible();
  await expect(page.locator('[data-statement="under30Clause"]')).toHaveCount(0);
  await expect(page.locator('[data-statement="docPassportBrussels"]')).toHaveCount(1);
});

test('the executive guidance says Brussels does not offer the category', async ({ page }) => {
  await page.goto('/de/guidance/executive?authority=brussels');
  await expect(page.locator('.warning')).toContainText('Die Region Brüssel-Hauptstadt kennt diese Kategorie nicht');
});
