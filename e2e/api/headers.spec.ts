/**
 * Security headers on every kind of response of the production build (docs/SECURITY.md):
 * a full page (prerendered and per request), an embed page, the API, static files, 404 and
 * refused requests. Also: no cookie, no X-Powered-By, and the proxy's refusals (403/413/400).
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { exchange, forgeryContext, multipart } from '../../scripts/lib/forged.mjs';

const REGIONAL_ORIGINS = [
  'https://www.vlaanderen.be',
  'https://economy-employment.brussels',
  'https://emploi.wallonie.be',
  'https://ostbelgienlive.be',
];

/** Directive name -> sources, from a Content-Security-Policy header. */
function csp(res: APIResponse): Map<string, string[]> {
  const header = res.headers()['content-security-policy'];
  expect(header, `${res.url()} has a Content-Security-Policy`).toBeTruthy();
  const map = new Map<string, string[]>();
  for (const part of header!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/** What every response carries, whatever it is. */
function expectCommonHeaders(res: APIResponse) {
  const h = res.headers();
  const where = `${res.status()} ${res.url()}`;
  expect(h['x-content-type-options'], where).toBe('nosniff');
  expect(h['referrer-policy'], where).toBe('same-origin');
  expect(h['strict-transport-security'], where).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  const permissions = h['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort']) {
    expect(permissions, where).toContain(`${feature}=()`);
  }
  expect(h['x-powered-by'], where).toBeUndefined();
  expect(h['set-cookie'], where).toBeUndefined();
  const policy = h['content-security-policy'] ?? '';
  expect(policy, where).not.toContain('unsafe-eval');
}

function expectUnframeable(res: APIResponse) {
  const h = res.headers();
  expect(h['x-frame-options'], res.url()).toBe('DENY');
  expect(csp(res).get('frame-ancestors')).toEqual([`'none'`]);
}

/** The CSP of an HTML page: same-origin only, no plugins, no <base>. */
function expectPagePolicy(res: APIResponse) {
  const p = csp(res);
  expect(p.get('default-src')).toEqual([`'self'`]);
  expect(p.get('object-src')).toEqual([`'none'`]);
  expect(p.get('base-uri')).toEqual([`'none'`]);
  expect(p.get('form-action')).toEqual([`'self'`]);
  for (const directive of ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src']) {
    for (const source of p.get(directive) ?? []) {
      expect(source, `${directive} allows only this origin`).toMatch(/^'[a-z-]+'$|^'nonce-[A-Za-z0-9+/=]+'$|^data:$/);
    }
  }
}

async function get(request: APIRequestContext, url: string) {
  return request.get(url, { maxRedirects: 0 });
}

test.describe('full pages', () => {
  test('the start page', async ({ request }) => {
    const res = await get(request, '/en');
    expect(res.status()).toBe(200);
    expectCommonHeaders(res);
    expectUnframeable(res);
    expectPagePolicy(res);
    expect(res.headers()['cross-origin-opener-policy']).toBe('same-origin');
  });

  test('a prerendered page (the guidance index) gets the static policy', async ({ request }) => {
    const res = await get(request, '/en/guidance');
    expect(res.status()).toBe(200);
    expectCommonHeaders(res);
    expectUnframeable(res);
    expectPagePolicy(res);
    // Prerendered: Next's inline bootstrap scripts have no nonce.
    expect(csp(res).get('script-src')).toEqual([`'self'`, `'unsafe-inline'`]);
  });

  test('a question page, rendered per request, has a fresh nonce and no unsafe-inline script', async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await get(request, '/en/check/workplace?case=hire');
      expect(res.status()).toBe(200);
      expectCommonHeaders(res);
      expectUnframeable(res);
      expectPagePolicy(res);
      const script = csp(res).get('script-src')!;
      expect(script).toContain(`'strict-dynamic'`);
      expect(script).not.toContain(`'unsafe-inline'`);
      const nonce = script.find((s) => s.startsWith(`'nonce-`))!;
      expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
      nonces.add(nonce);
      // Every script element of the page carries that nonce (else the browser would block it).
      const html = await res.text();
      const value = nonce.slice(7, -1);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, tag).toContain(`nonce="${value}"`);
    }
    expect(nonces.size).toBe(3);
  });

  test('the privacy and accessibility statements', async ({ request }) => {
    for (const path of ['/fr/privacy', '/de/accessibility']) {
      const res = await get(request, path);
      expect(res.status(), path).toBe(200);
      expectCommonHeaders(res);
      expectUnframeable(res);
      expectPagePolicy(res);
    }
  });

  test('the redirect from / to a locale', async ({ request }) => {
    const res = await get(request, '/');
    expect(res.status()).toBeGreaterThanOrEqual(300);
    expect(res.status()).toBeLessThan(400);
    expect(res.headers()['location']).toMatch(/^\/(nl|fr|de|en)$/);
    expectCommonHeaders(res);
    expectUnframeable(res);
    // The locale came from Accept-Language: a shared cache must keep one redirect per language.
    expect(res.headers()['vary']).toMatch(/accept-language/i);
    const fr = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
    expect(fr.headers()['location']).toBe('/fr');
  });
});

