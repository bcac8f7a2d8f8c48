/**
 * Moving around the wizard without losing answers (answers live in the URL only): the language
 * switch, the browser's back button, a copied result link opened elsewhere, and answers of an
 * abandoned branch dropped. With JavaScript (client-side navigation) and without (full page loads).
 */
import { expect, test, type Page } from '@playwright/test';
import { journey } from '../helpers/journeys';
import {
  AS_OF,
  answer,
  answersOf,
  continueButton,
  expectResult,
  expectStep,
  form,
  openResult,
  recommendedRoute,
  runJourney,
  runToCheckAnswers,
  stepOf,
  summarySteps,
  verdict,
  wizardMessage,
  type Locale,
} from '../helpers/wizard';

/** Clicks the header's link to `target` and waits for the page in that language. */
async function switchLanguage(page: Page, target: Locale): Promise<void> {
  const before = page.url();
  await page.locator(`header nav a[hreflang="${target}"]`).click();
  await page.waitForURL((u) => u.href !== before);
  await expect(page.locator('html')).toHaveAttribute('lang', target);
}

const pathOf = (url: string) => new URL(url).pathname;

test.describe('the language switch keeps every answer', () => {
  test('on a question page: same question, same answers, other language; the journey goes on', async ({ page }) => {
    const j = journey('hs-brussels');
    await page.goto(`/en/check/workplace?case=hire&asOf=${AS_OF}`);
    await answer(page, 'workplace', { postcode: '1000' });
    await answer(page, 'nationality', { nationality: 'IN' });
    await answer(page, 'residence', { residence: 'abroad' });
    await expectStep(page, 'employment');
    const answers = answersOf(page.url());
    expect(answers).toEqual({ case: 'hire', nationality: 'IN', postcode: '1000', residence: 'abroad' });

    // The same question in French, with the same answers in the URL.
    await switchLanguage(page, 'fr');
    expect(pathOf(page.url())).toBe('/fr/check/employment');
    expect(answersOf(page.url())).toEqual(answers);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);
    await expect(page.locator('main h1')).toHaveText(wizardMessage('fr', 'steps.employment.title'));
    // The earlier answers are still there: the back link shows the residence answered.
    await page.locator('a', { hasText: wizardMessage('fr', 'common.back') }).first().click();
    await expectStep(page, 'residence');
    await expect(page.locator('main input[name="residence"][value="abroad"]')).toBeChecked();
    await answer(page, 'residence', { residence: 'abroad' });

    // Finish the journey in French: the result is the one of the journey.
    const rest = await runToCheckAnswers(page, 'fr', j, { resume: true });
    expect(rest[0]).toBe('employment');
    expect(await summarySteps(page)).toEqual(['case', 'workplace', 'nationality', 'residence', ...rest]);
    await openResult(page);
    await expectResult(page, 'fr', j.expected);
  });

  test('on the result page: same verdict and route, other language', async ({ page }) => {
    // The header's language links are rendered on the server from the page's path and query
    // (no client hook, no Suspense fallback), so this holds without JavaScript too.
    const j = journey('hs-german-speaking');
    await runJourney(page, 'en', j);
    const query = answersOf(page.url());
    const headline = await verdict(page).locator('h1').innerText();
    for (const target of ['de', 'nl', 'fr'] as const) {
      await switchLanguage(page, target);
      expect(pathOf(page.url())).toBe(`/${target}/check/result`);
      expect(answersOf(page.url())).toEqual(query);
      expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);
      await expectResult(page, target, j.expected);
      expect(await verdict(page).locator('h1').innerText()).not.toBe(headline);
    }
  });
});

