import { describe, expect, it } from 'vitest';
import postcodeData from './data/postcodes.json';
import { lookupPostcode, postcodeCount, resolveAuthority } from './authority';
import { authorityIds } from './types';

const data = postcodeData as unknown as Record<string, [string, string[]]>;

describe('lookupPostcode', () => {
  it.each([
    ['1630', 'flanders'], // Linkebeek (facility municipality)
    ['1640', 'flanders'], // Sint-Genesius-Rode
    ['1620', 'flanders'], // Drogenbos
    ['1780', 'flanders'], // Wemmel
    ['1950', 'flanders'], // Kraainem
    ['1970', 'flanders'], // Wezembeek-Oppem
    ['1930', 'flanders'], // Zaventem (Brussels Airport)
    ['3790', 'flanders'], // Voeren enclave
    ['3798', 'flanders'],
    ['2070', 'flanders'], // Burcht/Zwijndrecht: "2 = Antwerp" shortcut fails, still Flanders
    ['2387', 'flanders'], // Baarle-Hertog
    ['1300', 'wallonia'], // Wavre
    ['4960', 'wallonia'], // Malmedy
    ['4950', 'wallonia'], // Waimes/Weismes
    ['4840', 'wallonia'], // Welkenraedt
    ['4837', 'wallonia'], // Baelen
    ['4850', 'wallonia'], // Plombières
    ['7780', 'wallonia'], // Comines-Warneton
    ['1000', 'brussels'],
    ['1210', 'brussels'],
    ['1049', 'brussels'], // European Commission
    ['4700', 'german-speaking-community'], // Eupen
    ['4780', 'german-speaking-community'], // Sankt Vith
  ])('%s is %s', (pc, authority) => {
    expect(lookupPostcode(pc)?.authority).toBe(authority);
  });

  it('maps every known postcode of 1000–1210 to Brussels', () => {
    const codes = Object.keys(data).filter((pc) => pc >= '1000' && pc <= '1210');
    expect(codes.length).toBeGreaterThan(20);
    for (const pc of codes) expect(lookupPostcode(pc)?.authority).toBe('brussels');
  });

  it('knows the 1191 distinct postcodes of the reference, each mapped to one authority', () => {
    expect(postcodeCount).toBe(1191);
    expect(Object.keys(data)).toHaveLength(1191);
    for (const [pc, [authority, localities]] of Object.entries(data)) {
      expect(pc).toMatch(/^\d{4}$/);
      expect(authorityIds).toContain(authority);
      expect(localities.length).toBeGreaterThan(0);
    }
  });

  it('gives the German-speaking Community exactly the postcodes of its nine municipalities', () => {
    const dg = Object.keys(data).filter((pc) => data[pc]![0] === 'german-speaking-community').sort();
    expect(dg).toEqual([
      '4700', '4701', '4710', '4711', '4720', '4721', '4728', '4730', '4731', '4750',
      '4760', '4761', '4770', '4771', '4780', '4782', '4783', '4784', '4790', '4791',
    ]);
  });

  it('lists the main municipality first', () => {
    expect(lookupPostcode('1300')?.localities).toEqual(['WAVRE', 'Limal']);
    expect(lookupPostcode('4700')?.localities[0]).toBe('EUPEN');
    expect(lookupPostcode('1930')?.localities[0]).toBe('ZAVENTEM');
  });

  it('returns null for an unknown postcode', () => {
    for (const pc of ['0000', '1001', '9999', '12345', '', 'abcd', '47OO', ' 4700']) expect(lookupPostcode(pc)).toBeNull();
  });
});

describe('resolveAuthority', () => {
  it('resolves a postcode', () => {
    expect(resolveAuthority({ postcode: '4700' })).toEqual({
      ok: true,
      authority: 'german-speaking-community',
      postcode: '4700',
      locality: 'EUPEN',
    });
    expect(resolveAuthority({ postcode: '1930' })).toMatchObject({ ok: true, authority: 'flanders', locality: 'ZAVENTEM' });
  });

  it('resolves a region without a postcode', () => {
    for (const region of authorityIds) {
      expect(resolveAuthority({ region })).toEqual({ ok: true, authority: region, postcode: null, locality: null });
    }
  });

  it('accepts a postcode and a region that agree', () => {
    expect(resolveAuthority({ postcode: '1000', region: 'brussels' })).toMatchObject({ ok: true, authority: 'brussels' });
    expect(resolveAuthority({ postcode: '4780', region: 'german-speaking-community' })).toMatchObject({ ok: true });
  });

  it('reports a postcode and a region that disagree', () => {
    expect(resolveAuthority({ postcode: '4700', region: 'wallonia' })).toEqual({ ok: false, code: 'workplace_conflict' });
    expect(resolveAuthority({ postcode: '1640', region: 'brussels' })).toEqual({ ok: false, code: 'workplace_conflict' });
    expect(resolveAuthority({ postcode: '4960', region: 'german-speaking-community' })).toEqual({ ok: false, code: 'workplace_conflict' });
  });

  it('reports an unknown postcode (even with a region)', () => {
    expect(resolveAuthority({ postcode: '0000' })).toEqual({ ok: false, code: 'unknown_postcode' });
    expect(resolveAuthority({ postcode: '1001', region: 'brussels' })).toEqual({ ok: false, code: 'unknown_postcode' });
  });

  it('requires a workplace', () => {
    expect(resolveAuthority({})).toEqual({ ok: false, code: 'workplace_required' });
  });
});