test.describe('every page: the scripts carry the nonce of the policy', () => {
  // A page that Next.js prerenders but the proxy treats as rendered per request would get a nonce
  // its scripts do not carry, and the browser would block them (lib/security/headers.ts,
  // PRERENDERED_PATHS). Pages of other parts of the site may be missing: their 404 is checked then.
  const pages = [
    '/en',
    '/fr/check/workplace?case=hire',
    '/de/check/answers?postcode=1000&nationality=IN',
    '/nl/check/result?postcode=9000&nationality=IN',
    '/en/embed?preset=brussels',
    '/en/embed/check/nationality?preset=wallonia',
    '/en/privacy',
    '/en/accessibility',
    '/en/guidance',
    '/en/guidance/highly-skilled',
    '/en/compare',
    '/en/how-it-decides',
    '/en/shortage-lists',
    '/en/embedding',
    '/en/no-such-page',
    '/no-such-file.txt',
    // Addresses with a dot go through the proxy like any other (issue 13).
    '/en/check/a.b',
    '/en/embed/check/v1.2',
    '/en/x.y',
    '/favicon.ico',
  ];
  for (const path of pages) {
    test(path, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      const script = csp(res).get('script-src')!;
      expect(script).not.toContain(`'unsafe-eval'`);
      const html = await res.text();
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      const nonce = script.find((s) => s.startsWith(`'nonce-`));
      if (nonce) {
        expect(script).toContain(`'strict-dynamic'`);
        expect(script).not.toContain(`'unsafe-inline'`);
        for (const tag of tags) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce.slice(7, -1)}"`);
      } else {
        expect(script, path).toEqual([`'self'`, `'unsafe-inline'`]);
      }
      // The pages that write the answers back into the page always have the nonce policy.
      if (/\/(check|embed)(\/|\?|$)/.test(path)) expect(nonce, path).toBeDefined();
    });
  }
});

test.describe('embed pages', () => {
  test('/en/embed may be framed by the regional government sites, and has no X-Frame-Options', async ({ request }) => {
    const res = await get(request, '/en/embed');
    expectCommonHeaders(res);
    expect(res.headers()['x-frame-options']).toBeUndefined();
    expect(res.headers()['cross-origin-opener-policy']).toBeUndefined();
    const ancestors = csp(res).get('frame-ancestors')!;
    expect(ancestors).not.toContain(`'none'`);
    for (const origin of REGIONAL_ORIGINS) expect(ancestors).toContain(origin);
    for (const source of ancestors) expect(source).toMatch(/^'self'$|^https?:\/\/[a-z0-9.-]+(:\d+)?$/);
    expect(csp(res).get('script-src')).toContain(`'strict-dynamic'`);
  });

  test('a preset narrows the allowed parents to its region', async ({ request }) => {
    const res = await get(request, '/en/embed/check/nationality?preset=brussels');
    expectCommonHeaders(res);
    expect(res.headers()['x-frame-options']).toBeUndefined();
    const ancestors = csp(res).get('frame-ancestors')!;
    expect(ancestors).toContain('https://economy-employment.brussels');
    expect(ancestors).not.toContain('https://www.vlaanderen.be');
    expect(ancestors).not.toContain('https://emploi.wallonie.be');
  });

  test('a hostile preset cannot add a source or a directive', async ({ request }) => {
    const hostile = encodeURIComponent(`x https://evil.example; script-src *`);
    const res = await get(request, `/en/embed?preset=${hostile}`);
    const policy = res.headers()['content-security-policy']!;
    expect(policy).not.toContain('evil.example');
    expect(policy.match(/script-src/g)).toHaveLength(1);
  });
});

