/**
 * A small journey DSL for the wizard's browser tests. It drives the real pages the same way with
 * JavaScript on (react-hook-form + server action, client-side navigation) and off (plain form POST,
 * 303 redirect): fill the form by its input names (the URL keys of lib/flow/questions.ts), press
 * Continue, wait for the next page.
 *
 *   await answer(page, 'salary', { salary: '70000', salaryPer: 'year' });
 *   await answer(page, 'age', DONT_KNOW);
 *   const visited = await runJourney(page, 'fr', journey);
 *
 * `runJourney` follows the wizard's own next-step logic: it answers whatever question the page shows
 * from the journey's answer table (keyed by question id) and fails when a question without an entry
 * appears or when the journey takes more than `maxSteps` questions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formKeysOf, type StepId } from '@/lib/flow/questions';
import type { RouteId, RouteStatus, Verdict, VerdictReason } from '@/lib/rules/types';

export const locales = ['nl', 'fr', 'de', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * Every result is computed on this date (the wizard reads `asOf` from the query string and keeps it
 * on every page), so the thresholds and lists in force do not move under the tests next year.
 */
export const AS_OF = '2026-11-21';

/** "I don't know": the page's "I don't know" button, or its "I don't know" radio/select option. */
export const DONT_KNOW = Symbol('dont-know');
export type Values = Record<string, string>;
export type Answer = Values | typeof DONT_KNOW;
export type AnswerTable = Partial<Record<StepId, Answer>>;

/** Name of the secondary submit button that answers "I don't know" (components/wizard/types.ts). */
const UNKNOWN_BUTTON = 'dontKnow';

export interface Journey {
  id: string;
  title: string;
  answers: AnswerTable;
  /** The journey fails when it needs more questions than this. */
  maxSteps: number;
  expected: {
    verdict: Verdict;
    reason?: VerdictReason;
    /** The recommended route; null: no recommendation shown. */
    route: RouteId | null;
    /** Status of route sections on the result page. */
    routes?: Partial<Record<RouteId, RouteStatus>>;
    /** Questions that must (not) be asked on the way. */
    asked?: StepId[];
    notAsked?: StepId[];
    /** The exact questions asked, in order, when the journey is short enough to pin down. */
    path?: StepId[];
    /** The earliest filing date shown with the recommended route (YYYY-MM-DD). */
    earliestFiling?: string;
  };
}

// ---------------------------------------------------------------------------
// Messages (to prove that the page is in the requested language)
// ---------------------------------------------------------------------------

const wizardMessages = new Map<Locale, Record<string, unknown>>();

/** A message of messages/{locale}/wizard.json by dotted key (raw ICU text). */
export function wizardMessage(locale: Locale, key: string): string {
  let m = wizardMessages.get(locale);
  if (!m) {
    m = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'messages', locale, 'wizard.json'), 'utf8')) as Record<string, unknown>;
    wizardMessages.set(locale, m);
  }
  const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], m);
  if (typeof value !== 'string') throw new Error(`no message wizard.${key} in ${locale}`);
  return value;
}

// ---------------------------------------------------------------------------
// Where we are
// ---------------------------------------------------------------------------

export function startUrl(locale: Locale, extra = ''): string {
  return `/${locale}?asOf=${AS_OF}${extra}`;
}

/** The page of a URL: a step id, 'answers', 'result', 'start' or the path itself. */
export function stepOf(url: string): StepId | 'answers' | 'result' | 'start' | string {
  const { pathname } = new URL(url);
  const m = /^\/(?:nl|fr|de|en)\/check\/([a-z-]+)$/.exec(pathname);
  if (m) return m[1]!;
  return /^\/(?:nl|fr|de|en)$/.test(pathname) ? 'start' : pathname;
}

/** The answers in the URL (without asOf/return/preset), sorted. */
export function answersOf(url: string): Record<string, string> {
  const sp = new URL(url).searchParams;
  return Object.fromEntries([...sp].filter(([k]) => !['asOf', 'return', 'preset'].includes(k)).sort(([a], [b]) => a.localeCompare(b)));
}

/** The answer form (the shortage-list page also has a search form). */
export const form = (page: Page): Locator => page.locator('main form:not([role=search])');
export const continueButton = (page: Page): Locator => form(page).locator('button[type=submit]:not([name])');
export const errorSummary = (page: Page): Locator => page.locator('.error-summary');

/** Waits until the page shows question `step`: the URL and the question's own field. */
export async function expectStep(page: Page, step: StepId): Promise<void> {
  await expect.poll(() => stepOf(page.url()), { message: `expected the question "${step}"` }).toBe(step);
  await expect(form(page).locator(`[name="${formKeysOf(step)[0]!}"]`).first()).toBeAttached();
}

