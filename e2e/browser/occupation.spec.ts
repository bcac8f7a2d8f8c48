/**
 * The occupation look-up of the shortage-list question (issue 11.4), with and without JavaScript:
 * a GET search in the list in force, in any of the four languages; with JavaScript the occupations
 * also filter as one types. The full journey is in journeys.spec.ts (the "shortage" journey).
 */
import { expect, test } from '@playwright/test';
import { AS_OF, expectStep, searchOccupation, wizardMessage } from '../helpers/wizard';

const page0 = `/nl/check/shortage-list?asOf=${AS_OF}&case=hire&contract=open&employment=employee&jobLevel=secondary&nationality=PH&postcode=2000&qualification=secondary&residence=abroad&salary=32000&salaryPer=year&fte=full&hqPosition=no&age=28&experience=4&executive=no&ict=none&diplomaDate=unknown`;

test('the list in force, a search without JavaScript\'s help, and the occupation chosen by name', async ({ page }) => {
  await page.goto(page0);
  await expectStep(page, 'shortage-list');
  await expect(page.locator('main [data-list-expired="false"]')).toContainText('1 januari 2026');
  // Before a search no occupation is offered, only the other answers.
  await expect(page.locator('main input[name="shortageList"][value="roofer"]')).toBeHidden();
  await searchOccupation(page, 'Dachdecker');
  await expect(page.locator('main label[for="shortageList-roofer"]')).toHaveText('dakdekker');
  // Removed occupations are said to be off the list, not offered.
  await searchOccupation(page, 'vrachtwagen');
  await expect(page.locator('main form[role=search] li')).toContainText('vrachtwagenbestuurder');
  await expect(page.locator('main input[name="shortageList"][value="truck-driver"]')).toHaveCount(0);
  // The answers of the page survive the search.
  expect(new URL(page.url()).searchParams.get('salary')).toBe('32000');
});

test('with JavaScript, the occupations filter as one types', async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'filtering as one types needs JavaScript; the search form is tested above');
  await page.goto(page0);
  await page.locator('main input[name="q"]').pressSequentially('diamant');
  await expect(page.locator('main input[name="shortageList"][value="diamond-cutter"]')).toBeVisible();
  await expect(page.locator('main input[name="shortageList"][value="roofer"]')).toBeHidden();
  await expect(page.locator('main form[role=search] [role=status]')).toHaveText('1 beroep van deze lijst komt overeen');
  await page.locator('main input[name="shortageList"][value="diamond-cutter"]').check();
  await page.locator('main form:not([role=search]) button[type=submit]:not([name])').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('occupation')).toBe('diamond-cutter');
  expect(wizardMessage('nl', 'steps.shortage-list.options.no')).toBeTruthy();
});

test('a list in force that could not be found says so (Wallonia since 1 October 2026)', async ({ page }) => {
  await page.goto(page0.replace('postcode=2000', 'postcode=4000'));
  await expectStep(page, 'shortage-list');
  const list = page.locator('main [data-list-expired="false"]');
  await expect(list).toContainText('1 oktober 2026');
  await expect(list).toContainText(wizardMessage('nl', 'steps.shortage-list.completeness.not-found'));
});
