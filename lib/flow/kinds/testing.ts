/**
 * Test helpers for the question kinds: the contexts a page gives them, with the real messages of
 * messages/{locale}/wizard.json and the real look-ups (lib/flow/lookups.ts). Tests only.
 */
import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/locales';
import type { AuthorityId } from '@/lib/rules/types';
import en from '@/messages/en/wizard.json';
import nl from '@/messages/nl/wizard.json';
import fr from '@/messages/fr/wizard.json';
import de from '@/messages/de/wizard.json';
import { lookupsFor } from '../lookups';
import { parseLocaleNumber } from '../numbers';
import type { CheckContext, FormContext, State, SummaryContext, Translate } from './kind';

const catalogues = { en, nl, fr, de } as const;
export const AS_OF = '2026-11-21';

function translators(locale: Locale, step: string, authority: AuthorityId | null) {
  const t = createTranslator({ locale, messages: catalogues[locale] as Record<string, unknown>, timeZone: 'Europe/Brussels' });
  const a = authority ?? 'flanders';
  const values = { authority: t(`common.authorities.${a}` as never), pes: t(`common.pes.${a}` as never) };
  const any: Translate = (key, v) => t(key as never, v as never) as string;
  const s: Translate = (key, v) => t(`steps.${step}.${key}` as never, { ...values, ...v } as never) as string;
  return { t: any, s, has: (k: string) => t.has(k as never), sHas: (k: string) => t.has(`steps.${step}.${k}` as never) };
}

/** What validation gets from a page in `locale` (numbers as typed there). */
export function checkContext(locale: Locale = 'en', authority: AuthorityId | null = null, state: State = {}): CheckContext {
  return { parse: (s) => parseLocaleNumber(s, locale), authority, state };
}

export function formContext(step: string, options: { locale?: Locale; authority?: AuthorityId | null; state?: State; query?: Record<string, string>; asOf?: string } = {}): FormContext {
  const locale = options.locale ?? 'en';
  const authority = options.authority ?? null;
  const asOf = options.asOf ?? AS_OF;
  return {
    ...translators(locale, step, authority),
    locale,
    authority,
    asOf,
    state: options.state ?? {},
    href: (target) => `/${locale}/check/${target}`,
    query: options.query ?? {},
    hiddenParams: { asOf },
    lookups: lookupsFor(locale, authority, asOf),
  };
}

export function summaryContext(step: string, locale: Locale = 'en', authority: AuthorityId | null = null): SummaryContext {
  const { t, s } = translators(locale, step, authority);
  return { locale, t, s, authority, lookups: lookupsFor(locale, authority, AS_OF) };
}
