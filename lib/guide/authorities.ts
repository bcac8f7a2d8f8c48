/**
 * Where a worker or employer reaches each competent authority: its official single-permit page
 * (the reference gives no phone numbers or addresses). Source ids of lib/rules/data/sources.ts.
 */
import { authorityIds, type AuthorityId } from '@/lib/rules/types';

export const authorityContactSource: Record<AuthorityId, string> = {
  flanders: 'vlaanderen-special-service',
  brussels: 'brussels-your-situation',
  wallonia: 'wallonia-what-to-do',
  'german-speaking-community': 'ostbelgienlive-permits',
};

export function isAuthorityId(value: unknown): value is AuthorityId {
  return typeof value === 'string' && (authorityIds as readonly string[]).includes(value);
}

export function readAuthority(raw: string | string[] | undefined): AuthorityId | null {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return isAuthorityId(v) ? v : null;
}
