/**
 * The four message catalogues (messages/{nl,fr,de,en}/{namespace}.json) stay in step:
 *  - every namespace file exists in every language and is registered in lib/i18n/messages.ts;
 *  - every key (nested objects flattened to dotted paths) exists in all four languages, as a string;
 *  - every message is valid ICU syntax and uses the same argument names (and rich-text tags) in each language;
 *  - no Dutch, French or German message is left identical to the English one, except the short,
 *    explicit allowlist below (proper names, codes, URLs, lone placeholders).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/locales';

const root = path.resolve(__dirname, '..', 'messages');
type Translated = Exclude<(typeof locales)[number], 'en'>;
const others = locales.filter((l): l is Translated => l !== 'en');

// ---------------------------------------------------------------------------
// Loading and flattening
// ---------------------------------------------------------------------------

type Flat = Map<string, unknown>;

/** Nested objects → dotted keys; leaves kept as they are (strings expected, anything else reported). */
export function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function namespaceFiles(locale: string): string[] {
  return readdirSync(path.join(root, locale))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

const catalogues = new Map<string, Flat>();
function catalogue(locale: string, ns: string): Flat {
  const id = `${locale}/${ns}`;
  let flat = catalogues.get(id);
  if (!flat) {
    flat = flatten(JSON.parse(readFileSync(path.join(root, locale, `${ns}.json`), 'utf8')));
    catalogues.set(id, flat);
  }
  return flat;
}

// ---------------------------------------------------------------------------
// ICU arguments
// ---------------------------------------------------------------------------

/**
 * The argument names and rich-text tag names an ICU message uses ({name}, {n, number},
 * {n, plural, one {…} other {…}}, {x, select, …}, <b>…</b>), through nested plural/select branches.
 * Apostrophe quoting follows ICU: '' is a literal apostrophe; '{…}' quotes syntax characters.
 * Throws on unbalanced braces, so a broken message fails the test too.
 */
export function icuArguments(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const n = message.length;

  // Reads literal text until a '{' (argument), a '}' (end of a branch) or the end; records tags.
  function text(inBranch: boolean): void {
    while (i < n) {
      const c = message[i]!;
      if (c === "'") {
        if (message[i + 1] === "'") {
          i += 2;
          continue;
        }
        // Quoted literal only when the apostrophe precedes a syntax character ({ } # or |).
        if ('{}#|<'.includes(message[i + 1] ?? '')) {
          const end = message.indexOf("'", i + 1);
          i = end < 0 ? n : end + 1;
          continue;
        }
        i++;
        continue;
      }
      if (c === '{') {
        argument();
        continue;
      }
      if (c === '}') {
        if (!inBranch) throw new Error(`unbalanced "}" at ${i} in: ${message}`);
        return;
      }
      if (c === '<') {
        const m = /^<\/?([A-Za-z][\w-]*)\s*\/?>/.exec(message.slice(i));
        if (m) {
          names.add(`<${m[1]}>`);
          i += m[0].length;
          continue;
        }
      }
      i++;
    }
    if (inBranch) throw new Error(`unclosed "{" in: ${message}`);
  }

  // At '{': {name}, {name, type}, {name, type, style} or {name, plural|select|selectordinal, key {…} …}.
  function argument(): void {
    i++; // '{'
    const close = (() => {
      let depth = 0;
      for (let j = i; j < n; j++) {
        if (message[j] === '{') depth++;
        else if (message[j] === '}') {
          if (depth === 0) return j;
          depth--;
        }
      }
      throw new Error(`unclosed "{" in: ${message}`);
    })();
    const head = message.slice(i, close);
    const firstComma = head.indexOf(',');
    const name = (firstComma < 0 ? head : head.slice(0, firstComma)).trim();
    if (!/^[\w.-]+$/.test(name)) throw new Error(`bad argument name "${name}" in: ${message}`);
    names.add(name);
    if (firstComma < 0) {
      i = close + 1;
      return;
    }
    const rest = head.slice(firstComma + 1);
    const type = rest.split(',')[0]!.trim();
    if (!['plural', 'select', 'selectordinal'].includes(type)) {
      i = close + 1; // {n, number} / {d, date, short}: no nested messages
      return;
    }
    // Branches: selector {message} selector {message} … (an optional "offset:n" first).
    i += firstComma + 1;
    i = message.indexOf(',', i) + 1;
    let branches = 0;
    while (i < close) {
      while (i < close && /\s/.test(message[i]!)) i++;
      if (i >= close) break;
      const m = /^(offset:\s*\d+\s+)?(=?[\w-]+)\s*\{/.exec(message.slice(i, close + 1));
      if (!m) throw new Error(`bad ${type} branch at ${i} in: ${message}`);
      i += m[0].length;
      text(true);
      if (message[i] !== '}') throw new Error(`unclosed ${type} branch in: ${message}`);
      i++;
      branches++;
    }
    if (!branches) throw new Error(`${type} without branches in: ${message}`);
    if (type !== 'select' && !/\bother\s*\{/.test(head)) throw new Error(`${type} without "other" in: ${message}`);
    i = close + 1;
  }

  text(false);
  return [...names].sort();
}

// ---------------------------------------------------------------------------
// Messages that may stay identical to English (keep this list short and explained)
// ---------------------------------------------------------------------------

/** Exact texts that are the same in every language: proper names, codes, brand names. */
const sameInEveryLanguage = new Set<string>([
  'VDAB', // Flemish public employment service
  'EURES', // European job mobility portal
  'Actiris', // Brussels public employment service
  'Forem', // Walloon public employment service
  'Le Forem',
  'ADG', // Arbeitsamt der Deutschsprachigen Gemeinschaft
  'Working in Belgium', // the federal portal's own name
  'OK',
  'Nederlands', // language names, each written in its own language
  'Français',
  'Deutsch',
  'English',
  '€', // a unit symbol
  '%',
  'EMN', // European Migration Network
]);

/**
 * Whether a message may equal its English counterpart: allowlisted text, a URL or e-mail address,
 * a message that is only placeholders, numbers and punctuation, or a single word that is an
 * abbreviation (all capitals) or a code.
 */
export function mayStayEnglish(text: string): boolean {
  const t = text.trim();
  if (t === '' || sameInEveryLanguage.has(t)) return true;
  if (/^(https?:\/\/|mailto:)\S+$/.test(t) || /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(t) || /^\/\S*$/.test(t)) return true;
  // Placeholders, numbers, symbols and punctuation only: "{count}", "{amount} / {per}", "1–3".
  if (/^[\s\d{}\p{P}\p{S}]*$/u.test(t.replace(/\{[^{}]*\}/g, ''))) return true;
  // A code or abbreviation: "EQF 6", "ISCO-08", "CSV", "ICT".
  if (/^[A-Z0-9][A-Z0-9 .\/+-]*$/.test(t) && !/\s[A-Z]{1}[a-z]/.test(t) && t.length <= 16) return true;
  return false;
}

/**
 * Words spelled the same in English and in that language (true cognates), checked word by word so
 * that "Sources ({count})" or a plural of "Source"/"Sources" passes in French, and nothing else.
 */
const cognates: Record<Translated, Set<string>> = {
  nl: new Set(['Privacy', 'Contact', 'Status', 'Per']),
  fr: new Set(['Contact', 'Source', 'Sources', 'Anthracite']),
  de: new Set(['Status']),
};

/** ICU syntax words that are not text: argument names and plural/select keywords. */
const icuWords = new Set(['plural', 'select', 'selectordinal', 'number', 'date', 'time', 'zero', 'one', 'two', 'few', 'many', 'other']);

/** Whether every word of the message (ICU syntax left out) is a cognate of that language. */
export function onlyCognates(text: string, locale: Translated): boolean {
  const args = new Set(icuArguments(text));
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const real = words.filter((w) => !args.has(w) && !icuWords.has(w));
  return real.length > 0 && real.every((w) => cognates[locale].has(w) || sameInEveryLanguage.has(w));
}

/**
 * Keys whose value is the same in every language for a reason the text alone does not show
 * (key → why). Prefer the text allowlist above; add here only with a comment.
 */
const sameByKey: Record<string, string> = {};

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('the ICU argument reader used below', () => {
  it('reads simple, typed, plural and select arguments and tags', () => {
    expect(icuArguments('Hello')).toEqual([]);
    expect(icuArguments('From {date} to {to}')).toEqual(['date', 'to']);
    expect(icuArguments('{amount, number, ::currency/EUR} per {per}')).toEqual(['amount', 'per']);
    expect(icuArguments('{weeks, plural, one {# week} other {# weeks in {place}}}')).toEqual(['place', 'weeks']);
    expect(icuArguments('{unit, select, days {days} months {months} other {{unit}}}')).toEqual(['unit']);
    expect(icuArguments('Read <link>the list</link> of {authority}')).toEqual(['<link>', 'authority']);
    expect(icuArguments("It''s {n}")).toEqual(['n']);
    expect(icuArguments("Type '{literal}' here")).toEqual([]);
  });

  it('rejects broken messages', () => {
    expect(() => icuArguments('Hello {name')).toThrow();
    expect(() => icuArguments('Hello name}')).toThrow();
    expect(() => icuArguments('{n, plural, one {# week}}')).toThrow(/other/);
  });

  it('allows names, codes, URLs and placeholders to stay English, not sentences', () => {
    for (const ok of ['VDAB', 'EURES', 'https://www.vlaanderen.be/x', '{count}', '{amount} / {per}', 'EQF 6', 'ICT']) {
      expect(mayStayEnglish(ok), ok).toBe(true);
    }
    for (const bad of ['Continue', 'Back', 'Start now', 'There is a problem', 'Email', 'Yes']) {
      expect(mayStayEnglish(bad), bad).toBe(false);
    }
    expect(onlyCognates('{count, plural, one {Source} other {Sources}}', 'fr')).toBe(true);
    expect(onlyCognates('Sources ({count})', 'fr')).toBe(true);
    expect(onlyCognates('Sources', 'nl')).toBe(false);
    expect(onlyCognates('Contact us', 'fr')).toBe(false);
  });
});

describe('message catalogues', () => {
  const english = namespaceFiles('en');

  it('every language has the same namespace files, and each is loaded by the app', () => {
    for (const locale of locales) expect(namespaceFiles(locale), locale).toEqual(english);
    expect([...namespaces].sort()).toEqual(english);
  });

  describe.each(english)('%s.json', (ns) => {
    it('has the same keys in all four languages, every one a non-empty string', () => {
      const en = catalogue('en', ns);
      expect(en.size).toBeGreaterThan(0);
      for (const locale of locales) {
        const flat = catalogue(locale, ns);
        const missing = [...en.keys()].filter((k) => !flat.has(k));
        const extra = [...flat.keys()].filter((k) => !en.has(k));
        expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
        const notText = [...flat].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
        expect({ locale, notText }).toEqual({ locale, notText: [] });
      }
    });

    it('uses the same ICU arguments in every language, with valid syntax', () => {
      const en = catalogue('en', ns);
      const problems: string[] = [];
      for (const [key, value] of en) {
        if (typeof value !== 'string') continue;
        let expected: string[];
        try {
          expected = icuArguments(value);
        } catch (e) {
          problems.push(`en ${key}: ${(e as Error).message}`);
          continue;
        }
        for (const locale of others) {
          const v = catalogue(locale, ns).get(key);
          if (typeof v !== 'string') continue; // reported by the key test
          try {
            const got = icuArguments(v);
            if (got.join(',') !== expected.join(',')) problems.push(`${locale} ${key}: [${got}] instead of [${expected}]`);
          } catch (e) {
            problems.push(`${locale} ${key}: ${(e as Error).message}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('has no Dutch, French or German message left in English', () => {
      const en = catalogue('en', ns);
      const untranslated: string[] = [];
      for (const locale of others) {
        const flat = catalogue(locale, ns);
        for (const [key, value] of en) {
          if (typeof value !== 'string' || flat.get(key) !== value) continue;
          if (mayStayEnglish(value) || onlyCognates(value, locale) || `${ns}.${key}` in sameByKey) continue;
          untranslated.push(`${locale} ${key}: ${JSON.stringify(value)}`);
        }
      }
      expect(untranslated).toEqual([]);
    });
  });
});
