/**
 * Keyboard only: a journey from the start page to the result with Tab, Shift+Tab, Space, Enter and
 * the arrow keys (and typing in text fields), never the mouse. Every element that receives focus
 * shows it, and after a refused answer the error summary takes the focus (with JavaScript).
 */
import { expect, test, type Page } from '@playwright/test';
import { AS_OF, answersOf, errorSummary, expectResult, expectStep, stepOf, summarySteps, wizardMessage, type Values } from '../helpers/wizard';
import type { StepId } from '@/lib/flow/questions';

interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  text: string;
  id: string;
  className: string;
  role: string;
  /** The focus is drawn: an outline of at least 2px in a visible colour, or a box shadow. */
  visible: boolean;
  focusVisible: boolean;
}

/** What has the focus, and whether it is visibly drawn. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(s.outlineColor);
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? '',
      name: input.name ?? '',
      value: typeof input.value === 'string' ? input.value : '',
      checked: !!input.checked,
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      id: el.id,
      className: typeof el.className === 'string' ? el.className : '',
      role: el.getAttribute('role') ?? '',
      visible: outline || shadow,
      focusVisible: el.matches(':focus-visible') || el.matches(':focus'),
    };
  });
}

/** Presses Tab until `match` holds for the focused element (at most `max` presses); every stop must show its focus. */
async function tabTo(page: Page, what: string, match: (f: Focused) => boolean, max = 40): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    seen.push(`${f.tag}${f.name ? `[${f.name}]` : ''}${f.id ? `#${f.id}` : ''}`);
    expect(f.focusVisible && f.visible, `the focus on ${seen.at(-1)} (${f.text}) is not visible`).toBe(true);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached ${what}; visited: ${seen.join(', ')}`);
}

/** Answers the current question with the keyboard, in the order of `values`, then Tab to Continue and press Enter. */
async function answerWithKeyboard(page: Page, step: StepId, values: Values): Promise<void> {
  await expectStep(page, step);
  // With JavaScript, a select with a type-ahead is replaced once the type-ahead's code is loaded.
  if (test.info().project.use.javaScriptEnabled !== false) await expect(page.locator('main select[data-autocomplete="pending"]')).toHaveCount(0);
  const before = page.url();
  for (const [name, value] of Object.entries(values)) {
    // The nationality's type-ahead (JavaScript) has the select's id, not its name.
    const f = await tabTo(page, `the field "${name}"`, (x) => x.name === name || (x.id === name && x.role === 'combobox'));
    if (f.role === 'combobox') {
      // Type the country's name, move to it in the list with the arrow keys, choose it with Enter.
      const label = (await page.locator(`main select[name="${name}"] option[value="${value}"]`).textContent())!.trim();
      await page.keyboard.type(label);
      await expect(page.locator(`#${name}-listbox [role=option]`).first()).toBeVisible();
      const options = await page.locator(`#${name}-listbox [role=option]`).allTextContents();
      for (let i = 0; i <= options.indexOf(label); i++) await page.keyboard.press('ArrowDown');
      await expect(page.locator(`main #${name}`)).toHaveAttribute('aria-activedescendant', /option/);
      await page.keyboard.press('Enter');
      await expect(page.locator(`main select[name="${name}"]`)).toHaveValue(value);
    } else if (f.tag === 'input' && f.type === 'radio') {
      // Arrow keys move the selection within the group; Space selects the focused option.
      const options = await page.locator(`main input[type=radio][name="${name}"]:visible`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      const from = options.indexOf(f.value);
      const to = options.indexOf(value);
      expect(to, `option ${value} of ${name}`).toBeGreaterThanOrEqual(0);
      for (let i = from; i < to; i++) await page.keyboard.press('ArrowDown');
      for (let i = from; i > to; i--) await page.keyboard.press('ArrowUp');
      const now = await focused(page);
      if (!now?.checked) await page.keyboard.press('Space');
      await expect(page.locator(`main input[name="${name}"][value="${value}"]`)).toBeChecked();
    } else if (f.tag === 'select') {
      // A closed select changes its value with the arrow keys.
      for (let i = 0; i < 400 && (await focused(page))?.value !== value; i++) await page.keyboard.press('ArrowDown');
      await expect(page.locator(`main select[name="${name}"]`)).toHaveValue(value);
    } else {
      await page.keyboard.type(value);
      await expect(page.locator(`main [name="${name}"]`)).toHaveValue(value);
    }
  }
  await tabTo(page, 'the Continue button', (x) => x.tag === 'button' && x.name === '' && x.type === 'submit');
  await page.keyboard.press('Enter');
  // Another page, not only another URL: with JavaScript the form first puts its answer in this page's URL.
  await page.waitForURL((u) => stepOf(u.href) !== stepOf(before));
}

