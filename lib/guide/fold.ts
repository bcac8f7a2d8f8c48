/**
 * Text folded for matching, as the shortage-list search does (lib/guide/search.ts): no data here,
 * so the browser can fold what is typed the same way (the wizard's filters).
 */

/** Lower case, no diacritics, ß → ss, punctuation to spaces, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
