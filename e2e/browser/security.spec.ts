/**
 * Privacy and security in a real browser, against the production build, with and without
 * JavaScript (docs/SECURITY.md):
 *  - no cookie (and, with JavaScript, no web storage) is ever set, on full and embed pages;
 *  - no request leaves the origin while browsing start → a question → the result;
 *  - every document has a CSP without 'unsafe-eval', and the browser reports no CSP violation
 *    (so the nonce reaches every script of the pages rendered per request);
 *  - following an outbound link sends no Referer (the answers in our URLs never leak);
 *  - addresses with a dot get the same nonce policy, and a forged X-Forwarded-Host changes no
 *    address the visitor can copy (issue 13).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request, type Response } from '@playwright/test';
import pagesDe from '../../messages/de/pages.json';
import pagesEn from '../../messages/en/pages.json';
import pagesFr from '../../messages/fr/pages.json';
import pagesNl from '../../messages/nl/pages.json';

/** A complete set of answers: highly qualified worker from India, Ghent, €90,000 a year. */
const RESULT_QUERY =
  'postcode=9000&nationality=IN&residence=abroad&employment=employee&contract=open&salary=90000&salaryPer=year' +
  '&age=35&qualification=master&experience=5&jobLevel=master&hqPosition=yes&nurseTeacher=no&case=hire' +
  '&executive=no&ict=none&fte=full&asOf=2026-11-21';

interface Traffic {
  requests: Request[];
  documents: Response[];
  setCookies: string[];
  consoleCsp: string[];
}

/** Records every request, every document response and every Set-Cookie header of the page. */
function record(page: Page): Traffic {
  const traffic: Traffic = { requests: [], documents: [], setCookies: [], consoleCsp: [] };
  page.on('request', (r) => traffic.requests.push(r));
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'document') traffic.documents.push(r);
    const cookie = await r.headerValue('set-cookie').catch(() => null);
    if (cookie) traffic.setCookies.push(`${r.url()}: ${cookie}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text())) traffic.consoleCsp.push(m.text());
  });
  return traffic;
}

/** Collects securitypolicyviolation events (the init script runs outside the page's CSP). */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`);
    });
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

test('no cookie, no request to another origin, no CSP violation from start to result', async ({ page, context, baseURL, javaScriptEnabled }) => {
  const origin = new URL(baseURL!).origin;
  const traffic = record(page);
  const js = javaScriptEnabled !== false;
  if (js) await watchViolations(page);
  const seenViolations: string[] = [];
  const checkPage = async () => {
    if (js) seenViolations.push(...(await violations(page)));
  };

  // Start page, then its start button.
  await page.goto('/en');
  await checkPage();
  await page.locator('main a[href*="/check/"]').first().click();
  await expect(page).toHaveURL(/\/en\/check\/case/);
  await checkPage();
  // The kind of move first, then the workplace.
  await page.locator('input[name="case"][value="hire"]').check();
  await page.locator('main form button[type=submit]').first().click();
  await expect(page).toHaveURL(/\/en\/check\/workplace/);
  await checkPage();

  // A question, answered through its form (the server action, with or without JavaScript).
  await page.locator('input[name="postcode"]').fill('1000');
  await page.locator('main form button[type=submit]').first().click();
  await expect(page).toHaveURL(/\/en\/check\/(?!workplace)[a-z-]+\?.*postcode=1000/);
  await checkPage();

  // The result page of a complete set of answers.
  await page.goto(`/en/check/result?${RESULT_QUERY}`);
  await expect(page.locator('main h1')).toBeVisible();
  await checkPage();

  // The statements, and the embedded tool.
  await page.goto('/en/privacy');
  await checkPage();
  await page.goto('/en/embed?preset=brussels');
  await checkPage();
  await page.goto('/en/embed/check/nationality?preset=brussels');
  await checkPage();

  const foreign = traffic.requests.map((r) => r.url()).filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
  expect(foreign, 'requests to another origin').toEqual([]);
  expect(traffic.setCookies, 'Set-Cookie headers').toEqual([]);
  expect(await context.cookies(), 'cookies in the browser').toEqual([]);

  expect(traffic.documents.length).toBeGreaterThanOrEqual(6);
  for (const doc of traffic.documents) {
    const policy = await doc.headerValue('content-security-policy');
    expect(policy, `CSP of ${doc.url()}`).toBeTruthy();
    expect(policy!, doc.url()).not.toContain('unsafe-eval');
  }

  if (js) {
    // "script-src blocked eval": e.g. zod probing `new Function` if it ever runs in the browser
    // again without `z.config({ jitless: true })` (docs/SECURITY.md).
    expect(seenViolations, 'CSP violations').toEqual([]);
    expect(traffic.consoleCsp, 'CSP errors in the console').toEqual([]);
    // No web storage either.
    const storage = await page.evaluate(() => ({
      cookie: document.cookie,
      local: window.localStorage.length,
      session: window.sessionStorage.length,
    }));
    expect(storage).toEqual({ cookie: '', local: 0, session: 0 });
  }
});

