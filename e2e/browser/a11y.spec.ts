/**
 * axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds no violation on any page of the wizard's journeys,
 * in the four languages: the start page, every question asked, questions showing validation errors,
 * check your answers and the result page of each verdict.
 *
 * Runs in the js project (axe is a script injected in the page); the no-JavaScript rendering of the
 * same pages is the server-rendered HTML that the js project also starts from.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { journeys } from '../helpers/journeys';
import { AS_OF, continueButton, errorSummary, expectStep, fill, locales, runJourney, stepOf } from '../helpers/wizard';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe on ${label} (${page.url()})`).toEqual([]);
}

test.beforeEach(({ javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, 'axe runs as a script in the page');
});

/**
 * Question pages already scanned in this worker, by language and question. A question page is the
 * same component with the same structure whatever the earlier answers (only texts such as the
 * authority's name change), so each is scanned once per language and worker: the first journey that
 * meets it scans it, and every question any journey meets is scanned. The start page is scanned
 * once per language; check answers and the result page are scanned on every journey.
 */
const scannedQuestions = new Set<string>();

for (const locale of locales) {
  test.describe(`axe in ${locale}`, () => {
    for (const j of journeys) {
      test(`every page of ${j.id}`, async ({ page }) => {
        test.setTimeout(120_000);
        const scanned: string[] = [];
        await runJourney(page, locale, j, {
          onPage: async (kind) => {
            const once = kind !== 'answers' && kind !== 'result';
            const key = `${locale}:${kind}`;
            if (once && scannedQuestions.has(key)) return;
            await expectNoViolations(page, `${locale} ${j.id} ${kind}`);
            if (once) scannedQuestions.add(key);
            scanned.push(kind);
          },
        });
        // Check answers and the result page were scanned last.
        expect(scanned.slice(-2)).toEqual(['answers', 'result']);
      });
    }

    test('questions showing validation errors', async ({ page }) => {
      const cases: { step: 'workplace' | 'nationality' | 'contract' | 'salary' | 'publication-start'; query: string; values: Record<string, string> }[] = [
        // An empty answer (error summary and message on a text field).
        { step: 'workplace', query: 'case=hire', values: {} },
        // A select left on its placeholder.
        { step: 'nationality', query: 'case=hire&postcode=1000', values: {} },
        // Nested fields revealed under a radio: both missing.
        { step: 'contract', query: 'case=hire&postcode=1000&nationality=IN&residence=abroad&employment=employee', values: { contract: 'fixed' } },
        // An amount that is not a number, and no unit (Flanders lets one choose the unit).
        { step: 'salary', query: 'case=hire&postcode=9000&nationality=IN&residence=abroad&employment=employee&contract=open', values: { salary: 'abc' } },
        // A monthly amount without the 13th-month answer (revealed under "per month").
        { step: 'salary', query: 'case=hire&postcode=9000&nationality=IN&residence=abroad&employment=employee&contract=open', values: { salary: '4000', salaryPer: 'month' } },
      ];
      for (const c of cases) {
        await page.goto(`/${locale}/check/${c.step}?${c.query}${c.query ? '&' : ''}asOf=${AS_OF}`);
        await expectStep(page, c.step);
        // Clear the default unit of the salary page, so that both of its fields are in error.
        if (c.step === 'salary' && !c.values.salaryPer) {
          await page.locator('main form input[name="salaryPer"]:checked').evaluateAll((els) => els.forEach((e) => ((e as HTMLInputElement).checked = false)));
        }
        await fill(page, c.values);
        await continueButton(page).click();
        await expect(errorSummary(page)).toBeVisible();
        expect(stepOf(page.url())).toBe(c.step);
        await expect(page.locator('main .error-message').first()).toBeVisible();
        await expectNoViolations(page, `${locale} ${c.step} with errors`);
      }
    });
  });
}
