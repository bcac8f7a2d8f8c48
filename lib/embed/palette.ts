/**
 * The accent colours an embedding site may choose. A closed list, reviewed like code: the query
 * string only ever carries one of these KEYS (`accent=green`), never a colour value.
 *
 * Every colour keeps WCAG 2.x AA contrast for normal text (>= 4.5:1) both as text on white and
 * as a background under white text (lib/embed/palette.test.ts computes the ratios).
 * Client-safe: pure data, no environment access.
 */
import { z } from 'zod';

export const accentIds = ['blue', 'navy', 'green', 'teal', 'red', 'purple', 'anthracite'] as const;
export type AccentId = (typeof accentIds)[number];

export const palette: Readonly<Record<AccentId, `#${string}`>> = {
  blue: '#1d4ed8',
  navy: '#1e3a8a',
  green: '#15803d',
  teal: '#0f766e',
  red: '#b91c1c',
  purple: '#6d28d9',
  anthracite: '#374151',
};

/** A darker shade of each accent, for the buttons' bottom edge (a decoration, not text). */
export const paletteDark: Readonly<Record<AccentId, `#${string}`>> = {
  blue: '#1e3a8a',
  navy: '#172554',
  green: '#14532d',
  teal: '#134e4a',
  red: '#7f1d1d',
  purple: '#4c1d95',
  anthracite: '#111827',
};

/** The site's own colour, used when neither the preset nor the embedder picks one. */
export const defaultAccent: AccentId = 'blue';

export const accentSchema = z.enum(accentIds);

export function isAccent(value: unknown): value is AccentId {
  return accentSchema.safeParse(value).success;
}

/** Relative luminance (WCAG 2.x) of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h!, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two #rrggbb colours (1..21). */
export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}