test('the scripts of a page rendered per request run under its nonce policy', async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, 'needs JavaScript');
  await watchViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto('/en/check/workplace?case=hire');
  const policy = (await response!.headerValue('content-security-policy'))!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  // Next.js hydrated the page: its router is there, which only its (nonce-carrying) scripts create.
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe('object');
  expect(await violations(page), "CSP violations (eval: zod in the browser needs z.config({ jitless: true }))").toEqual([]);
  expect(errors).toEqual([]);
});

test('a page at an address with a dot runs under the nonce policy, without a violation', async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled !== false;
  if (js) await watchViolations(page);
  for (const path of ['/en/x.y', '/en/check/a.b', '/favicon.ico']) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBeLessThan(500);
    const policy = (await response!.headerValue('content-security-policy'))!;
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await expect(page.locator('h1').first()).toBeVisible();
    if (js) expect(await violations(page), path).toEqual([]);
  }
});

test('a forged X-Forwarded-Host changes no address the visitor can copy', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.setExtraHTTPHeaders({ 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
  await page.goto(`/en/check/result?${RESULT_QUERY}`);
  const share = page.locator('#result-link');
  await expect(share).toHaveValue(new RegExp(`^${origin.replace(/[.:/]/g, '\\$&')}/en/check/result\\?`));
  await page.goto('/en/embedding');
  const main = page.locator('main');
  await expect(main).toContainText(`${origin}/en/embed`);
  expect(await page.content()).not.toContain('evil.example');
});

test('an outbound link sends no Referer, so the answers in the address stay here', async ({ page, context }) => {
  const seen: { url: string; referer: string | undefined }[] = [];
  await context.route(/^https:\/\//, async (route) => {
    seen.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
    await route.fulfill({ status: 200, contentType: 'text/plain', body: 'outside' });
  });
  await page.goto(`/en/check/result?${RESULT_QUERY}`);
  const outbound = page.locator('main a[href^="https://"]').first();
  await expect(outbound).toBeVisible();
  const popup = context.waitForEvent('page', { timeout: 5_000 }).catch(() => null);
  await outbound.click();
  const opened = await popup;
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  expect(seen[0]!.referer).toBeUndefined();
  await opened?.close();

  // The same from a page without answers: the privacy statement's link to the regulator.
  seen.length = 0;
  await page.goto('/en/privacy');
  await page.locator('main a[href^="https://"]').first().click();
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  expect(seen[0]!.referer).toBeUndefined();
});

test.describe('privacy and accessibility statements', () => {
  for (const locale of ['nl', 'fr', 'de', 'en'] as const) {
    test(`both statements in ${locale}, with the model sections, accessible`, async ({ page, javaScriptEnabled }) => {
      const messages = { nl: pagesNl, fr: pagesFr, de: pagesDe, en: pagesEn }[locale] as {
        privacy: Record<string, string>;
        accessibility: Record<string, string>;
        contact: Record<string, string>;
      };
      const privacy = await page.goto(`/${locale}/privacy`);
      expect(privacy!.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('main h1')).toHaveText(messages.privacy.title!);
      for (const key of ['answersHeading', 'cookiesHeading', 'linksHeading', 'rightsHeading']) {
        await expect(page.locator('main h2', { hasText: messages.privacy[key]! })).toHaveCount(1);
      }
      const access = await page.goto(`/${locale}/accessibility`);
      expect(access!.status()).toBe(200);
      await expect(page.locator('main h1')).toHaveText(messages.accessibility.title!);
      // The sections of the model accessibility statement (Implementing Decision (EU) 2018/1523).
      for (const key of ['statusHeading', 'nonAccessibleHeading', 'preparationHeading', 'feedbackHeading', 'enforcementHeading']) {
        await expect(page.locator('main h2', { hasText: messages.accessibility[key]! })).toHaveCount(1);
      }
      // Without PUBLIC_CONTACT_EMAIL the contact is the publisher's website; with it, a mailto link.
      const mailto = page.locator('main a[href^="mailto:"]');
      if ((await mailto.count()) === 0) await expect(page.locator('main')).toContainText(messages.contact.none!);
      if (javaScriptEnabled !== false) {
        for (const path of [`/${locale}/privacy`, `/${locale}/accessibility`]) {
          await page.goto(path);
          const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), path).toEqual([]);
        }
      }
    });
  }
});