test.describe('the browser back button', () => {
  /** Answers the first four questions (Liège, India, abroad, employee): the contract question shows. */
  async function fourAnswers(page: Page) {
    await page.goto(`/en/check/workplace?case=hire&asOf=${AS_OF}`);
    await answer(page, 'workplace', { postcode: '4000' });
    await answer(page, 'nationality', { nationality: 'IN' });
    await answer(page, 'residence', { residence: 'abroad' });
    await answer(page, 'employment', { employment: 'employee' });
    await expectStep(page, 'contract');
  }

  test('returns to the previous questions and keeps the answers given before them', async ({ page }) => {
    await fourAnswers(page);
    await page.goBack();
    await expectStep(page, 'employment');
    await page.goBack();
    await expectStep(page, 'residence');
    expect(answersOf(page.url())).toMatchObject({ case: 'hire', postcode: '4000', nationality: 'IN' });

    // Continuing from there keeps every earlier answer and asks the next question.
    await answer(page, 'residence', { residence: 'abroad' });
    await expectStep(page, 'employment');
    expect(answersOf(page.url())).toEqual({ case: 'hire', nationality: 'IN', postcode: '4000', residence: 'abroad' });
    await answer(page, 'employment', { employment: 'employee' });
    await expectStep(page, 'contract');
    expect(answersOf(page.url())).toEqual({ case: 'hire', employment: 'employee', nationality: 'IN', postcode: '4000', residence: 'abroad' });
    // And forward again works too.
    await page.goBack();
    await page.goForward();
    await expectStep(page, 'contract');
  });

  test('shows the previous question with its answer filled in', async ({ page }) => {
    // Without JavaScript the browser restores the form; with JavaScript the form puts its answer in
    // the URL of the page's history entry (history.replaceState) before the server action moves on.
    await fourAnswers(page);
    await page.goBack();
    await expectStep(page, 'employment');
    await expect(page.locator('main input[name="employment"][value="employee"]')).toBeChecked();
    await page.goBack();
    await expectStep(page, 'residence');
    await expect(page.locator('main input[name="residence"][value="abroad"]')).toBeChecked();
  });
  test('shows a typed amount again, written in the page\'s language', async ({ page }) => {
    await page.goto(`/fr/check/workplace?case=hire&asOf=${AS_OF}`);
    await answer(page, 'workplace', { postcode: '1000' });
    await answer(page, 'nationality', { nationality: 'IN' });
    await answer(page, 'residence', { residence: 'abroad' });
    await answer(page, 'employment', { employment: 'employee' });
    await answer(page, 'contract', { contract: 'open' });
    // Brussels: the monthly base salary only.
    await answer(page, 'salary', { salary: '3703,44' });
    expect(stepOf(page.url())).not.toBe('salary');
    expect(answersOf(page.url())).toMatchObject({ salary: '3703.44', salaryPer: 'month' });
    await page.goBack();
    await expectStep(page, 'salary');
    await expect(page.locator('main input[name="salary"]')).toHaveValue('3703,44');
  });

  test('a refused answer leaves the address as it was', async ({ page }) => {
    // 0001 has the form of a postcode (the browser accepts it) but is not a Belgian one (the server refuses it).
    await page.goto(`/en/check/workplace?case=hire&asOf=${AS_OF}`);
    await form(page).locator('[name="postcode"]').fill('0001');
    await continueButton(page).click();
    await expect(page.locator('.error-summary')).toContainText(wizardMessage('en', 'errors.postcode.unknown'));
    await expect.poll(() => answersOf(page.url())).toEqual({ case: 'hire' });
    expect(stepOf(page.url())).toBe('workplace');
  });
});

