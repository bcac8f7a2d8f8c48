import { describe, expect, it } from 'vitest';
import { accentIds, contrastRatio, defaultAccent, isAccent, palette } from './palette';
import { presets } from './presets';

describe('accent palette', () => {
  it('computes WCAG contrast ratios correctly (reference values)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes AA on white (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it.each(accentIds)('%s keeps AA contrast as text on white and under white text', (id) => {
    const colour = palette[id];
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    // Contrast is symmetric, so one ratio covers "text on white" and "white text on the colour".
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('every preset accent and the default accent are palette keys', () => {
    expect(isAccent(defaultAccent)).toBe(true);
    for (const preset of Object.values(presets)) {
      if (preset.accent !== undefined) expect(isAccent(preset.accent)).toBe(true);
    }
  });

  it('rejects anything that is not a palette key', () => {
    for (const value of ['#ff0000', 'red;', 'RED', 'rgb(0,0,0)', 'var(--x)', '', null, undefined, 1, {}]) {
      expect(isAccent(value)).toBe(false);
    }
  });
});