// ---------------------------------------------------------------------------
// Filling and submitting
// ---------------------------------------------------------------------------

/**
 * Chooses an option of a select: the select itself, or (with JavaScript) the type-ahead layered on
 * it, by typing the option's name and choosing it in the list.
 */
export async function chooseOption(page: Page, name: string, value: string): Promise<void> {
  const select = form(page).locator(`select[name="${name}"]`);
  const combobox = form(page).locator(`#${name}[role=combobox]`);
  // With JavaScript the type-ahead replaces the select once its code is loaded: wait for it.
  const enhanced = test.info().project.use.javaScriptEnabled !== false && (await select.getAttribute('data-autocomplete')) !== null;
  if (enhanced) {
    await expect(combobox).toBeVisible();
    const label = (await select.locator(`option[value="${value}"]`).textContent())!.trim();
    await combobox.fill(label);
    await page.locator(`#${name}-listbox`).getByRole('option', { name: label, exact: true }).click();
    await expect(select).toHaveValue(value);
    return;
  }
  await select.selectOption(value);
}

/** Searches the shortage list of the page for `query` (the GET search form, with or without JavaScript). */
export async function searchOccupation(page: Page, query: string): Promise<void> {
  const search = page.locator('main form[role=search]');
  await search.locator('input[name=q]').fill(query);
  await search.locator('button[type=submit]').click();
  await page.waitForURL((u) => u.searchParams.get('q') === query);
  await expect(search.locator('input[name=q]')).toHaveValue(query);
}

/**
 * Fills the form of the current question by input names (radios by value, selects by value, text
 * by typing). A `q` value first searches the shortage list for it.
 */
export async function fill(page: Page, values: Answer): Promise<void> {
  const f = form(page);
  if (values === DONT_KNOW) {
    const option = f.locator('input[type=radio][value="unknown"]');
    if ((await option.count()) > 0) {
      await option.first().check();
      return;
    }
    const select = f.locator('select:has(option[value="unknown"])');
    if ((await select.count()) > 0) {
      await chooseOption(page, (await select.first().getAttribute('name'))!, 'unknown');
      return;
    }
    throw new Error(`no "I don't know" option on ${stepOf(page.url())}`);
  }
  const { q, ...rest } = values;
  if (q !== undefined) await searchOccupation(page, q);
  for (const [name, value] of Object.entries(rest)) {
    const field = f.locator(`[name="${name}"]`);
    if ((await field.count()) === 0) throw new Error(`no field "${name}" on ${stepOf(page.url())}`);
    const kind = await field.first().evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type));
    if (kind === 'radio') await f.locator(`input[type=radio][name="${name}"][value="${value}"]`).check();
    else if (kind === 'select') await chooseOption(page, name, value);
    else await field.fill(value);
  }
}

/**
 * Clicks a submit button and waits for the next page. Fails with the page's error summary when the
 * answer was refused (so a journey never hangs on a validation error). With JavaScript the form
 * first puts its answer in this page's URL (for the browser's back button), so this waits for
 * another page, not for another URL.
 */
