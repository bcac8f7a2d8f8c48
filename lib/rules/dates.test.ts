import { describe, expect, it } from 'vitest';
import { durationToDays } from './dates';

describe('contract length in days (docs/RULES.md)', () => {
  it('converts months as ⌈months × 30.5⌉ and years as round(years × 365.25)', () => {
    expect(durationToDays(6, 'months')).toBe(183);
    expect(durationToDays(3, 'months')).toBe(92);
    expect(durationToDays(1, 'months')).toBe(31);
    expect(durationToDays(2, 'months')).toBe(61);
    expect(durationToDays(4, 'years')).toBe(1461);
    expect(durationToDays(1, 'years')).toBe(365);
    expect(durationToDays(90, 'days')).toBe(90);
  });
});
