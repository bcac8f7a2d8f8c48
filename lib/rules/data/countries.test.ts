import { describe, expect, it } from 'vitest';
import {
  countryCodes,
  eeaCountries,
  euCountries,
  isCountryCode,
  isEeaNational,
  isNationalityCode,
  isSwissNational,
} from './countries';

describe('countries', () => {
  it('lists the 249 officially assigned ISO 3166-1 alpha-2 codes, sorted and unique', () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    expect([...countryCodes].sort()).toEqual([...countryCodes]);
    for (const c of countryCodes) expect(c).toMatch(/^[A-Z]{2}$/);
  });

  it('has a display name in ICU for every code (none is a made-up code)', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const missing = countryCodes.filter((c) => names.of(c) === undefined || names.of(c) === c);
    expect(missing).toEqual([]);
  });

  it('rejects codes that are not officially assigned', () => {
    for (const c of ['XK', 'EU', 'UK', 'AN', 'YU', 'CS', 'ZZ', 'be', '', 'BEL']) expect(isCountryCode(c)).toBe(false);
    for (const c of ['BE', 'IN', 'GB', 'CH', 'TR', 'AX', 'SS']) expect(isCountryCode(c)).toBe(true);
  });

  it('accepts Kosovo only as a nationality code', () => {
    expect(isNationalityCode('XK')).toBe(true);
    expect(isNationalityCode('IN')).toBe(true);
    expect(isNationalityCode('ZZ')).toBe(false);
  });

  it('EEA = EU 27 + Iceland, Liechtenstein, Norway', () => {
    expect(euCountries).toHaveLength(27);
    expect(eeaCountries).toHaveLength(30);
    expect(new Set(eeaCountries).size).toBe(30);
    for (const c of ['BE', 'FR', 'DE', 'NL', 'LU', 'IE', 'HR', 'BG', 'RO', 'CY', 'MT', 'IS', 'LI', 'NO']) expect(isEeaNational(c)).toBe(true);
    for (const c of ['CH', 'GB', 'TR', 'IN', 'US', 'MC', 'SM', 'AD', 'VA', 'AL', 'UA', 'be']) expect(isEeaNational(c)).toBe(false);
    for (const c of eeaCountries) expect(isCountryCode(c)).toBe(true);
  });

  it('Switzerland is exempt but not in the EEA', () => {
    expect(isSwissNational('CH')).toBe(true);
    expect(isSwissNational('LI')).toBe(false);
    expect(isEeaNational('CH')).toBe(false);
  });
});