test.describe('a copied result link', () => {
  test('reopens the same result in a fresh browser', async ({ page, browser, javaScriptEnabled }) => {
    const j = journey('hs-german-speaking');
    await runJourney(page, 'de', j);
    const shown = await page.locator('#result-link').inputValue();
    // The link offered for copying is this page's address.
    expect(new URL(shown).origin).toBe(new URL(page.url()).origin);
    expect(pathOf(shown)).toBe(pathOf(page.url()));
    expect(answersOf(shown)).toEqual(answersOf(page.url()));
    const routes = await page.locator('main section[data-route-status]').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-route')}:${e.getAttribute('data-route-status')}`),
    );
    expect(routes.length).toBeGreaterThan(1);

    const fresh = await browser.newContext({ javaScriptEnabled });
    try {
      const other = await fresh.newPage();
      await other.goto(shown);
      expect(stepOf(other.url())).toBe('result');
      await expectResult(other, 'de', j.expected);
      expect(await verdict(other).textContent()).toBe(await verdict(page).textContent());
      await expect(recommendedRoute(other)).toHaveAttribute('data-route', 'highly-skilled');
      const again = await other.locator('main section[data-route-status]').evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-route')}:${e.getAttribute('data-route-status')}`),
      );
      expect(again).toEqual(routes);
    } finally {
      await fresh.close();
    }
  });
});

test.describe('answers of an abandoned branch', () => {
  test('disappear: employee → self-employed → employee', async ({ page }) => {
    const j = journey('hs-flanders');
    const first = await runToCheckAnswers(page, 'en', j);
    expect(first).toContain('salary');
    expect(answersOf(page.url())).toMatchObject({ employment: 'employee', contract: 'open', salary: '70000', qualification: 'master' });

    // Self-employed: another procedure, the flow ends after this question.
    await page.locator('main [data-step="employment"]').getByRole('link').click();
    await answer(page, 'employment', { employment: 'self-employed' });
    expect(stepOf(page.url())).toBe('answers');
    expect(await summarySteps(page)).toEqual(['case', 'workplace', 'nationality', 'residence', 'employment']);
    expect(answersOf(page.url())).toEqual({ case: 'hire', employment: 'self-employed', nationality: 'IN', postcode: '9000', residence: 'abroad' });
    await openResult(page);
    await expectResult(page, 'en', { verdict: 'out-of-scope', reason: 'self-employed', route: null });

    // Back to employee: the contract is asked again, with nothing filled in, and no old answer comes back.
    await page.locator('main a[href*="/check/answers"]').first().click();
    await expect.poll(() => stepOf(page.url())).toBe('answers');
    await page.locator('main [data-step="employment"]').getByRole('link').click();
    await answer(page, 'employment', { employment: 'employee' });
    await expectStep(page, 'contract');
    await expect(page.locator('main input[name="contract"]:checked')).toHaveCount(0);
    expect(answersOf(page.url())).toEqual({ case: 'hire', employment: 'employee', nationality: 'IN', postcode: '9000', residence: 'abroad' });
    const again = await runToCheckAnswers(page, 'en', j, { resume: true });
    expect(again[0]).toBe('contract');
    await openResult(page);
    await expectResult(page, 'en', j.expected);
  });

  test('disappear when a changed answer makes the vacancy questions unnecessary', async ({ page }) => {
    // A labour market test journey in Flanders answers the vacancy questions. When the job is not on
    // the VDAB shortage list after all, no route is open whatever the vacancy: those answers go.
    const lmt = journey('labour-market-test');
    await runToCheckAnswers(page, 'nl', lmt);
    expect(answersOf(page.url())).toMatchObject({ published: 'yes', eures: 'yes', weeks: '9', publishedFrom: '2026-08-03', candidate: 'no' });
    await page.locator('main [data-step="pes-shortage-list"]').getByRole('link').click();
    await answer(page, 'pes-shortage-list', { pesShortageList: 'no' });
    expect(stepOf(page.url())).toBe('answers');
    const steps = await summarySteps(page);
    expect(steps.at(-1)).toBe('pes-shortage-list');
    for (const s of ['vacancy', 'eures', 'publication-weeks', 'publication-start', 'candidate'] as const) expect(steps).not.toContain(s);
    const answers = answersOf(page.url());
    for (const k of ['published', 'eures', 'weeks', 'publishedFrom', 'candidate']) expect(answers).not.toHaveProperty(k);
    expect(answers.pesShortageList).toBe('no');
    await openResult(page);
    await expectResult(page, 'nl', { verdict: 'not-eligible', route: null, routes: { 'labour-market-test': 'ineligible' } });
  });
});
