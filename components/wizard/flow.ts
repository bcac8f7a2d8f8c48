/**
 * Server-side helpers shared by the wizard's pages and its server action: reading the flow from the
 * query string, the base paths of site and embedded mode, today's date in Brussels.
 */
import type { Locale } from '@/lib/i18n/locales';
import { pathTo, type FlowPath } from '@/lib/flow/next';
import type { FlowOptions } from '@/lib/flow/answers';
import type { FlowState } from '@/lib/flow/questions';
import { parseFlowParams, type FlowBase, type FlowParams, type SearchParamsInput } from '@/lib/flow/url';
import { authorityIds, lookupPostcode, type AuthorityId, type IsoDate } from '@/lib/rules';
import type { WizardMode } from './types';

/** Where the pages of each mode live. The embedded pages (issue 4) mount the same screens under /{locale}/embed. */
export function flowBase(locale: Locale, mode: WizardMode): FlowBase {
  return mode === 'embed' ? { check: `/${locale}/embed/check`, start: `/${locale}/embed` } : { check: `/${locale}/check`, start: `/${locale}` };
}

/** Today in Europe/Brussels as YYYY-MM-DD. */
export function todayInBrussels(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function isAuthorityId(value: unknown): value is AuthorityId {
  return typeof value === 'string' && (authorityIds as readonly string[]).includes(value);
}

export interface FlowContext {
  locale: Locale;
  mode: WizardMode;
  base: FlowBase;
  /** What the URL says (every readable answer, including abandoned ones). */
  params: FlowParams;
  asOf: IsoDate;
  options: FlowOptions;
  /** The replayed flow. */
  path: FlowPath;
  /** The competent authority, when the workplace is known. */
  authority: AuthorityId | null;
  /** Locality of the postcode, for the summary. */
  locality: string | null;
}

export function loadFlow(locale: Locale, mode: WizardMode, searchParams: SearchParamsInput, fixedRegion?: AuthorityId): FlowContext {
  const params = parseFlowParams(searchParams);
  const asOf = params.asOf ?? todayInBrussels();
  const options: FlowOptions = fixedRegion ? { fixedRegion } : {};
  const path = pathTo(params.state, asOf, options);
  const { authority, locality } = workplaceOf(path.state, options);
  return { locale, mode, base: flowBase(locale, mode), params, asOf, options, path, authority, locality };
}

export function workplaceOf(state: FlowState, options: FlowOptions): { authority: AuthorityId | null; locality: string | null } {
  if (options.fixedRegion) return { authority: options.fixedRegion, locality: null };
  if (state.postcode) {
    const info = lookupPostcode(state.postcode);
    return { authority: info?.authority ?? null, locality: info?.localities[0] ?? null };
  }
  if (isAuthorityId(state.region)) return { authority: state.region, locality: null };
  return { authority: null, locality: null };
}
