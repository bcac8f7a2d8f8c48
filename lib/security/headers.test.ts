import { describe, expect, it } from 'vitest';
import {
  commonSecurityHeaders,
  createNonce,
  disabledFeatures,
  needsNonce,
  isEmbedPath,
  nextConfigHeaderRules,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
  resourceContentSecurityPolicy,
  safeFrameAncestors,
} from './headers';

/** Directive name -> its sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `directive ${name} appears twice`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

describe('path classification', () => {
  it.each([
    ['/en/embed', true],
    ['/fr/embed/check/salary', true],
    ['/nl/embed/', true],
    ['/en/embedded', false],
    ['/en/check/embed', false],
    ['/embed', false],
    ['/xx/embed', false],
    ['/en', false],
  ])('isEmbedPath(%s) = %s', (path, expected) => {
    expect(isEmbedPath(path)).toBe(expected);
  });

  it.each([
    ['/en/check/workplace', true],
    ['/de/check/result', true],
    ['/en', true],
    ['/en/embed', true],
    ['/en/embed/check/result', true],
    ['/en/privacy', true],
    ['/fr/guidance/highly-skilled', true],
    ['/en/no-such-page', true],
    ['/de/embedding', true],
    ['/en/guidance', false],
    ['/nl/guidance/', false],
  ])('needsNonce(%s) = %s', (path, expected) => {
    expect(needsNonce(path)).toBe(expected);
  });
});

describe('Content-Security-Policy of pages', () => {
  it('never allows eval in production, with or without a nonce', () => {
    for (const nonce of [undefined, 'abc123==']) {
      const csp = pageContentSecurityPolicy({ nonce, frameAncestors: 'none' });
      expect(csp).not.toContain('unsafe-eval');
    }
    expect(pageContentSecurityPolicy({ frameAncestors: 'none', dev: true })).toContain(`'unsafe-eval'`);
  });

  it('uses the nonce with strict-dynamic and no unsafe-inline scripts on dynamic pages', () => {
    const csp = parseCsp(pageContentSecurityPolicy({ nonce: 'n0nce+/=', frameAncestors: 'none' }));
    expect(csp.get('script-src')).toEqual([`'self'`, `'nonce-n0nce+/='`, `'strict-dynamic'`]);
  });

  it('allows inline scripts only on prerendered pages, which have no nonce', () => {
    const csp = parseCsp(pageContentSecurityPolicy({ frameAncestors: 'none' }));
    expect(csp.get('script-src')).toEqual([`'self'`, `'unsafe-inline'`]);
  });

  it('loads nothing from another origin and blocks plugins and <base>', () => {
    const csp = parseCsp(pageContentSecurityPolicy({ frameAncestors: 'none' }));
    expect(csp.get('default-src')).toEqual([`'self'`]);
    for (const directive of ['img-src', 'font-src', 'connect-src', 'style-src', 'script-src']) {
      for (const source of csp.get(directive) ?? []) expect(source, `${directive} ${source}`).toMatch(/^'|^data:$/);
    }
    expect(csp.get('object-src')).toEqual([`'none'`]);
    expect(csp.get('base-uri')).toEqual([`'none'`]);
    expect(csp.get('form-action')).toEqual([`'self'`]);
  });

  it("frame-ancestors is 'none' unless embed sources are given; an empty list is 'none' too", () => {
    expect(parseCsp(pageContentSecurityPolicy({ frameAncestors: 'none' })).get('frame-ancestors')).toEqual([`'none'`]);
    expect(parseCsp(pageContentSecurityPolicy({ frameAncestors: [] })).get('frame-ancestors')).toEqual([`'none'`]);
    const embed = parseCsp(
      pageContentSecurityPolicy({ frameAncestors: [`'self'`, 'https://www.vlaanderen.be', 'https://ostbelgienlive.be'] }),
    );
    expect(embed.get('frame-ancestors')).toEqual([`'self'`, 'https://www.vlaanderen.be', 'https://ostbelgienlive.be']);
  });

  it('cannot be widened or extended by a malformed frame-ancestors source', () => {
    const csp = pageContentSecurityPolicy({
      frameAncestors: [
        'https://ok.example',
        '*',
        'https://*.example',
        'https://a.example; script-src *',
        'https://b.example https://c.example',
        "'unsafe-inline'",
        'javascript:alert(1)',
        'https://d.example/path',
        'HTTPS://UPPER.EXAMPLE',
        'https://ok.example',
      ],
    });
    const parsed = parseCsp(csp);
    expect(parsed.get('frame-ancestors')).toEqual(['https://ok.example']);
    expect(parsed.get('script-src')).toEqual([`'self'`, `'unsafe-inline'`]);
  });
});

describe('safeFrameAncestors', () => {
  it("keeps 'self' and exact origins, including a port, once each", () => {
    expect(safeFrameAncestors([`'self'`, 'http://127.0.0.1:4000', 'https://emploi.wallonie.be', `'self'`])).toEqual([
      `'self'`,
      'http://127.0.0.1:4000',
      'https://emploi.wallonie.be',
    ]);
  });
});

describe('pageSecurityHeaders', () => {
  const base = { dev: false } as const;

  it('full pages: no framing at all (CSP and X-Frame-Options), isolated opener', () => {
    const h = pageSecurityHeaders({ ...base, pathname: '/en' });
    expect(h['X-Frame-Options']).toBe('DENY');
    expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(h['Content-Security-Policy']).toContain(`frame-ancestors 'none'`);
  });

  it('embed pages: framed by the preset origins only, no X-Frame-Options, no COOP', () => {
    const h = pageSecurityHeaders({
      ...base,
      pathname: '/en/embed',
      nonce: 'abc',
      embedAncestors: [`'self'`, 'https://economy-employment.brussels'],
    });
    expect(h['X-Frame-Options']).toBeUndefined();
    expect(h['Cross-Origin-Opener-Policy']).toBeUndefined();
    expect(h['Content-Security-Policy']).toContain(`frame-ancestors 'self' https://economy-employment.brussels`);
    expect(h['Content-Security-Policy']).toContain(`'nonce-abc'`);
  });

  it('an embed page without allowed sources may be framed by nobody', () => {
    const h = pageSecurityHeaders({ ...base, pathname: '/fr/embed/check/result' });
    expect(h['Content-Security-Policy']).toContain(`frame-ancestors 'none'`);
  });

  it('every page carries the common headers', () => {
    for (const pathname of ['/en', '/en/embed', '/de/check/result']) {
      const h = pageSecurityHeaders({ ...base, pathname });
      for (const [name, value] of Object.entries(commonSecurityHeaders)) expect(h[name]).toBe(value);
    }
  });
});

describe('common headers', () => {
  it('never send the address (with the answers) to another site, but keep a real Origin on our own posts', () => {
    expect(commonSecurityHeaders['Referrer-Policy']).toBe('same-origin');
  });

  it('disable the features the tool does not use', () => {
    const policy = commonSecurityHeaders['Permissions-Policy']!;
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort']) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(new Set(disabledFeatures).size).toBe(disabledFeatures.length);
    expect(policy.split(', ')).toHaveLength(disabledFeatures.length);
  });

  it('set nosniff and HSTS', () => {
    expect(commonSecurityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(commonSecurityHeaders['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });
});

describe('nonce', () => {
  it('is 128 bits of base64, different each time', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('next.config headers() rules', () => {
  const rules = nextConfigHeaderRules(false);
  const headerNames = (source: string) => rules.find((r) => r.source === source)?.headers.map((h) => h.key) ?? [];

  it('give every response the common headers', () => {
    expect(headerNames('/:path*').sort()).toEqual(Object.keys(commonSecurityHeaders).sort());
  });

  it('exclude embed pages from the framing rules (a config header cannot be removed later)', () => {
    const notEmbed = rules[1]!;
    expect(notEmbed.headers.map((h) => h.key)).toContain('X-Frame-Options');
    // The path-to-regexp source holds a regular expression; check it on real paths.
    const pattern = /^\/:path\((.*)\)$/.exec(notEmbed.source)?.[1];
    expect(pattern).toBeDefined();
    const re = new RegExp(`^/${pattern}$`);
    for (const p of ['/en', '/en/check/result', '/api/health', '/_next/static/x.js', '/', '/en/embedded']) {
      expect(re.test(p), p).toBe(true);
    }
    for (const p of ['/en/embed', '/fr/embed/check/result']) expect(re.test(p), p).toBe(false);
  });

  it('give the API and static files a policy that allows nothing', () => {
    const api = rules.find((r) => r.source === '/api/:path*')!;
    expect(api.headers).toContainEqual({ key: 'Content-Security-Policy', value: resourceContentSecurityPolicy });
    expect(resourceContentSecurityPolicy).toMatch(/^default-src 'none'/);
  });

  it('let other sites load the embed snippet (Cross-Origin-Resource-Policy)', () => {
    const snippet = rules.find((r) => r.source === '/embed.js')!;
    expect(snippet.headers).toContainEqual({ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' });
  });
});
