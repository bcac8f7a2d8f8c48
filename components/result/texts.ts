/**
 * The result pages' texts: one translator per language for the life of the server process.
 *
 * next-intl's getTranslations() makes a new translator for every request, which parses each ICU
 * message again; on the result page, with its hundred texts, that was a large part of the server's
 * time per request (npm run bench:pages, CPU/request). Here the parsed messages are kept, and a
 * message without values is translated once. Nothing of the answers is kept: only the catalogues'
 * messages, and with t.fixed() texts made of rules data. Same messages, time zone and fallbacks as
 * lib/i18n/request.ts.
 *
 *   await loadTexts();                       // once per request (immediate after the first)
 *   const t = textsOf(locale, 'wizard');     // then synchronously, in any component
 */
import { createTranslator } from 'use-intl/core';
import { locales, type Locale } from '@/lib/i18n/locales';
import { loadMessages, type Namespace } from '@/lib/i18n/messages';

export type Values = Record<string, string | number>;
/**
 * A translator of one namespace: t('result.caption'), t('result.authority', { name }).
 * t.fixed(key, values) is for values that come from the rules data or the catalogues (a source's
 * date, a count of figures, a region), never from the answers: the text is kept and reused.
 */
export type Translate = ((key: string, values?: Values) => string) & {
  has: (key: string) => boolean;
  fixed: (key: string, values: Values) => string;
};

type Format = (key: string, values?: Values) => string;

let loaded: Promise<void> | null = null;
const catalogues = new Map<Locale, { format: Format; messages: Record<string, unknown> }>();
const translators = new Map<string, Translate>();

/** Loads the four catalogues (once per process). */
export function loadTexts(): Promise<void> {
  loaded ??= Promise.all(
    locales.map(async (locale) => {
      const messages = await loadMessages(locale);
      const format = createTranslator({ locale, messages, timeZone: 'Europe/Brussels' }) as unknown as Format;
      catalogues.set(locale, { format, messages });
    }),
  ).then(() => undefined);
  return loaded;
}

function has(messages: Record<string, unknown>, path: string): boolean {
  let node: unknown = messages;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** The translator of `namespace` in `locale`. loadTexts() must have been awaited. */
export function textsOf(locale: Locale, namespace: Namespace): Translate {
  const id = `${locale}:${namespace}`;
  const known = translators.get(id);
  if (known) return known;
  const catalogue = catalogues.get(locale);
  if (!catalogue) throw new Error('textsOf() before loadTexts()');
  const { format, messages } = catalogue;
  const kept = new Map<string, string>();
  const keep = (id: string, make: () => string) => {
    let s = kept.get(id);
    if (s === undefined) {
      // Bounded: the keys and rules data are finite, but a new release of the data should not make it grow.
      if (kept.size > 5000) kept.clear();
      s = make();
      kept.set(id, s);
    }
    return s;
  };
  const translate = ((key: string, values?: Values) => {
    const path = `${namespace}.${key}`;
    return values ? format(path, values) : keep(key, () => format(path));
  }) as Translate;
  translate.has = (key) => has(messages, `${namespace}.${key}`);
  translate.fixed = (key, values) => {
    let id = key;
    for (const name in values) id += `\u0000${name}\u0001${values[name]}`;
    return keep(id, () => format(`${namespace}.${key}`, values));
  };
  translators.set(id, translate);
  return translate;
}
