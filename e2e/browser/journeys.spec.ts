/**
 * Issue 3, "done when": the wizard works in a real browser against the production build, in the
 * four languages, with JavaScript (project js) and without (project nojs).
 *
 * Each journey starts on the start page, answers whatever question the wizard asks from its answer
 * table (e2e/helpers/journeys.ts), checks the check-your-answers page and the verdict and
 * recommended route of the result page. All results are computed on AS_OF (asOf in the URL).
 */
import { expect, test } from '@playwright/test';
import { formatDate } from '@/lib/rules/format';
import { changedSalary, journeys } from '../helpers/journeys';
import { AS_OF, answer, answersOf, checkPath, expectResult, locales, openResult, recommendedRoute, runJourney, runToCheckAnswers, stepOf, summarySteps, submitAndWait, wizardMessage } from '../helpers/wizard';

for (const locale of locales) {
  test.describe(`journeys in ${locale}`, () => {
    for (const j of journeys) {
      test(j.title, async ({ page }) => {
        await runJourney(page, locale, j);
        if (j.expected.earliestFiling) {
          // The earliest filing date, written in the page's language.
          await expect(recommendedRoute(page)).toContainText(formatDate(locale, j.expected.earliestFiling));
        }
        if (j.expected.verdict === 'undetermined') {
          // The checks that could not be decided are shown as such.
          await expect(page.locator('main section[data-route-status="unknown"]').first()).toBeVisible();
          await expect(page.locator('main section[data-route-status="unknown"]').first()).toContainText(wizardMessage(locale, 'result.routeStatus.unknown'));
        }
      });
    }

    test('a changed answer from the check-your-answers page', async ({ page }) => {
      const { before, after, newSalary } = changedSalary;
      const first = await runJourney(page, locale, before);

      // Back to the answers from the result page, then "Change" on the salary row.
      await page.locator(`main a[href*="/check/answers"]`).last().click();
      await expect.poll(() => stepOf(page.url())).toBe('answers');
      const row = page.locator('main [data-step="salary"]');
      await row.getByRole('link').click();
      await expect.poll(() => stepOf(page.url())).toBe('salary');
      expect(new URL(page.url()).searchParams.get('return')).toBe('answers');
      // The current answer is filled in.
      expect((await page.locator('main form [name="salary"]').inputValue()).replace(/\D/g, '')).toBe('70000');
      await expect(page.locator('main form input[name="salaryPer"][value="year"]')).toBeChecked();

      await answer(page, 'salary', newSalary);
      // A lower salary opens new questions; the journey then comes back to check answers.
      const more = await runToCheckAnswers(page, locale, after, { resume: true });
      expect(more.length).toBeGreaterThan(0);
      expect(more).not.toContain('salary');
      const all = await summarySteps(page);
      checkPath(after, all);
      expect(all.slice(0, first.indexOf('salary') + 1)).toEqual(first.slice(0, first.indexOf('salary') + 1));
      expect(answersOf(page.url()).salary).toBe('45000');
      await expect(page.locator('main [data-step="salary"]')).toContainText(/45[\s.,\u202f\u00a0]?000/);
      await openResult(page);
      await expectResult(page, locale, after.expected);
      expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);
    });

    test('a refused answer keeps the journey on the question, then continues', async ({ page }) => {
      await page.goto(`/${locale}/check/workplace?asOf=${AS_OF}`);
      await page.locator('main form [name="postcode"]').fill('12');
      await expect(submitAndWait(page, page.locator('main form button[type=submit]'))).rejects.toThrow(/refused/);
      expect(stepOf(page.url())).toBe('workplace');
      await expect(page.locator('.error-summary a')).toHaveText(wizardMessage(locale, 'errors.postcode.invalid'));
      await answer(page, 'workplace', { postcode: '9000' });
      expect(stepOf(page.url())).toBe('nationality');
      expect(answersOf(page.url())).toEqual({ postcode: '9000' });
    });
  });
}
