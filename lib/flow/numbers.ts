/**
 * Numbers typed by people, in their language's conventions, and the canonical form kept in the URL.
 *
 * GOV.UK: "ignore stray spaces and punctuation in numbers". People write "52 000", "52.000",
 * "€ 52.000,50", "52,000.50" or "3703,44". The URL always holds the canonical form ("52000.5").
 */
import type { Locale } from '@/lib/i18n/locales';

/** Decimal separator of each locale (nl-BE, fr-BE, de-BE: comma; en-IE: point). */
const decimalSeparator: Record<Locale, ',' | '.'> = { nl: ',', fr: ',', de: ',', en: '.' };

/**
 * Parses a number written by a person. Returns null when the text is not a number.
 * Rules: currency signs, letters like "EUR", spaces (also non-breaking) and apostrophes are ignored.
 * When both "," and "." appear, the last one is the decimal separator. When only one of them
 * appears, it is a thousands separator if every group after it has exactly three digits ("52.000",
 * "52,000", "1.234.567": nobody types three decimals for a salary, an age or a number of weeks);
 * otherwise it is the decimal separator ("1,5", "3703.44").
 */
export function parseLocaleNumber(input: string, locale: Locale): number | null {
  let s = input
    .trim()
    .replace(/€|eur(o|os)?\b/gi, '')
    .replace(/[\s\u00a0\u202f'’]/g, '');
  if (s === '') return null;
  if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const hasComma = s.includes(',');
  const hasPoint = s.includes('.');
  let normalized: string;
  if (hasComma && hasPoint) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [intPart, ...rest] = s.split(decimal);
    if (rest.length !== 1) return null;
    if (!isGrouped(intPart!, group)) return null;
    normalized = `${intPart!.split(group).join('')}.${rest[0]}`;
  } else if (hasComma || hasPoint) {
    const sep = hasComma ? ',' : '.';
    const parts = s.split(sep);
    const groupsOfThree = parts.slice(1).every((p) => p.length === 3) && parts[0]!.length >= 1 && parts[0]!.length <= 3;
    const isGroup = groupsOfThree;
    if (parts.length > 2 && !isGroup) return null;
    normalized = isGroup ? parts.join('') : `${parts[0] || '0'}.${parts[1]}`;
    if (!isGroup && parts[1] === '') return null;
  } else {
    normalized = s;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

function isGrouped(intPart: string, group: string): boolean {
  if (!intPart.includes(group)) return /^\d+$/.test(intPart);
  const groups = intPart.split(group);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Canonical text of a number for the URL: no grouping, point as decimal separator, no trailing zeros. */
export function canonicalNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A canonical number from the URL, written back into a form field in the page's language ("3703,44"). */
export function numberForInput(canonical: string | undefined, locale: Locale): string {
  if (canonical === undefined || canonical === 'unknown') return '';
  return decimalSeparator[locale] === ',' ? canonical.replace('.', ',') : canonical;
}

/** Parses a canonical number from the URL (digits, optional point and decimals). */
export function parseCanonicalNumber(s: string): number | null {
  if (!/^\d{1,9}(\.\d{1,4})?$/.test(s)) return null;
  return Number(s);
}
