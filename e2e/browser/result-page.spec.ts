/**
 * Issue 11.6 and 11.3 on the result page, with JavaScript and without: the result answers first
 * (verdict, recommended route and next steps, then its documents, fees and time); the other routes
 * are one-line cards linking to a page of their own with the same answers; the figures to confirm
 * are this result's only, each linked with where it is used; the Flemish under-30 clause; the
 * answers that decide most come first; every "still needed" answer links to its question; the
 * printout includes the answers.
 */
import { expect, test, type Page } from '@playwright/test';
import { AS_OF, answersOf, recommendedRoute, verdict, wizardMessage } from '../helpers/wizard';

/** A highly skilled hire in Ghent; `salary` and `age` vary. */
const hire = (salary: number, age: number) =>
  `case=hire&postcode=9000&nationality=IN&residence=abroad&employment=employee&contract=open&salary=${salary}&salaryPer=year&fte=full` +
  `&age=${age}&qualification=master&experience=5&jobLevel=master&hqPosition=yes&nurseTeacher=no&posted=no` +
  `&executive=no&ict=none&transfer=none&researcher=no&asOf=${AS_OF}`;
const UNDER_30 = hire(45_000, 29);
const TYPICAL = hire(90_000, 35);
/** "I don't know" to everything that offers it, in Liège. */
const DONT_KNOW =
  'case=unknown&postingEmployer=unknown&hqExecutive=unknown&postDoc=unknown&student=unknown&shortBusiness=unknown&diplomaDate=unknown' +
  '&postcode=4000&employment=employee&nationality=unknown&residence=unknown&contract=unknown&salary=unknown&age=unknown' +
  '&qualification=unknown&experience=unknown&jobLevel=unknown&hqPosition=unknown&nurseTeacher=unknown&posted=unknown' +
  '&executive=unknown&ict=unknown&transfer=unknown&researcher=unknown&fte=unknown&shortageList=unknown' +
  `&pesShortageList=unknown&published=unknown&eures=unknown&weeks=unknown&publishedFrom=unknown&support=unknown&candidate=unknown&asOf=${AS_OF}`;

/** The answers the page used (those on the flow's path): the query of its "Change your answers" link. */
async function answersUsed(page: Page): Promise<Record<string, string>> {
  return answersOf(new URL((await page.locator('main a[href*="/check/answers"]').first().getAttribute('href'))!, page.url()).href);
}

/** Document order of the elements matched by each selector (their first match). */
async function order(page: Page, selectors: string[]): Promise<number[]> {
  return page.evaluate((sels) => {
    const all = [...document.querySelectorAll('*')];
    return sels.map((s) => all.indexOf(document.querySelector(s)!));
  }, selectors);
}

test('the result answers first: verdict, recommended route with next steps, documents, fees, time, then why and the other routes', async ({ page }) => {
  await page.goto(`/en/check/result?${UNDER_30}`);
  await expect(recommendedRoute(page)).toHaveAttribute('data-route', 'highly-skilled');
  await expect(recommendedRoute(page)).toContainText(wizardMessage('en', 'result.nextStepsHeading'));
  const positions = await order(page, ['[data-testid=verdict]', '[data-testid=recommended-route]', '#documents-heading', '#fees-heading', '#time', '#checks-heading', '#routes-heading']);
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // Only the recommended route in full: its checks; the others are cards without their checks.
  const checks = page.locator('section[aria-labelledby=checks-heading] [data-check]');
  expect(await checks.count()).toBeGreaterThan(0);
  await expect(page.locator('main [data-check]')).toHaveCount(await checks.count());
  await expect(page.locator('main section[data-route-status][data-route=highly-skilled]')).toHaveCount(1);
});

test('each other route is a card with its deciding reason and a page of its own with the same answers', async ({ page }) => {
  await page.goto(`/en/check/result?${UNDER_30}`);
  const card = page.locator('main section.route-card[data-route=eu-blue-card]');
  await expect(card).toHaveAttribute('data-route-status', 'ineligible');
  // The deciding reason: the salary check, and what would change it.
  await expect(card).toContainText('is below');
  await expect(card.locator('[data-check]')).toHaveCount(0);
  const link = card.getByRole('link', { name: new RegExp(wizardMessage('en', 'result.routeLink')) });
  const href = new URL((await link.getAttribute('href'))!, page.url());
  expect(href.pathname).toBe('/en/check/result/eu-blue-card');
  expect(answersOf(href.href)).toEqual(await answersUsed(page));

  await link.click();
  await expect(page.getByTestId('route-page')).toHaveAttribute('data-route', 'eu-blue-card');
  await expect(page.locator('main h1')).toContainText('EU Blue Card');
  // In full: its checks (with figures and sources), documents and fees.
  await expect(page.locator('main [data-check=salary-threshold]')).toHaveAttribute('data-check-status', 'fail');
  await expect(page.locator('main [data-check] details').first()).toBeAttached();
  await expect(page.locator('#documents-heading')).toBeVisible();
  await expect(page.locator('#fees-heading')).toBeVisible();
  // Back to the result with the same answers.
  await page.locator('main').getByRole('link', { name: wizardMessage('en', 'result.backToResult') }).click();
  expect(new URL(page.url()).pathname).toBe('/en/check/result');
  await expect(recommendedRoute(page)).toHaveAttribute('data-route', 'highly-skilled');
});