test.describe('keyboard only', () => {
  test('from the start page to the result, with the focus always visible', async ({ page }) => {
    await page.goto(`/en?asOf=${AS_OF}`);
    // The skip link comes first and leads to the main content.
    const skip = await tabTo(page, 'the skip link', (f) => f.tag === 'a', 1);
    expect(skip.text).toBe('Skip to main content');
    await tabTo(page, 'the start button', (f) => f.tag === 'a' && f.className.includes('btn-start'));
    await page.keyboard.press('Enter');
    await expect.poll(() => stepOf(page.url())).toBe('case');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);

    const plan: [StepId, Values][] = [
      ['case', { case: 'hire' }],
      ['workplace', { postcode: '4000' }],
      ['nationality', { nationality: 'IN' }],
      ['residence', { residence: 'abroad' }],
      ['employment', { employment: 'employee' }],
      ['contract', { contract: 'fixed', length: '2', lengthUnit: 'years' }],
      ['salary', { salary: '70000' }],
      ['working-time', { fte: 'full' }],
      ['qualification', { qualification: 'master' }],
      ['age', { age: '35' }],
      ['executive', { executive: 'no' }],
    ];
    for (const [step, values] of plan) await answerWithKeyboard(page, step, values);

    await expect.poll(() => stepOf(page.url())).toBe('answers');
    expect(await summarySteps(page)).toEqual(plan.map(([s]) => s));
    expect(answersOf(page.url())).toMatchObject({ contract: 'fixed', length: '2', lengthUnit: 'years', salary: '70000', salaryPer: 'year' });
    const before = page.url();
    await tabTo(page, 'the result button', (f) => f.tag === 'a' && f.className.split(' ').includes('btn'));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.href !== before);
    await expectResult(page, 'en', { verdict: 'eligible', route: 'highly-skilled' });
  });

  test('the error summary takes the focus after a refused answer, and its link leads to the field', async ({ page, javaScriptEnabled }) => {
    await page.goto(`/en/check/workplace?case=hire&asOf=${AS_OF}`);
    await tabTo(page, 'the postcode', (f) => f.name === 'postcode');
    await page.keyboard.press('Enter'); // submit the empty form
    await expect(errorSummary(page)).toBeVisible();
    await expect(errorSummary(page)).toContainText(wizardMessage('en', 'errors.postcode.required'));
    expect(stepOf(page.url())).toBe('workplace');
    await expect(errorSummary(page)).toBeFocused();
    expect((await focused(page))?.visible, 'the focused error summary shows its focus').toBe(true);
    // The summary's link to the field, activated with the keyboard, puts the focus in the field.
    await tabTo(page, 'the error link', (f) => f.tag === 'a' && f.text === wizardMessage('en', 'errors.postcode.required'));
    await page.keyboard.press('Enter');
    await expect(page.locator('main [name="postcode"]')).toBeFocused();
    // A postcode that only the server can refuse (not a Belgian one): refused again, focus where the error is.
    await page.keyboard.type('0001');
    await page.keyboard.press('Enter');
    await expect(errorSummary(page)).toContainText(wizardMessage('en', 'errors.postcode.unknown'));
    const field = page.locator('main [name="postcode"]');
    if (javaScriptEnabled) {
      await expect(errorSummary(page)).toBeFocused();
      await tabTo(page, 'the error link', (f) => f.tag === 'a' && f.text === wizardMessage('en', 'errors.postcode.unknown'));
      await page.keyboard.press('Enter');
    } else {
      // Without JavaScript the form posts to the address with "#postcode" (from the summary link
      // followed before): the browser focuses that fragment's field instead of the autofocus
      // summary (HTML: a fragment target cancels autofocus). The field announces its error.
      expect(new URL(page.url()).hash).toBe('#postcode');
      await expect(field).toHaveAttribute('aria-describedby', /\bpostcode-error\b/);
      await expect(page.locator('#postcode-error')).toContainText(wizardMessage('en', 'errors.postcode.unknown'));
    }
    await expect(field).toBeFocused();
    await expect(page.locator('main [name="postcode"]')).toHaveValue('0001');
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await expect(field).toHaveValue('');
    // Correct it without the mouse: the answer is accepted.
    await page.keyboard.type('1000');
    await page.keyboard.press('Enter');
    await expect.poll(() => stepOf(page.url())).toBe('nationality');
    await expect(errorSummary(page)).toHaveCount(0);
  });
});