test.describe('API, files and errors', () => {
  test('API responses', async ({ request }) => {
    const health = await get(request, '/api/health');
    expect(health.status()).toBe(200);
    const assessed = await request.post('/api/v1/assessments', {
      data: { workplace: { postcode: '1000' } },
      headers: { 'content-type': 'application/json' },
    });
    expect(assessed.status()).toBe(200);
    const malformed = await request.post('/api/v1/assessments', {
      data: Buffer.from('{not json'),
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status()).toBe(400);
    for (const res of [health, assessed, malformed]) {
      expectCommonHeaders(res);
      expectUnframeable(res);
      expect(csp(res).get('default-src')).toEqual([`'none'`]);
    }
  });

  test('static files of the build, and public files', async ({ request }) => {
    const html = await (await get(request, '/en')).text();
    const chunk = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(chunk).toBeTruthy();
    const res = await get(request, chunk!);
    expect(res.status()).toBe(200);
    expectCommonHeaders(res);
    expect(res.headers()['cross-origin-resource-policy']).toBe('same-origin');

    const snippet = await get(request, '/embed.js');
    if (snippet.status() === 200) {
      expectCommonHeaders(snippet);
      // Regional sites load the snippet from their own pages.
      expect(snippet.headers()['cross-origin-resource-policy']).toBe('cross-origin');
    }
  });

  test('404 pages, localized and not', async ({ request }) => {
    for (const path of ['/en/no-such-page', '/nl/check/a/b/c', '/no-such-file.txt', '/_next/static/no-such-chunk.js']) {
      const res = await get(request, path);
      expect(res.status(), path).toBe(404);
      expectCommonHeaders(res);
      expectUnframeable(res);
    }
  });
});

test.describe('requests the proxy refuses', () => {
  test('a form post from another origin gets 403 before any server action runs', async ({ request }) => {
    for (const origin of ['https://evil.example', 'null']) {
      const res = await request.post('/en/check/workplace?case=hire', {
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        data: 'postcode=1000',
        maxRedirects: 0,
      });
      expect(res.status(), origin).toBe(403);
      expectCommonHeaders(res);
    }
  });

  test('a page post declaring more than 64 KiB gets 413', async ({ request, baseURL }) => {
    const res = await request.post('/en/check/workplace?case=hire', {
      headers: { origin: new URL(baseURL!).origin, 'content-type': 'text/plain' },
      data: 'a'.repeat(64 * 1024 + 1),
      maxRedirects: 0,
    });
    expect(res.status()).toBe(413);
    expectCommonHeaders(res);
  });

  test('an address with broken percent-encoding gets 400, not 500', async ({ request }) => {
    const res = await get(request, '/en/check/%E0%A4%A');
    expect(res.status()).toBe(400);
    expectCommonHeaders(res);
    // Files too (these bypass the page routes).
    for (const url of ['/icon.svg%E0%A4%A', '/embed.js/%E0%A4%A', '/_next/static/%E0%A4%A', '/%ZZ.txt']) {
      const file = await get(request, url);
      expect(file.status(), url).toBeLessThan(500);
      expect([400, 404], url).toContain(file.status());
    }
  });

  test('an API address with broken percent-encoding gets a JSON 404, not 500', async ({ request }) => {
    for (const url of ['/api/%E0%A4%A', '/api/v1/%E0%A4%A', '/api/v1/assessments/%E0%A4%A', '/api/health/%C3?locale=fr', '/api/%ZZ']) {
      for (const method of ['GET', 'POST', 'HEAD'] as const) {
        const res = await request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false, headers: { 'content-type': 'application/json' }, data: method === 'POST' ? '{}' : undefined });
        expect(res.status(), `${method} ${url}`).toBe(404);
        expect(res.headers()['content-type'], `${method} ${url}`).toBe('application/json; charset=utf-8');
        if (method !== 'HEAD') expect((await res.json()).error, `${method} ${url}`).toBe('not_found');
      }
    }
    const fr = await get(request, '/api/v1/%E0%A4%A?locale=fr');
    expect((await fr.json()).message).toMatch(/API/);
    expect(fr.headers()['content-language']).toBe('fr');
  });

  test('addresses with valid percent-encoding still reach the API and the files', async ({ request }) => {
    expect((await get(request, '/api/health%2F')).status()).toBe(404);
    expect((await get(request, '/api/v1/rules?asOf=2026%2D01%2D01')).status()).toBe(200);
    expect((await get(request, '/ic%6Fn.svg')).status()).toBeLessThan(500);
  });
});

