import { describe, expect, it } from 'vitest';
import { embedPath, embedSnippet, FALLBACK_HEIGHT, REQUIRED_SANDBOX, siteHref } from './snippet';

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    origin: 'https://tool.example.be',
    locale: 'fr',
    param: 'wallonia_teal',
    title: 'Vérificateur – pouvez-vous engager "un" <travailleur> & co ?',
  });

  it('frames the embed URL with data-bwpc, lazy loading and a fixed fallback height', () => {
    expect(snippet).toContain('<iframe src="https://tool.example.be/fr/embed?preset=wallonia_teal"');
    expect(snippet).toContain(' data-bwpc ');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(`height="${FALLBACK_HEIGHT}"`);
    expect(snippet).toContain('referrerpolicy="strict-origin"');
    expect(snippet).not.toContain('sandbox');
  });

  it('escapes the localized title', () => {
    expect(snippet).toContain(
      'title="Vérificateur – pouvez-vous engager &quot;un&quot; &lt;travailleur&gt; &amp; co ?"',
    );
  });

  it('loads the parent script from the same origin', () => {
    expect(snippet).toContain('<script src="https://tool.example.be/embed.js" async></script>');
  });

  it('leaves out an empty preset', () => {
    expect(embedPath('nl', '')).toBe('/nl/embed');
    expect(embedPath('de', 'german-speaking-community')).toBe('/de/embed?preset=german-speaking-community');
  });
});

describe('siteHref', () => {
  it('maps an embed page to the same page of the full site with the same query', () => {
    expect(siteHref('/nl/embed', '')).toBe('/nl');
    expect(siteHref('/nl/embed', '?preset=flanders')).toBe('/nl?preset=flanders');
    expect(siteHref('/en/embed/check/salary', '?nationality=IN&salary=60000')).toBe('/en/check/salary?nationality=IN&salary=60000');
    expect(siteHref('/de/embed/check/answers', 'a=1')).toBe('/de/check/answers?a=1');
    expect(siteHref('/fr/embed/check/result', '')).toBe('/fr/check/result');
  });

  it('only rewrites the locale-prefixed embed segment', () => {
    expect(siteHref('/en/embedding', '')).toBe('/en/embedding');
    expect(siteHref('/en/check/embed', '')).toBe('/en/check/embed');
  });
});

describe('REQUIRED_SANDBOX', () => {
  it('is exactly the documented set', () => {
    expect(REQUIRED_SANDBOX.split(' ').sort()).toEqual(
      ['allow-forms', 'allow-modals', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'],
    );
  });
});
