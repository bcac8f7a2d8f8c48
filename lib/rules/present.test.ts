/**
 * present(): the localized Assessment (api-contract.md), figures in each language, notices,
 * translation completeness, rulesOn().
 */
import { describe, expect, test } from 'vitest';
import { locales, type Locale } from '../i18n/locales';
import { evaluate } from './evaluate';
import { formatMoney, todayInBrussels } from './format';
import { assess, rulesOn } from './index';
import { present } from './present';
import { rulesMessages, translationProblems, translator, validationMessages } from './messages';
import { base, typicalAnswers } from './testing/fixtures';

const asOf = '2026-11-21';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translation completeness', () => {
  test.each(['rules', 'validation'] as const)('messages/{locale}/%s.json have identical keys in all four languages', (ns) => {
    const cat = ns === 'rules' ? rulesMessages : validationMessages;
    const en = keys(cat.en).sort();
    expect(en.length).toBeGreaterThan(20);
    for (const l of locales) expect(keys(cat[l]).sort()).toEqual(en);
  });
  test('every message key the evaluation produces exists in all four rules.json', () => {
    const used = new Set<string>();
    const answers = [...typicalAnswers, ...typicalAnswers.map((a) => ({ ...a, worker: { ...a.worker, age: 17, nationality: 'TR' } }))];
    for (const a of answers)
      for (const d of ['2025-03-01', '2026-09-01']) {
        const ev = evaluate(a, d);
        for (const c of ev.preliminaryChecks) used.add(c.text.key);
        for (const r of ev.routes) {
          for (const c of r.checks) used.add(c.text.key);
          for (const c of r.conditions) used.add(c.text.key);
          for (const x of r.documents) {
            used.add(x.text.key);
            if (x.detail) used.add(x.detail.key);
          }
          for (const f of r.fees) {
            used.add(f.text.key);
            if (f.exemption) used.add(f.exemption.key);
          }
          used.add(r.processingTime.text.key);
        }
        if (ev.recommendation) used.add(ev.recommendation.key);
      }
    expect(used.size).toBeGreaterThan(40);
    for (const l of locales) {
      const t = translator(l) as unknown as { has?: (k: string) => boolean };
      const all = new Set(keys(rulesMessages[l]));
      for (const k of used) expect(all.has(k), `${l}: ${k}`).toBe(true);
      void t;
    }
  });
  test('every message parses as ICU in every language (no translation problems when rendering)', () => {
    translationProblems.length = 0;
    for (const a of typicalAnswers) for (const l of locales) present(evaluate(a, asOf), l);
    expect(translationProblems).toEqual([]);
  });
});

describe('figures read naturally in each language', () => {
  const ev = evaluate(base('wallonia', { worker: { age: 35 }, job: { grossSalary: { amount: 52000, period: 'year' } } }), asOf);
  // Intl uses no-break spaces (U+00A0, U+202F) around € and between digit groups: compare with plain spaces.
  const explanation = (l: Locale) =>
    present(ev, l).routes.find((r) => r.id === 'highly-skilled')!.checks.find((c) => c.id === 'salary-threshold')!.explanation.replace(/[\u00a0\u202f]/g, ' ');
  test('en', () => {
    expect(explanation('en')).toBe('€52,000 a year is below €53,220 a year, the Walloon threshold in force on 21 November 2026.');
  });
  test('fr', () => {
    expect(explanation('fr')).toBe('52 000 € par an est inférieur à 53 220 € par an, le seuil wallon en vigueur le 21 novembre 2026.');
  });
  test('de', () => {
    expect(explanation('de')).toBe('52.000 € pro Jahr liegt unter 53.220 € pro Jahr, der wallonischen Gehaltsschwelle, die am 21. November 2026 gilt.');
  });
  test('nl', () => {
    expect(explanation('nl')).toBe('€ 52.000 per jaar is lager dan € 53.220 per jaar, de Waalse loongrens die geldt op 21 november 2026.');
  });
  test('cents only when there are cents', () => {
    expect(formatMoney('en', 39129.6)).toBe('€39,129.60');
    expect(formatMoney('en', 148)).toBe('€148');
  });
});