test.describe('addresses with a dot go through the proxy', () => {
  test('a dotted page address gets the nonce policy, not the fallback with unsafe-inline', async ({ request }) => {
    for (const path of ['/en/check/a.b', '/fr/check/salary.x?postcode=1000', '/en/x.y', '/de/embed/check/a.b']) {
      const res = await get(request, path);
      expect(res.status(), path).toBeLessThan(500);
      expectCommonHeaders(res);
      const script = csp(res).get('script-src')!;
      expect(script, path).toContain(`'strict-dynamic'`);
      expect(script, path).not.toContain(`'unsafe-inline'`);
    }
  });

  test('a form post from another origin to a dotted address gets our 403', async ({ request }) => {
    for (const path of ['/en/check/a.b', '/nl/embed/check/x.y', '/en/x.y']) {
      const res = await request.post(path, {
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
        data: 'postcode=1000',
        maxRedirects: 0,
      });
      expect(res.status(), path).toBe(403);
      expect(await res.text(), path).toContain('this form can only be sent from this website');
      expectCommonHeaders(res);
    }
  });

  test('no internal header leaves the server', async ({ request }) => {
    for (const path of ['/favicon.ico', '/wp-login.php', '/en/x.y', '/a.b/c.d', '/en/no-such-page', '/en/check/a.b', '/en', '/icon.svg', '/api/health']) {
      const res = await get(request, path);
      const internal = Object.keys(res.headers()).filter((h) => /^x-middleware-/.test(h));
      expect(internal, path).toEqual([]);
    }
  });
});

test.describe('redirects', () => {
  test('each carries the security headers; one whose target holds answers is never cached', async ({ request }) => {
    const cases = [
      // Next.js's own 308 for a trailing slash
      ['/en/check/workplace/?postcode=7391', 308],
      // next-intl's 307 to a locale
      ['/check/workplace?postcode=7391', 307],
      // a page's own redirect (the result page with answers missing)
      ['/en/check/result?postcode=7391&nationality=IN', 307],
    ] as const;
    for (const [path, status] of cases) {
      const res = await get(request, path);
      expect(res.status(), path).toBe(status);
      expect(res.headers()['location'], path).toContain('7391');
      expectCommonHeaders(res);
      expectUnframeable(res);
      expect(res.headers()['cache-control'], path).toMatch(/^private, no-store$|(?=.*private)(?=.*no-store)/);
    }
    // A redirect without answers keeps the page's own caching.
    const plain = await get(request, '/en/guidance/');
    expect(plain.status()).toBe(308);
    expectCommonHeaders(plain);
  });

  test('the 303 of a form post, which holds the answers, is never cached', async ({ baseURL }) => {
    const { fields, origin } = await forgeryContext(baseURL!);
    const form = multipart({ ...fields, postcode: '1000' });
    const res = await exchange(baseURL!, { method: 'POST', path: '/en/check/workplace?case=hire', headers: { origin, 'content-type': form.contentType }, body: form.body });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toContain('postcode=1000');
    expect(res.headers['cache-control']).toContain('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

test.describe('absolute addresses name the configured public origin, whatever the request says', () => {
  const forged: Record<string, string>[] = [{ host: 'evil.example' }, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }];

  test('the alternate-language links, also on a page cached for a year', async ({ baseURL }) => {
    const origin = new URL(baseURL!).origin;
    for (const headers of forged) {
      for (const path of ['/en/guidance', '/fr/check/workplace?case=hire', '/en/no-such-page']) {
        const res = await exchange(baseURL!, { path, headers });
        const link = res.headers['link'] ?? '';
        expect(link, path).toContain(`<${origin}/nl`);
        expect(link, path).not.toContain('evil');
        for (const target of link.matchAll(/<(https?:[^>]+)>/g)) expect(target[1]!.startsWith(`${origin}/`), target[1]).toBe(true);
      }
    }
  });

  test('the share link of a result and the embed snippet', async ({ baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const query =
      'case=hire&postcode=9000&nationality=IN&residence=abroad&employment=employee&contract=open&salary=90000&salaryPer=year&fte=full&age=35&qualification=master' +
      '&experience=5&jobLevel=master&hqPosition=yes&nurseTeacher=no&posted=no&executive=no&ict=none&transfer=none&researcher=no&asOf=2026-11-21';
    for (const headers of forged) {
      const result = await exchange(baseURL!, { path: `/en/check/result?${query}`, headers });
      expect(result.status).toBe(200);
      expect(result.text).toContain(`${origin}/en/check/result?`);
      expect(result.text).not.toContain('evil.example');
      const embedding = await exchange(baseURL!, { path: '/en/embedding', headers });
      expect(embedding.status).toBe(200);
      expect(embedding.text).toContain(`${origin}/en/embed`);
      expect(embedding.text).toContain(`${origin}/embed.js`);
      expect(embedding.text).not.toContain('evil.example');
    }
  });
});
