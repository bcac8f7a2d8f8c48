import { describe, expect, it } from 'vitest';
import { withPublicOrigin } from './alternate-links';
import { NOT_FOUND_PATH, pathKind } from './paths';

describe('pathKind', () => {
  it('every page address is a page, with or without a dot', () => {
    for (const p of ['/', '/en', '/en/check/workplace', '/en/check/a.b', '/a.b/c.d', '/en/x.txt', '/nl/embed/check/v1.2', '/apis', '/_nextx'])
      expect(pathKind(p), p).toBe('page');
  });
  it('the API and the framework files are not the proxy’s pages', () => {
    for (const p of ['/api', '/api/health', '/api/v1/openapi.json', '/_next/static/a.js', '/_vercel/insights']) expect(pathKind(p), p).toBe('internal');
  });
  it('our root files, and the 404 of any other', () => {
    expect(pathKind('/embed.js')).toBe('file');
    expect(pathKind('/icon.svg')).toBe('file');
    for (const p of ['/favicon.ico', '/wp-login.php', '/.env', '/embed.js.map']) expect(pathKind(p), p).toBe('missing-file');
    expect(pathKind(NOT_FOUND_PATH)).toBe('not-found');
  });
});

describe('withPublicOrigin', () => {
  it('moves every alternate link to the public origin, whatever Host said', () => {
    const header =
      '<http://evil.example/nl/guidance>; rel="alternate"; hreflang="nl", <https://evil.example:8443/en/guidance?x=1>; rel="alternate"; hreflang="en", <http://evil.example/guidance>; rel="alternate"; hreflang="x-default"';
    expect(withPublicOrigin(header, 'https://werkvergunning.example.be')).toBe(
      '<https://werkvergunning.example.be/nl/guidance>; rel="alternate"; hreflang="nl", <https://werkvergunning.example.be/en/guidance?x=1>; rel="alternate"; hreflang="en", <https://werkvergunning.example.be/guidance>; rel="alternate"; hreflang="x-default"',
    );
  });
  it('leaves relative links alone', () => {
    expect(withPublicOrigin('</_next/static/a.css>; rel=preload', 'https://a.example')).toBe('</_next/static/a.css>; rel=preload');
  });
});
