/**
 * The links of the result page and of the shortage-list questions, with JavaScript and without:
 * the worker guidance for the recommended route in the language the employer picks for the
 * candidate, the "what if this job were in …" comparisons, the link to share (always the full
 * site's result, also from an embedded page), and the site's page of shortage lists.
 */
import { expect, test, type Page } from '@playwright/test';
import { parseFlowParams } from '@/lib/flow/url';
import { guidanceHref, whatIfHref } from '@/lib/guide/links';
import { authorityIds } from '@/lib/rules/types';
import { journey } from '../helpers/journeys';
import { AS_OF, answersOf, locales, recommendedRoute, runToCheckAnswers, verdict, wizardMessage } from '../helpers/wizard';

/** A highly skilled hire in Ghent (Flanders); the recommended route is the highly skilled one. */
const ANSWERS =
  'nationality=IN&residence=abroad&employment=employee&contract=open&salary=90000&salaryPer=year' +
  '&age=35&qualification=master&experience=5&jobLevel=master&hqPosition=yes&nurseTeacher=no&case=hire' +
  '&executive=no&ict=none&fte=full&hqExecutive=no';
const RESULT = `/fr/check/result?postcode=9000&${ANSWERS}&asOf=${AS_OF}`;

/** The answers the result page used (those on the path): the query of its "Change your answers" link. */
async function answersUsed(page: Page): Promise<URLSearchParams> {
  const href = await page.locator('main a[href*="/check/answers"]').first().getAttribute('href');
  return new URL(href!, page.url()).searchParams;
}

test.describe('share with the candidate', () => {
  test('four links to the guidance of the recommended route, each in its own language', async ({ page }) => {
    await page.goto(RESULT);
    await expect(recommendedRoute(page)).toHaveAttribute('data-route', 'highly-skilled');
    const section = page.getByTestId('candidate-guidance');
    await expect(section.locator('h2')).toHaveText(wizardMessage('fr', 'result.candidateHeading'));
    await expect(section.locator('a')).toHaveCount(locales.length);
    for (const l of locales) {
      const link = section.locator(`a[hreflang="${l}"]`);
      await expect(link).toHaveAttribute('href', guidanceHref(l, 'highly-skilled', 'flanders'));
      await expect(link).toHaveAttribute('lang', l);
      await expect(link).toHaveText(wizardMessage(l, 'result.candidateLink'));
    }

    // The German guidance, narrowed to Flanders.
    await section.locator('a[hreflang="de"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(new URL(page.url()).pathname).toBe('/de/guidance/highly-skilled');
    expect(new URL(page.url()).searchParams.get('authority')).toBe('flanders');
    await expect(page.locator('main h1')).toBeVisible();
  });

  test('no guidance and no comparison when no permit is needed', async ({ page }) => {
    await page.goto(`/en/check/result?case=hire&postcode=9000&nationality=FR&asOf=${AS_OF}`);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'permit-not-required');
    await expect(page.getByTestId('candidate-guidance')).toHaveCount(0);
    await expect(page.getByTestId('what-if')).toHaveCount(0);
  });
});

test.describe('what if the job were elsewhere', () => {
  test('one comparison per other authority, marked as a comparison, with the same answers', async ({ page }) => {
    await page.goto(`/en/check/result?postcode=9000&${ANSWERS}&asOf=${AS_OF}`);
    const section = page.getByTestId('what-if');
    await expect(section).toContainText(wizardMessage('en', 'result.whatIfLead'));
    const state = parseFlowParams(await answersUsed(page)).state;
    expect(state.postcode).toBe('9000');
    const others = authorityIds.filter((a) => a !== 'flanders');
    await expect(section.locator('a')).toHaveCount(others.length);
    for (const a of others) {
      await expect(section.locator(`li[data-authority="${a}"] a`)).toHaveAttribute('href', whatIfHref('en', state, a, { from: 'flanders', asOf: AS_OF }));
    }

    await section.locator('li[data-authority="wallonia"] a').click();
    await expect(page.locator('[data-comparison-banner]')).toBeVisible();
    await expect(page.locator('[data-comparison-banner]')).toContainText('in the Flemish Region');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/compare/what-if');
    expect(url.searchParams.get('region')).toBe('wallonia');
    expect(url.searchParams.get('from')).toBe('flanders');
    expect(url.searchParams.get('asOf')).toBe(AS_OF);
    expect(url.searchParams.has('postcode')).toBe(false);
  });
});

