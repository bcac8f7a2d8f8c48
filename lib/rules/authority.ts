/**
 * The competent authority for a workplace (Cooperation Agreement of 2 February 2018, arts. 7–8:
 * the region of the establishment unit where the worker is employed; the nine municipalities of the
 * German-speaking Community are carved out of Wallonia).
 *
 * Postcode → authority comes from data/postcodes.json, generated from the reference's postcodes.csv
 * by scripts/generate-postcodes.mjs. A postcode that is not in the list is not a valid workplace
 * postcode: the user picks the region instead.
 */
import postcodeData from './data/postcodes.json';
import { authorityIds, type AuthorityId } from './types';

export interface PostcodeInfo {
  authority: AuthorityId;
  /** Localities as bpost lists them (French edition): main municipality first. */
  localities: string[];
}

export type ResolvedAuthority =
  | { ok: true; authority: AuthorityId; postcode: string | null; locality: string | null }
  | { ok: false; code: 'unknown_postcode' | 'workplace_conflict' | 'workplace_required' };

const authoritySet: ReadonlySet<string> = new Set(authorityIds);

const postcodes = new Map<string, PostcodeInfo>();
for (const [code, entry] of Object.entries(postcodeData as unknown as Record<string, [string, string[]]>)) {
  const [authority, localities] = entry;
  if (!authoritySet.has(authority)) throw new Error(`postcodes.json: unknown authority ${authority} for ${code}`);
  postcodes.set(
    code,
    Object.freeze({ authority: authority as AuthorityId, localities: Object.freeze([...localities]) as string[] }),
  );
}

/** Number of distinct postcodes known. */
export const postcodeCount = postcodes.size;

/** The authority and localities of a Belgian postcode, or null when the postcode is unknown. */
export function lookupPostcode(pc: string): PostcodeInfo | null {
  return postcodes.get(pc) ?? null;
}

/**
 * Resolves the workplace of the answers to the competent authority.
 * - postcode only: its authority (`unknown_postcode` if not in the list);
 * - region only: that region (postcode and locality null);
 * - both: they must agree (`workplace_conflict` otherwise; an unknown postcode is still `unknown_postcode`);
 * - neither: `workplace_required`.
 */
export function resolveAuthority(workplace: { postcode?: string; region?: AuthorityId }): ResolvedAuthority {
  const { postcode, region } = workplace;
  if (postcode !== undefined) {
    const info = postcodes.get(postcode);
    if (info === undefined) return { ok: false, code: 'unknown_postcode' };
    if (region !== undefined && region !== info.authority) return { ok: false, code: 'workplace_conflict' };
    return { ok: true, authority: info.authority, postcode, locality: info.localities[0] ?? null };
  }
  if (region !== undefined) {
    if (!authoritySet.has(region)) return { ok: false, code: 'workplace_required' };
    return { ok: true, authority: region, postcode: null, locality: null };
  }
  return { ok: false, code: 'workplace_required' };
}
