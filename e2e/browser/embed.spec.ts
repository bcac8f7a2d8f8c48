/**
 * Embedding (issue 4), against the production build: a host page served from a SECOND origin on the
 * loopback interface (e2e/fixtures/host/server.ts, started here, one per worker) frames the tool with
 * the published snippet.
 *
 * The app's test server must allow the harness origins as frame ancestors: playwright.config.ts
 * (webServer) sets EMBED_EXTRA_ORIGINS=http://127.0.0.1:<port+1000+i> (i < 8).
 *
 * Runs in both projects: with JavaScript (the frame sizes itself, messages, journeys, axe) and without
 * (the frame keeps its fixed height and the journey still works with plain form posts).
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { harnessPort, startHost, type HostHarness } from '../fixtures/host/server';

const locales = ['nl', 'fr', 'de', 'en'] as const;
const MIN_HEIGHT = 300;
const FALLBACK_HEIGHT = 800;

const test = base.extend<{ js: boolean }, { host: HostHarness; outsider: HostHarness; appOrigin: string }>({
  appOrigin: [
    async ({}, use, workerInfo) => {
      await use(new URL(workerInfo.project.use.baseURL!).origin);
    },
    { scope: 'worker' },
  ],
  // An allowed parent: http://127.0.0.1:<app port + 1000 + worker slot>.
  host: [
    async ({ appOrigin }, use, workerInfo) => {
      const host = await startHost(appOrigin, harnessPort(Number(new URL(appOrigin).port), workerInfo.parallelIndex));
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
  // A parent on no allowlist: a random port.
  outsider: [
    async ({ appOrigin }, use) => {
      const host = await startHost(appOrigin, 0);
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
  js: async ({ javaScriptEnabled }, use) => {
    await use(javaScriptEnabled !== false);
  },
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** The tool's frame (the only child frame of the host page). */
function toolFrame(page: Page): Frame {
  const frame = page.mainFrame().childFrames()[0];
  if (!frame) throw new Error('the host page has no frame');
  return frame;
}

const frameLocator = (page: Page): FrameLocator => page.frameLocator('iframe[data-bwpc]');

/** The iframe element's height in the host page, and the framed document's own height. */
async function heights(page: Page): Promise<{ frame: number; doc: number }> {
  const frame = await page.locator('iframe[data-bwpc]').evaluate((el) => el.getBoundingClientRect().height);
  const doc = await toolFrame(page).evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { frame, doc };
}

/** With the script: the frame is as high as its document (within 2 px), clamped to at least 300 px. */
async function expectFrameFitsContent(page: Page) {
  await expect
    .poll(async () => {
      const h = await heights(page);
      return Math.abs(h.frame - Math.max(MIN_HEIGHT, Math.ceil(h.doc)));
    })
    .toBeLessThanOrEqual(2);
}

/** Blocked by CSP frame-ancestors: Chromium replaces the frame's document with its error page. */
async function expectFrameBlocked(page: Page) {
  await expect.poll(() => toolFrame(page).url()).toMatch(/^chrome-error:/);
  await expect(frameLocator(page).locator('main')).toHaveCount(0);
}

