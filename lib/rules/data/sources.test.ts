import { describe, expect, it } from 'vitest';
import { sources } from './sources';
import { rulesChecked, rulesVersion } from './version';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
function validIso(s: string): boolean {
  return isoDate.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

describe('sources', () => {
  const all = Object.entries(sources);

  it.each(all)('%s has an id equal to its key, a title, an https URL, a kind and dates', (key, s) => {
    expect(s.id).toBe(key);
    expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(s.title.trim().length).toBeGreaterThan(10);
    const url = new URL(s.url);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toContain('.');
    expect(['law', 'decree', 'official-page', 'secondary', 'eu-law']).toContain(s.kind);
    expect(validIso(s.checked)).toBe(true);
    expect(s.checked <= rulesChecked).toBe(true);
    if (s.published !== null) {
      expect(validIso(s.published)).toBe(true);
      expect(s.published <= s.checked).toBe(true);
    }
    if ('article' in s) expect(String(s.article).length).toBeGreaterThan(0);
    const localized = (s as { localized?: Record<string, { title: string; url: string }> }).localized ?? {};
    for (const [lang, version] of Object.entries(localized)) {
      expect(['nl', 'fr', 'de', 'en'], `${key} ${lang}`).toContain(lang);
      expect(version.title.trim().length, `${key} ${lang}`).toBeGreaterThan(10);
      expect(new URL(version.url).protocol, `${key} ${lang}`).toBe('https:');
      expect(version.url, `${key} ${lang}: another language version, not the cited URL`).not.toBe(s.url);
    }
  });

  it('has every source the parameters and the other rules layers are expected to cite', () => {
    const required = [
      'kpmg-2024-223', 'kpmg-2026-018', 'kpmg-2026-026', 'vlaanderen-highly-skilled', 'vlaanderen-executive',
      'vlaanderen-ict', 'vlaanderen-medium-skilled-list', 'vlaanderen-other', 'vlaanderen-wages',
      'vlaanderen-who-needs-permit', 'vlaanderen-forms', 'vlaanderen-processing-times', 'pravolex-2025',
      'belga-2024-blue-card', 'brussels-minimum-remuneration', 'brussels-exemptions', 'brussels-other-cases',
      'brussels-annexes-blue-card', 'reliance-littler-2024', 'wallonia-decree-2024-06-06', 'wallonia-highly-qualified',
      'wallonia-what-to-do', 'wallonia-general-category', 'brussels-times-2026-02-26', 'securex-2024', 'sotra-2024',
      'ostbelgienlive-permits', 'ostbelgienlive-exemptions', 'dofi-single-permit', 'dofi-fee-faq',
      'vanhavermaet-2025-fee', 'droitsquotidiens-2024-fee', 'expat-centre-limburg-2026-fee', 'fragomen-2025-05-13',
      'fragomen-2025-12-17', 'vandelanotte-2024-06-27', 'vandelanotte-2026-02-26', 'propay-2025',
      'focus-wtv-2026-vdab', 'visasupdate-2025-brussels-list', 'theimmigrationworld-wallonia-list',
      'mondaq-fragomen-2024-wallonia-list', 'workinginbelgium-fixed-term', 'cooperation-agreement-2018',
      'pdg-municipalities', 'directive-2021-1883', 'directive-2014-66', 'directive-2016-801', 'eea-agreement',
      'withdrawal-agreement', 'bpost-postcodes',
    ];
    expect(required.filter((id) => !(id in sources))).toEqual([]);
  });

  it('links EU law to EUR-Lex as the brief gives it', () => {
    expect(sources['directive-2021-1883'].url).toBe('https://eur-lex.europa.eu/eli/dir/2021/1883/oj');
    expect(sources['directive-2014-66'].url).toBe('https://eur-lex.europa.eu/eli/dir/2014/66/oj');
    expect(sources['directive-2016-801'].url).toBe('https://eur-lex.europa.eu/eli/dir/2016/801/oj');
    expect(sources['withdrawal-agreement'].url).toBe('https://eur-lex.europa.eu/eli/treaty/withd_2020/sign');
    expect(sources['cooperation-agreement-2018'].article).toBe('Arts. 7–8');
  });

  it('keeps the dates the reference gives', () => {
    expect(sources['kpmg-2024-223'].published).toBe('2024-11-13');
    expect(sources['kpmg-2026-018'].published).toBe('2026-01-26');
    expect(sources['brussels-times-2026-02-26'].published).toBe('2026-02-26');
    expect(sources['brussels-minimum-remuneration'].published).toBeNull(); // undated official page
  });

  it('dates the rules version', () => {
    expect(validIso(rulesVersion)).toBe(true);
    expect(validIso(rulesChecked)).toBe(true);
    expect(rulesVersion <= rulesChecked).toBe(true);
  });
});