export async function submitAndWait(page: Page, button: Locator): Promise<void> {
  const before = page.url();
  await button.click();
  const outcome = await Promise.race([
    page.waitForURL((u) => stepOf(u.href) !== stepOf(before)).then(
      () => 'moved' as const,
      () => 'timeout' as const,
    ),
    errorSummary(page)
      .waitFor({ state: 'visible' })
      .then(
        () => 'error' as const,
        () => 'timeout' as const,
      ),
  ]);
  if (outcome === 'error') {
    throw new Error(`"${stepOf(before)}" was refused: ${(await errorSummary(page).innerText()).replace(/\s+/g, ' ')}`);
  }
  if (outcome === 'timeout') throw new Error(`no new page after "${stepOf(before)}"`);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Answers question `step` with `values` and presses Continue (or the "I don't know" button). */
export async function answer(page: Page, step: StepId, values: Answer): Promise<void> {
  await expectStep(page, step);
  if (values === DONT_KNOW) {
    const button = form(page).locator(`button[name="${UNKNOWN_BUTTON}"]`);
    if ((await button.count()) > 0) {
      await submitAndWait(page, button);
      return;
    }
  }
  await fill(page, values);
  await submitAndWait(page, continueButton(page));
}

// ---------------------------------------------------------------------------
// Journeys
// ---------------------------------------------------------------------------

export type PageKind = 'start' | 'answers' | 'result' | StepId;
export interface RunOptions {
  /** Called on every page before it is answered (e.g. an axe scan). */
  onPage?: (kind: PageKind) => Promise<void>;
  /** Begin from the current page instead of the start page; visited steps are appended here. */
  resume?: boolean;
}

/**
 * From the start page (or the current question, with `resume`) to the check-your-answers page,
 * answering each question from the journey's table. Returns the questions asked, in order.
 */
export async function runToCheckAnswers(page: Page, locale: Locale, journey: Journey, options: RunOptions = {}): Promise<StepId[]> {
  if (!options.resume) {
    await page.goto(startUrl(locale));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await options.onPage?.('start');
    const start = page.locator('main a.btn-start');
    await expect(start).toHaveText(wizardMessage(locale, 'start.button'));
    await start.click();
    // The first question is the kind of move (as GOV.UK's visa check asks the purpose first).
    await expect.poll(() => stepOf(page.url())).toBe('case');
    // The start page carries the preview date on to the first question.
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);
  }
  const visited: StepId[] = [];
  for (;;) {
    const step = stepOf(page.url());
    if (step === 'answers') break;
    if (step === 'result' || step === 'start' || step.startsWith('/')) throw new Error(`left the questions at ${page.url()}`);
    if (visited.length >= journey.maxSteps) throw new Error(`more than ${journey.maxSteps} questions: ${visited.join(' > ')} > ${step}`);
    const values = journey.answers[step as StepId];
    if (values === undefined) throw new Error(`unexpected question "${step}" after ${visited.join(' > ') || 'the start'}`);
    expect(new URL(page.url()).pathname.startsWith(`/${locale}/check/`)).toBe(true);
    await expectStep(page, step as StepId);
    await options.onPage?.(step as StepId);
    visited.push(step as StepId);
    await answer(page, step as StepId, values);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('main h1')).toHaveText(wizardMessage(locale, 'checkAnswers.title'));
  // Every answer given is listed, in the order asked (the region page stands for the workplace).
  const rows = await summarySteps(page);
  if (options.resume) for (const s of visited) expect(rows).toContain(s);
  else expect(rows).toEqual(visited);
  await options.onPage?.('answers');
  return visited;
}

/** The questions listed on the check-your-answers page, in order. */
export async function summarySteps(page: Page): Promise<StepId[]> {
  await expect(page.locator('main [data-step]').first()).toBeVisible();
  return page.locator('main [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step') as StepId));
}

/** From the check-your-answers page to the result page. */
export async function openResult(page: Page, options: RunOptions = {}): Promise<void> {
  expect(stepOf(page.url())).toBe('answers');
  const before = page.url();
  await page.locator('main a.btn').click();
  await page.waitForURL((u) => u.href !== before);
  expect(stepOf(page.url())).toBe('result');
  await expect(verdict(page)).toBeVisible();
  await options.onPage?.('result');
}

export const verdict = (page: Page): Locator => page.getByTestId('verdict');
export const recommendedRoute = (page: Page): Locator => page.getByTestId('recommended-route');

/** Checks the result page against the journey's expectations, in the page's language. */
export async function expectResult(page: Page, locale: Locale, expected: Journey['expected']): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(verdict(page)).toHaveAttribute('data-verdict', expected.verdict);
  if (expected.reason) await expect(verdict(page)).toHaveAttribute('data-verdict-reason', expected.reason);
  await expect(verdict(page).locator('h1')).toHaveText(wizardMessage(locale, `result.headlines.${expected.verdict}`));
  if (expected.route) {
    await expect(recommendedRoute(page)).toHaveAttribute('data-route', expected.route);
  } else {
    await expect(recommendedRoute(page)).toHaveCount(0);
  }
  for (const [route, status] of Object.entries(expected.routes ?? {})) {
    await expect(page.locator(`main section[data-route="${route}"][data-route-status]`)).toHaveAttribute('data-route-status', status);
  }
  // The date travels in every link: the result was computed on AS_OF.
  expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);
}

/** Runs a whole journey (start → questions → check answers → result) and checks the result. */
export async function runJourney(page: Page, locale: Locale, journey: Journey, options: RunOptions = {}): Promise<StepId[]> {
  const visited = await runToCheckAnswers(page, locale, journey, options);
  checkPath(journey, visited);
  await openResult(page, options);
  await expectResult(page, locale, journey.expected);
  return visited;
}

/** The questions asked match the journey's expectations. */
export function checkPath(journey: Journey, visited: StepId[]): void {
  const e = journey.expected;
  if (e.path) expect(visited).toEqual(e.path);
  for (const s of e.asked ?? []) expect(visited, `"${s}" should have been asked`).toContain(s);
  for (const s of e.notAsked ?? []) expect(visited, `"${s}" should not have been asked`).not.toContain(s);
  expect(new Set(visited).size, 'a question was asked twice').toBe(visited.length);
}