test('an unknown route goes back to the result', async ({ page }) => {
  await page.goto(`/en/check/result/no-such-route?${TYPICAL}`);
  expect(new URL(page.url()).pathname).toBe('/en/check/result');
  await expect(verdict(page)).toBeVisible();
});

test('the embedded result links to the embedded route page, preset kept', async ({ page }) => {
  await page.goto(`/en/embed/check/result?preset=flanders&${UNDER_30.replace('postcode=9000&', '')}`);
  const href = await page.locator('main section.route-card[data-route=executive] a').last().getAttribute('href');
  const url = new URL(href!, page.url());
  expect(url.pathname).toBe('/en/embed/check/result/executive');
  expect(url.searchParams.get('preset')).toBe('flanders');
  await page.goto(url.href);
  await expect(page.getByTestId('route-page')).toHaveAttribute('data-route', 'executive');
});

test('the figures to confirm are this result’s only, each linked with where it is used', async ({ page }) => {
  await page.goto(`/en/check/result?${UNDER_30}`);
  const box = page.locator('section[aria-labelledby=confirm-heading]');
  await expect(box).toBeVisible();
  // The Blue Card's threshold is flagged by the rules, but this result does not rely on it.
  await expect(box).not.toContainText('63,586');
  for (const a of await box.locator('a[href^="#"]').all()) {
    const id = (await a.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  // … and where it is used, a link back to it.
  for (const a of await page.locator('main a[href^="#confirm-"]').all()) {
    const id = (await a.getAttribute('href'))!.slice(1);
    await expect(box.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  expect(await page.locator('main a[href^="#confirm-"]').count()).toBeGreaterThan(0);
});

test('the Flemish under-30 clause where the reduced threshold is used, not otherwise', async ({ page }) => {
  await page.goto(`/en/check/result?${UNDER_30}`);
  const clause = page.getByTestId('under-30-clause');
  await expect(clause).toBeVisible();
  await expect(clause).toContainText('day before their 30th birthday');
  await expect(clause.locator('a[href^="https://www.agii.be/"]')).toHaveCount(1);
  await page.goto(`/en/check/result?${TYPICAL}`);
  await expect(page.getByTestId('under-30-clause')).toHaveCount(0);
});

test('"I don\'t know" everywhere: the answers that decide most come first, nationality first, each a link back to its question', async ({ page }) => {
  await page.goto(`/en/check/result?${DONT_KNOW}`);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'undetermined');
  const deciding = page.getByTestId('deciding-answers');
  await expect(deciding.locator('h2')).toHaveText(wizardMessage('en', 'result.decidingHeading'));
  const [decidingAt, routesAt] = await order(page, ['[data-testid=deciding-answers]', '#routes-heading']);
  expect(decidingAt).toBeLessThan(routesAt!);
  const first = deciding.locator('li a').first();
  await expect(first).toHaveText(wizardMessage('en', 'steps.nationality.summary'));
  const href = new URL((await first.getAttribute('href'))!, page.url());
  expect(href.pathname).toBe('/en/check/nationality');
  expect(href.searchParams.get('return')).toBe('result');
  expect(answersOf(href.href)).toEqual(await answersUsed(page));
});

test('every "still needed" answer is a link to the question that answers it', async ({ page }) => {
  await page.goto(`/en/check/result?${DONT_KNOW}`);
  const still = page.locator('main p', { hasText: wizardMessage('en', 'result.stillNeeded') });
  expect(await still.count()).toBeGreaterThan(0);
  for (const p of await still.all()) {
    const links = p.locator('a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const a of await links.all()) {
      const url = new URL((await a.getAttribute('href'))!, page.url());
      expect(url.pathname).toMatch(/^\/en\/check\/[a-z-]+$/);
      expect(url.searchParams.get('return')).toBe('result');
    }
  }
});

test('the printout: the answers, the recommended route and its checklist; no links to share or compare', async ({ page }) => {
  await page.goto(`/en/check/result?${UNDER_30}`);
  await page.emulateMedia({ media: 'print' });
  const answers = page.getByTestId('your-answers');
  await expect(answers.locator('[data-step=salary] dd')).toBeVisible();
  await expect(answers.locator('[data-step=salary] dd')).toContainText('45,000');
  await expect(page.locator('#documents-heading')).toBeVisible();
  await expect(page.getByTestId('under-30-clause')).toBeVisible();
  await expect(page.getByTestId('what-if')).toBeHidden();
  await expect(page.getByTestId('candidate-guidance')).toBeHidden();
  await expect(page.locator('#result-link')).toBeHidden();
});