test.describe('the link to share', () => {
  test('from an embedded result: the full site’s result with the same answers, without the preset', async ({ page }) => {
    // The Walloon preset fixes the region: the workplace is not asked, and becomes region=wallonia.
    await page.goto(`/en/embed/check/result?preset=wallonia&${ANSWERS}&asOf=${AS_OF}`);
    await expect(verdict(page)).toBeVisible();
    const used = await answersUsed(page);
    expect(used.get('preset')).toBe('wallonia');
    const embedded = { verdict: await verdict(page).getAttribute('data-verdict'), route: await recommendedRoute(page).getAttribute('data-route') };
    const shared = new URL(await page.locator('#result-link').inputValue());
    expect(shared.origin).toBe(new URL(page.url()).origin);
    expect(shared.pathname).toBe('/en/check/result');
    expect(shared.searchParams.has('preset')).toBe(false);
    expect(shared.searchParams.get('asOf')).toBe(AS_OF);
    expect(answersOf(shared.href)).toEqual(answersOf(`http://x/?region=wallonia&${used}`));
    // Links to pages of the full site leave the frame.
    await expect(page.getByTestId('candidate-guidance').locator('a').first()).toHaveAttribute('target', '_blank');
    await expect(page.getByTestId('what-if').locator('a').first()).toHaveAttribute('target', '_blank');

    await page.goto(shared.href);
    expect(new URL(page.url()).pathname).toBe('/en/check/result');
    await expect(page.locator('header nav')).toBeVisible();
    await expect(verdict(page)).toHaveAttribute('data-verdict', embedded.verdict!);
    await expect(recommendedRoute(page)).toHaveAttribute('data-route', embedded.route!);
    await expect(page.getByTestId('candidate-guidance').locator('a').first()).not.toHaveAttribute('target', '_blank');
  });

  test('from an embedded result without a fixed region: the postcode stays, the preset goes', async ({ page }) => {
    await page.goto(`/de/embed/check/result?preset=default&postcode=4700&${ANSWERS}&asOf=${AS_OF}`);
    const used = await answersUsed(page);
    expect(used.get('postcode')).toBe('4700');
    const shared = new URL(await page.locator('#result-link').inputValue());
    expect(shared.pathname).toBe('/de/check/result');
    expect(shared.searchParams.has('preset')).toBe(false);
    expect(answersOf(shared.href)).toEqual(answersOf(`http://x/?${used}`));
  });
});

test.describe('the shortage-list questions', () => {
  test('link to the official list and to the site’s page of shortage lists at the right list', async ({ page }) => {
    const links: Partial<Record<string, string[]>> = {};
    await runToCheckAnswers(page, 'nl', journey('labour-market-test'), {
      onPage: async (kind) => {
        if (kind !== 'shortage-list' && kind !== 'pes-shortage-list') return;
        links[kind] = await page.locator('main a[target="_blank"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      },
    });
    // The migration list: the Flemish section of the page; the VDAB list: that list itself.
    expect(links['shortage-list']).toContain('/nl/shortage-lists#flanders');
    expect(links['shortage-list']!.some((h) => h.startsWith('https://'))).toBe(true);
    expect(links['pes-shortage-list']).toContain('/nl/shortage-lists#list-flanders-vdab-2026');
    expect(links['pes-shortage-list']!.some((h) => h.startsWith('https://'))).toBe(true);

    await page.goto('/nl/shortage-lists#list-flanders-vdab-2026');
    await expect(page.locator('#list-flanders-vdab-2026')).toBeVisible();
    await expect(page.locator('section#flanders')).toBeVisible();
  });
});