function frameAncestors(csp: string | undefined): string[] {
  const directive = (csp ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-ancestors '));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

/** Answers of the test journey, by form field name (the URL keys of lib/flow/questions.ts). */
const plan: Record<string, string> = {
  case: 'hire',
  postcode: '9000',
  region: 'flanders',
  nationality: 'IN',
  residence: 'abroad',
  employment: 'employee',
  contract: 'open',
  salary: '80000',
  salaryPer: 'year',
  age: '35',
  qualification: 'master',
  experience: '5',
  jobLevel: 'master',
  hqPosition: 'yes',
  nurseTeacher: 'no',
  executive: 'no',
  ict: 'none',
  transfer: 'none',
  fte: 'full',
  hqExecutive: 'no',
  diplomaDate: '2015-06-30',
  shortageList: 'no',
  pesShortageList: 'no',
  published: 'no',
  eures: 'no',
  weeks: '0',
  support: 'no',
  candidate: 'no',
};

/** The current step of the frame: a step id, 'answers', 'result' or 'start'. */
function stepOf(url: string): string {
  const path = new URL(url).pathname;
  const m = /\/embed\/check\/([a-z-]+)$/.exec(path);
  return m ? m[1]! : /\/embed$/.test(path) ? 'start' : path;
}

/**
 * Answers the question shown in the frame from `plan` (a radio without a planned value gets
 * "I don't know" if offered, else its first option) and presses Continue.
 */
async function answerStep(frame: FrameLocator) {
  const form = frame.locator('main form:not([role=search])').first();
  const radioNames = await form.locator('input[type=radio]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  for (const name of radioNames) {
    const visible = form.locator(`input[type=radio][name="${name}"]:visible`);
    if ((await visible.count()) === 0) continue;
    const planned = form.locator(`#${name}-${plan[name] ?? 'unknown'}`);
    if ((await planned.count()) > 0) await planned.check();
    else await visible.first().check();
  }
  for (const input of await form.locator('input:not([type=radio]):not([type=hidden]):not([role=combobox]):visible').all()) {
    const name = (await input.getAttribute('name')) ?? '';
    if ((await input.inputValue()) === '') await input.fill(plan[name] ?? '1');
  }
  // With JavaScript, a select with a type-ahead is replaced once the type-ahead's code is loaded.
  if (test.info().project.use.javaScriptEnabled !== false) await expect(form.locator('select[data-autocomplete="pending"]')).toHaveCount(0);
  for (const select of await form.locator('select').all()) {
    const name = (await select.getAttribute('name')) ?? '';
    const combobox = form.locator(`#${name}[role=combobox]`);
    if ((await select.isVisible()) || (await combobox.count()) === 0) {
      await select.selectOption(plan[name] ?? { index: 1 });
      continue;
    }
    // With JavaScript the select is hidden under a type-ahead: type the country's name, choose it.
    const label = (await select.locator(`option[value="${plan[name]}"]`).textContent())!.trim();
    await combobox.fill(label);
    await frame.locator(`#${name}-listbox`).getByRole('option', { name: label, exact: true }).click();
  }
  await form.locator('button[type=submit]:not([name])').click();
}

// ---------------------------------------------------------------------------
// Who may frame what
// ---------------------------------------------------------------------------

test.describe('framing rules', () => {
  test('embed pages allow the own origin, the preset origins and the harness; other pages allow nobody', async ({ request, host, outsider }) => {
    const embed = await request.get('/en/embed?preset=flanders');
    const ancestors = frameAncestors(embed.headers()['content-security-policy']);
    expect(ancestors).toEqual(expect.arrayContaining(["'self'", 'https://www.vlaanderen.be', host.origin]));
    expect(ancestors).not.toContain(outsider.origin);
    expect(ancestors).not.toContain('https://emploi.wallonie.be');

    // An unknown or hostile preset is the neutral preset, never an error and never an injected source.
    for (const preset of ['nowhere', "flanders 'unsafe-inline'", 'https://evil.example', '<script>', 'wallonia_#ff0000']) {
      const res = await request.get(`/en/embed?preset=${encodeURIComponent(preset)}`);
      expect(res.status()).toBe(200);
      const sources = frameAncestors(res.headers()['content-security-policy']);
      expect(sources).toContain('https://emploi.wallonie.be');
      expect(sources.every((s) => s === "'self'" || /^https?:\/\/[a-z0-9.-]+(:\d+)?$/.test(s))).toBe(true);
    }

    for (const path of ['/en', '/en/check/workplace', '/en/embedding']) {
      const res = await request.get(path);
      expect(frameAncestors(res.headers()['content-security-policy'])).toEqual(["'none'"]);
    }
  });

  test('a page from an origin outside the allowlist cannot frame the embed', async ({ page, outsider }) => {
    await page.goto(outsider.page('/en/embed'));
    await expectFrameBlocked(page);
  });

  test('a regional preset cannot be framed by an origin outside the allowlist', async ({ page, outsider }) => {
    await page.goto(outsider.page('/nl/embed/check/nationality?preset=flanders'));
    await expectFrameBlocked(page);
  });

  test('no origin, not even an allowed parent, can frame the full site', async ({ page, host }) => {
    for (const path of ['/en', '/fr/check/workplace', '/de/embedding']) {
      await page.goto(host.page(path));
      await expectFrameBlocked(page);
    }
  });

  test('an allowed parent can frame the embed', async ({ page, host }) => {
    await page.goto(host.page('/en/embed/check/workplace?case=hire'));
    await expect(frameLocator(page).locator('main h1')).toBeVisible();
  });
});

// ---------------------------------------------------------------------------
// Size and messages
// ---------------------------------------------------------------------------

test.describe('the frame sizes itself', () => {
  test('with the script the frame follows its content; without it the frame keeps 800 px', async ({ page, host, js }) => {
    await page.goto(host.page('/en/embed/check/workplace?case=hire'));
    const frame = frameLocator(page);
    await expect(frame.locator('main h1')).toBeVisible();
    if (!js) {
      expect((await heights(page)).frame).toBe(FALLBACK_HEIGHT);
      return;
    }
    await expectFrameFitsContent(page);
    const closed = (await heights(page)).frame;
    // Opening "Why we ask" makes the document taller: the frame follows, then shrinks back.
    await frame.locator('main details summary').first().click();
    await expect.poll(async () => (await heights(page)).frame).toBeGreaterThan(closed);
    await expectFrameFitsContent(page);
    await frame.locator('main details summary').first().click();
    await expect.poll(async () => (await heights(page)).frame).toBe(closed);
  });

  test('the parent ignores messages that do not come from the frame', async ({ page, host, js }) => {
    test.skip(!js, 'needs the parent script');
    await page.goto(host.page('/en/embed/check/workplace?case=hire'));
    await expectFrameFitsContent(page);
    const before = (await heights(page)).frame;
    // Right shape, wrong source (the host window itself, same origin as the host).
    await page.evaluate(() => window.postMessage({ type: 'bwpc:resize', version: 1, height: 4321 }, '*'));
    // Right source, but a wrong version and a wrong type: also ignored.
    await toolFrame(page).evaluate(() => {
      window.parent.postMessage({ type: 'bwpc:resize', version: 2, height: 4321 }, '*');
      window.parent.postMessage({ type: 'bwpc:other', version: 1, height: 4321 }, '*');
    });
    // A valid message from the frame after them proves the others were processed (messages are ordered).
    await toolFrame(page).evaluate(() => window.parent.postMessage({ type: 'bwpc:resize', version: 1, height: 50_000 }, '*'));
    await expect.poll(async () => (await heights(page)).frame).toBe(10_000);
    expect(before).not.toBe(10_000);
  });

  test('a sandboxed frame with the documented tokens still works', async ({ page, host, js }) => {
    await page.goto(host.page('/en/embed/check/workplace?case=hire', { sandbox: true }));
    const frame = frameLocator(page);
    await frame.locator('#postcode').fill('1000');
    await frame.locator('main form button[type=submit]:not([name])').click();
    await expect.poll(() => stepOf(toolFrame(page).url())).not.toBe('workplace');
    await expect(frame.locator('main h1')).toBeVisible();
    if (js) await expectFrameFitsContent(page);
  });
});

// ---------------------------------------------------------------------------
// Journeys inside the frame
// ---------------------------------------------------------------------------

/** Goes from the embedded start page to the result, answering from `plan`. Returns the steps seen and heights. */
async function journey(page: Page, js: boolean): Promise<{ steps: string[]; heights: number[] }> {
  const frame = frameLocator(page);
  const steps: string[] = [];
  const seen: number[] = [];
  await expect(frame.locator('main h1')).toBeVisible();
  expect(stepOf(toolFrame(page).url())).toBe('start');
  await frame.locator('main a.btn-start').click();
  for (let i = 0; i < 40; i++) {
    await expect.poll(() => stepOf(toolFrame(page).url())).not.toBe(steps.at(-1) ?? 'start');
    await expect(frame.locator('main h1')).toBeVisible();
    const step = stepOf(toolFrame(page).url());
    steps.push(step);
    if (js) {
      await expectFrameFitsContent(page);
      seen.push((await heights(page)).frame);
    } else {
      expect((await heights(page)).frame).toBe(FALLBACK_HEIGHT);
    }
    if (step === 'result') break;
    if (step === 'answers') await frame.locator('main a.btn').click();
    else await answerStep(frame);
  }
  expect(steps.at(-1)).toBe('result');
  return { steps, heights: seen };
}

/** Records the steps the parent script reports through its `bwpc:navigate` DOM event on the iframe. */
async function recordNavigation(page: Page) {
  await page.locator('iframe[data-bwpc]').evaluate((iframe) => {
    const w = window as unknown as { navigated: string[] };
    w.navigated = [];
    iframe.addEventListener('bwpc:navigate', (e) => w.navigated.push((e as CustomEvent<{ step: string }>).detail.step));
  });
}

async function expectNoCookiesNorStorage(page: Page) {
  expect(await page.context().cookies()).toEqual([]);
  const storage = await toolFrame(page).evaluate(() => localStorage.length + sessionStorage.length);
  expect(storage).toBe(0);
}

test.describe('journeys inside the frame', () => {
  test('without a preset: workplace asked, the frame follows each step, no cookie', async ({ page, host, js }) => {
    await page.goto(host.page('/en/embed'));
    if (js) await recordNavigation(page);
    const { steps, heights: seen } = await journey(page, js);
    // The kind of move first, then the workplace.
    expect(steps.slice(0, 2)).toEqual(['case', 'workplace']);
    expect(steps).toContain('answers');
    await expect(frameLocator(page).locator('[data-testid=verdict]')).toBeVisible();
    if (js) {
      // The height changes between steps, and every step was reported to the parent.
      expect(new Set(seen).size).toBeGreaterThan(1);
      await expect.poll(() => page.evaluate(() => (window as unknown as { navigated: string[] }).navigated)).toEqual(steps);
    }
    await expectNoCookiesNorStorage(page);
  });

  test('with a regional preset: the workplace is never asked, the accent is the preset colour', async ({ page, host, js }) => {
    await page.goto(host.page('/nl/embed?preset=flanders'));
    const frame = frameLocator(page);
    const accent = await frame.locator('.bwpc-embed').evaluate((el) => getComputedStyle(el).getPropertyValue('--color-accent').trim());
    expect(accent).toBe('#374151');
    const { steps } = await journey(page, js);
    expect(steps.slice(0, 2)).toEqual(['case', 'nationality']);
    expect(steps).not.toContain('workplace');
    expect(steps).not.toContain('region');
    expect(new URL(toolFrame(page).url()).searchParams.get('preset')).toBe('flanders');
    await expectNoCookiesNorStorage(page);
  });

  test('the result: official links open in a new tab, the result can be printed from the frame', async ({ page, host, js, appOrigin }) => {
    await page.goto(host.page(`/en/embed/check/result${resultQuery('')}`));
    const frame = frameLocator(page);
    await expect(frame.locator('[data-testid=verdict]')).toBeVisible();
    const external = frame.locator(`main a[href^="http"]:not([href^="${appOrigin}"])`);
    expect(await external.count()).toBeGreaterThan(0);
    for (const link of await external.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      const rel = ((await link.getAttribute('rel')) ?? '').split(/\s+/);
      expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    const print = frame.getByRole('button', { name: 'Print this result' });
    if (!js) {
      await expect(print).toHaveCount(0);
      return;
    }
    await toolFrame(page).evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await print.click();
    await expect(frame.locator('html')).toHaveAttribute('data-printed', 'yes');
  });

  test('"Open in a new tab" opens the same step with the same answers on the full site', async ({ page, host, appOrigin }) => {
    const query = '?case=hire&nationality=IN&postcode=1000&residence=abroad';
    await page.goto(host.page(`/fr/embed/check/employment${query}`));
    const link = frameLocator(page).getByRole('link', { name: /Ouvrir dans un nouvel onglet/ });
    await expect(link).toHaveAttribute('target', '_blank');
    const href = new URL((await link.getAttribute('href'))!, appOrigin);
    expect(href.pathname).toBe('/fr/check/employment');
    expect([...href.searchParams].sort()).toEqual([...new URLSearchParams(query)].sort());
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe('/fr/check/employment');
    await expect(tab.locator('main h1')).toBeVisible();
  });

  test('after a step, the parent scrolls the top of the frame into view', async ({ page, host, js }) => {
    test.skip(!js, 'needs the parent script');
    await page.goto(host.page('/en/embed/check/workplace?case=hire', { before: 200, after: 3000 }));
    const frame = frameLocator(page);
    await frame.locator('#postcode').fill('1000');
    await expectFrameFitsContent(page);
    // The reader has scrolled down: the top of the frame is above the viewport.
    await page.evaluate(() => {
      const top = document.querySelector('iframe')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top + 250);
    });
    const top = () => page.locator('iframe[data-bwpc]').evaluate((el) => el.getBoundingClientRect().top);
    expect(await top()).toBeLessThan(0);
    await toolFrame(page).evaluate(() => document.querySelector<HTMLFormElement>('main form')!.requestSubmit());
    await expect.poll(() => stepOf(toolFrame(page).url())).not.toBe('workplace');
    // scrollIntoView may leave a sub-pixel offset.
    await expect.poll(top).toBeGreaterThan(-1);
  });
});

/** A complete set of answers (from `plan`) as a query string: the result page accepts it directly. */
function resultQuery(preset: string): string {
  const q = new URLSearchParams(Object.entries(plan).filter(([k]) => k !== 'region'));
  q.set('publishedFrom', 'unknown');
  if (preset) q.set('preset', preset);
  return `?${q}`;
}

// ---------------------------------------------------------------------------
// The "Embed this tool" page
// ---------------------------------------------------------------------------

test.describe('the "Embed this tool" page', () => {
  test('the GET form builds the snippet and the preview, with or without JavaScript', async ({ page, js, context }) => {
    await page.goto('/en/embedding');
    const form = page.locator('main form');
    await form.getByLabel('Language', { exact: true }).selectOption('de');
    await form.getByLabel('Preset', { exact: true }).selectOption('german-speaking-community');
    await form.getByRole('radio', { name: 'Teal', exact: true }).check();
    await form.getByRole('button', { name: 'Show the preview and the code' }).click();
    await expect(page).toHaveURL(/\/en\/embedding\?lang=de&preset=german-speaking-community&accent=teal$/);

    const code = await page.getByLabel('Embed code').inputValue();
    expect(code).toContain('/de/embed?preset=german-speaking-community_teal"');
    expect(code).toContain('title="Arbeitserlaubnis-Check Belgien – dürfen Sie eine Arbeitskraft aus einem Drittstaat einstellen?"');
    expect(code).toContain('data-bwpc');
    expect(code).toContain('loading="lazy"');
    expect(code).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
    await expect(page.getByText('https://ostbelgienlive.be')).toBeVisible();

    // The preview frames our own embed page: embed pages allow 'self' as an ancestor.
    const preview = page.frameLocator('iframe[data-bwpc]');
    await expect(preview.locator('main h1')).toBeVisible();
    const accent = await preview.locator('.bwpc-embed').evaluate((el) => getComputedStyle(el).getPropertyValue('--color-accent').trim());
    expect(accent).toBe('#0f766e');

    if (js) {
      // Our Permissions-Policy forbids clipboard-read (the tool never reads the clipboard), so the
      // test records what the page writes instead of reading it back.
      await context.grantPermissions(['clipboard-write']);
      await page.evaluate(() => {
        const w = window as unknown as { __copied: string | null };
        w.__copied = null;
        navigator.clipboard.writeText = async (text: string) => {
          w.__copied = text;
        };
      });
      await page.getByRole('button', { name: 'Copy the code' }).click();
      await expect(page.getByRole('status')).toHaveText('The code has been copied.');
      expect(await page.evaluate(() => (window as unknown as { __copied: string | null }).__copied)).toBe(code);
    } else {
      await expect(page.getByRole('button', { name: 'Copy the code' })).toHaveCount(0);
    }
  });

  test('unknown values in the form fall back to the defaults', async ({ page }) => {
    await page.goto('/en/embedding?lang=xx&preset=%3Cscript%3E&accent=%23ff0000');
    const code = await page.getByLabel('Embed code').inputValue();
    expect(code).toContain('/en/embed"');
    expect(code).not.toContain('script%3E');
    expect(code).not.toContain('ff0000');
  });

  for (const locale of locales) {
    test(`axe finds no WCAG A/AA violation on the page and in its preview (${locale})`, async ({ page, js }) => {
      test.skip(!js, 'axe runs as a script in the page');
      await page.goto(`/${locale}/embedding?preset=wallonia`);
      await expect(page.frameLocator('iframe[data-bwpc]').locator('main h1')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------
// Accessibility inside the frame
// ---------------------------------------------------------------------------

test.describe('accessibility inside the frame', () => {
  for (const locale of locales) {
    test(`axe finds no WCAG A/AA violation in the frame (${locale})`, async ({ page, host, js }) => {
      test.skip(!js, 'axe runs as a script in the page');
      for (const path of [
        `/${locale}/embed`,
        `/${locale}/embed/check/workplace?case=hire`,
        `/${locale}/embed/check/residence?case=hire&nationality=IN&postcode=1000&preset=brussels`,
        `/${locale}/embed/check/answers${resultQuery('wallonia_teal')}`,
        `/${locale}/embed/check/result${resultQuery('german-speaking-community')}`,
      ]) {
        await page.goto(host.page(path, { title: 'Belgian Work Permit Check' }));
        await expect(frameLocator(page).locator('main h1')).toBeVisible();
        expect(new URL(toolFrame(page).url()).pathname).toBe(path.split('?')[0]);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});
