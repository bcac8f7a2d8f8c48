import { describe, expect, it } from 'vitest';
import { pageLanguage, shownSource, sourceById } from './sources';
import { sources, type Source } from '@/lib/rules';

describe('a source in the reader\'s language (issue 11.8)', () => {
  it('shows the publisher\'s version in the reader\'s language when the catalogue lists one', () => {
    const visa = sourceById('dofi-visa-d')!;
    const fr = shownSource(visa, 'fr');
    expect(fr.url).toBe(visa.localized!.fr!.url);
    expect(fr.title).toBe(visa.localized!.fr!.title);
    expect(fr).toMatchObject({ titleLanguage: 'fr', pageLanguage: 'fr', otherLanguage: false });
  });

  it('otherwise shows the cited version with its language marked', () => {
    const visa = sourceById('dofi-visa-d')!;
    expect(visa.localized?.de).toBeUndefined();
    expect(shownSource(visa, 'de')).toMatchObject({ url: visa.url, title: visa.title, pageLanguage: 'en', otherLanguage: true });
    expect(shownSource(visa, 'en')).toMatchObject({ url: visa.url, pageLanguage: 'en', otherLanguage: false });
    const forms = sources['vlaanderen-forms'];
    expect(shownSource(forms, 'fr')).toMatchObject({ pageLanguage: 'nl', otherLanguage: true });
  });

  it('reads the page language from the version list, the site, or the address', () => {
    const localized: Source['localized'] = { nl: { title: 'x', url: 'https://example.be/pagina' } };
    expect(pageLanguage('https://example.be/pagina', localized)).toBe('nl');
    expect(pageLanguage('https://www.vlaanderen.be/en/work-permits-for-foreign-workers')).toBe('en');
    expect(pageLanguage('https://www.vlaanderen.be/toelating-tot-arbeid')).toBe('nl');
    // emploi.wallonie.be serves French pages under /en/ and /de/.
    expect(pageLanguage('https://emploi.wallonie.be/en/home/travailleurs-etrangers/permis-de-travail/personnel-hautement-qualifie-3.html')).toBe('fr');
    expect(pageLanguage('https://ostbelgienlive.be/desktopdefault.aspx/tabid-269/')).toBe('de');
    expect(pageLanguage('https://www.myria.be')).toBeNull();
  });

  it('every localized version is an https address on the publisher\'s site, with a title', () => {
    for (const s of Object.values(sources) as Source[]) {
      for (const [language, version] of Object.entries(s.localized ?? {})) {
        expect(version!.title.trim().length, `${s.id} ${language}`).toBeGreaterThan(5);
        expect(new URL(version!.url).protocol, `${s.id} ${language}`).toBe('https:');
      }
    }
  });
});
