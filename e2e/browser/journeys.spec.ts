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
import { answerHref } from '@/lib/flow/paths';
import { parseFlowParams } from '@/lib/flow/url';
import { changedSalary, journey, journeys, namedJourneys } from '../helpers/journeys';
import {
  AS_OF,
  answer,
  answersOf,
  checkPath,
  expectResult,
  expectStep,
  locales,
  openResult,
  recommendedRoute,
  runJourney,
  runToCheckAnswers,
  stepOf,
  summarySteps,
  submitAndWait,
  wizardMessage,
} from '../helpers/wizard';
import type { StepId } from '@/lib/flow/questions';

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
      // Wallonia converts no monthly amount: the page asks the annual salary, without a choice of unit.
      await expect(page.locator('main form input[name="salaryPer"]')).toHaveCount(0);

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
      await page.goto(`/${locale}/check/workplace?case=hire&asOf=${AS_OF}`);
      await page.locator('main form [name="postcode"]').fill('12');
      await expect(submitAndWait(page, page.locator('main form button[type=submit]'))).rejects.toThrow(/refused/);
      expect(stepOf(page.url())).toBe('workplace');
      await expect(page.locator('.error-summary a')).toHaveText(wizardMessage(locale, 'errors.postcode.invalid'));
      await answer(page, 'workplace', { postcode: '9000' });
      expect(stepOf(page.url())).toBe('nationality');
      expect(answersOf(page.url())).toEqual({ case: 'hire', postcode: '9000' });
    });
  });
}

// The three journeys whose length issue 11 measures, pinned question by question.
for (const locale of ['en', 'de'] as const) {
  test.describe(`measured journeys in ${locale}`, () => {
    for (const j of namedJourneys) {
      test(j.title, async ({ page }) => {
        const visited = await runJourney(page, locale, j);
        expect(visited).toHaveLength(j.expected.path!.length);
      });
    }
  });
}

test.describe('a "still needed" link of the result returns to the result (issue 11.3)', () => {
  test('an answer the result needs, then back to the result with it', async ({ page }) => {
    const j = journey('hs-flanders');
    const visited = await runJourney(page, 'fr', j);
    expect(visited).not.toContain('shortage-list');
    // The lower-ranked shortage route still needs its list: the link the result page builds.
    const href = answerHref({ check: '/fr/check', start: '/fr' }, 'job.onMigrationShortageList', parseFlowParams(new URL(page.url()).searchParams));
    await page.goto(href);
    await expectStep(page, 'shortage-list');
    expect(new URL(page.url()).searchParams.get('return')).toBe('result');
    // Back goes to the result too.
    await expect(page.locator('a', { hasText: wizardMessage('fr', 'common.back') }).first()).toHaveAttribute('href', /\/fr\/check\/result\?/);
    await answer(page, 'shortage-list', { shortageList: 'no' });
    expect(stepOf(page.url())).toBe('result');
    expect(answersOf(page.url())).toMatchObject({ shortageList: 'no', salary: '70000' });
    expect(new URL(page.url()).searchParams.get('return')).toBeNull();
    await expectResult(page, 'fr', j.expected);
  });

  test('a changed answer that needs another question first goes there, then back to the result', async ({ page }) => {
    const j = journey('hs-flanders');
    await runJourney(page, 'en', j);
    // The kind of move: now a secondment by a foreign employer.
    await page.goto(answerHref({ check: '/en/check', start: '/en' }, 'job.posted', parseFlowParams(new URL(page.url()).searchParams)));
    await expectStep(page, 'case');
    await expect(page.locator('main input[name="case"][value="hire"]')).toBeChecked();
    await answer(page, 'case', { case: 'posting' });
    const more: Partial<Record<StepId, Record<string, string>>> = {
      'posting-employer': { postingEmployer: 'outside-eea' },
      'working-time': { fte: 'full' },
      'shortage-list': { shortageList: 'no' },
      'pes-shortage-list': { pesShortageList: 'no' },
      age: { age: '35' },
      'nurse-or-teacher': { nurseTeacher: 'no' },
    };
    for (let i = 0; stepOf(page.url()) !== 'result'; i++) {
      expect(i, `still asking after ${page.url()}`).toBeLessThan(6);
      // Every question on the way still returns to the result.
      expect(new URL(page.url()).searchParams.get('return')).toBe('result');
      const step = stepOf(page.url()) as StepId;
      expect(more[step], `unexpected question ${step}`).toBeDefined();
      await answer(page, step, more[step]!);
    }
    expect(answersOf(page.url())).toMatchObject({ case: 'posting' });
    await expect(page.getByTestId('verdict')).toBeVisible();
  });
});