describe('the contract', () => {
  const a = present(evaluate(typicalAnswers[0]!, asOf), 'fr');
  test('competent authority with a localized name and an official URL', () => {
    expect(a.competentAuthority).toEqual({ id: 'flanders', name: 'Région flamande (Departement Werk en Sociale Economie)', url: expect.stringMatching(/^https:\/\/www\.vlaanderen\.be/) });
  });
  test('routes carry checks with citations, documents with titles, fees and processing', () => {
    const hs = a.routes.find((r) => r.id === 'highly-skilled')!;
    expect(hs.name).toBe('Personnel hautement qualifié');
    expect(hs.checks[0]!.citations[0]).toEqual({ title: expect.any(String), url: expect.stringMatching(/^https:/), checked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(hs.documents.find((d) => d.id === 'passport-copy')!.title).toBe('Copie d’un passeport valable ou d’un titre de voyage équivalent');
    expect(hs.fees.find((f) => f.id === 'federal-administrative-fee')).toMatchObject({ amount: 148, currency: 'EUR', title: 'Redevance (Office des étrangers)' });
    expect(hs.processingTime.targetDays).toBe(15);
    expect(hs.processingTime.note).toContain('15');
  });
  test('notices list the figures to confirm (carried-forward Flemish threshold)', () => {
    expect(a.notices.map((n) => n.parameter)).toContain('flanders.highly-skilled.salary-reduced');
    const n = a.notices.find((x) => x.parameter === 'flanders.highly-skilled.salary-reduced')!;
    expect(n.carriedForward).toBe(true);
    expect(n.text).toContain('2025');
  });
  test('unknown checks say why, in words', () => {
    const b = present(evaluate({ workplace: { region: 'brussels' } }, asOf), 'nl');
    const c = b.routes.find((r) => r.id === 'highly-skilled')!.checks.find((x) => x.id === 'salary-threshold')!;
    expect(c.unknownBecause).toBe('answer-missing');
    expect(c.unknownReason).toBe('Nog nodig: Brutoloon.');
  });
  test('recommendation names the other eligible routes', () => {
    const e = evaluate(base('brussels', { worker: { highestQualificationEqf: 7 }, job: { grossSalary: { amount: 5000, period: 'month' } } }), asOf);
    expect(present(e, 'en').recommendation).toBe('Recommended route: Highly skilled worker. Also open: EU Blue Card.');
  });
  test('assess() = present(evaluate())', () => {
    expect(assess(typicalAnswers[1]!, 'de', asOf)).toEqual(present(evaluate(typicalAnswers[1]!, asOf), 'de'));
  });
});

describe('rulesOn', () => {
  test('parameters in force per authority with unit, validity, confidence and sources', () => {
    const r = rulesOn('2026-01-01', 'en');
    const w = r.authorities.find((x) => x.id === 'wallonia')!;
    const hs = w.parameters.find((p) => p.id === 'wallonia.highly-skilled.salary')!;
    expect(hs).toMatchObject({ unit: 'EUR/year', value: 53220, formatted: '€53,220 a year', validFrom: '2026-01-01' });
    expect(hs.sources.length).toBeGreaterThan(0);
    expect(r.federal.some((p) => p.id === 'federal.fee.administrative')).toBe(true);
    expect(r.eu.some((p) => p.id === 'eu.researcher.decision-days')).toBe(true);
    expect(rulesOn('2025-12-31', 'en').authorities.find((x) => x.id === 'wallonia')!.parameters.find((p) => p.id === 'wallonia.highly-skilled.salary')!.value).toBe(51613);
  });
  test('a date before the covered period does not throw', () => {
    expect(() => rulesOn('2020-01-01', 'de')).not.toThrow();
  });
});

test('todayInBrussels: the calendar day in Europe/Brussels', () => {
  expect(todayInBrussels(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // CEST, UTC+2
  expect(todayInBrussels(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31'); // CET, UTC+1
  expect(todayInBrussels(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
});

describe('nationality is named in the reader’s language', () => {
  test.each([
    ['en', 'India'],
    ['nl', 'India'],
    ['fr', 'Inde'],
    ['de', 'Indien'],
  ] as const)('%s: %s, never the ISO code', (locale, name) => {
    const a = assess({ workplace: { postcode: '4700' }, worker: { nationality: 'IN' } }, locale, asOf);
    const eea = a.preliminaryChecks.find((c) => c.id === 'eea-national');
    expect(eea?.status).toBe('fail');
    expect(eea?.explanation).toContain(name);
    expect(eea?.explanation).not.toMatch(/\bIN\b/);
  });
});

test('a verdict left open by an exemption says that whether a permit is needed is still open, in every language', () => {
  // 60 days in Flanders: short business activities (exempt) or the short-stay procedure.
  const answers = base('flanders', { job: { durationDays: 60 } });
  for (const locale of locales) {
    const a = assess(answers, locale, '2026-06-01');
    expect([a.verdict, a.routes]).toEqual(['undetermined', []]);
    expect(a.verdictText).toBe(translator(locale)('verdicts.undeterminedPreliminary'));
  }
  // With the answer, the short-stay procedure.
  expect(assess(base('flanders', { job: { durationDays: 60, shortBusinessActivities: false } }), 'en', '2026-06-01').verdictText).not.toBe(
    translator('en')('verdicts.undeterminedPreliminary'),
  );
});
