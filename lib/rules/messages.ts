/**
 * The rules' texts: the `rules` and `validation` catalogues of messages/*, and one cached
 * translator per locale and namespace (use-intl's createTranslator, as next-intl uses).
 */
import { createTranslator } from 'use-intl/core';
import type { Locale } from '../i18n/locales';
import { Memo } from './memo';
import deRules from '../../messages/de/rules.json';
import enRules from '../../messages/en/rules.json';
import frRules from '../../messages/fr/rules.json';
import nlRules from '../../messages/nl/rules.json';
import deValidation from '../../messages/de/validation.json';
import enValidation from '../../messages/en/validation.json';
import frValidation from '../../messages/fr/validation.json';
import nlValidation from '../../messages/nl/validation.json';

type Catalogue = Record<string, unknown>;
export type Values = Record<string, string | number>;
export type T = (key: string, values?: Values) => string;

export const rulesMessages: Record<Locale, Catalogue> = { nl: nlRules, fr: frRules, de: deRules, en: enRules };
export const validationMessages: Record<Locale, Catalogue> = { nl: nlValidation, fr: frValidation, de: deValidation, en: enValidation };

/** Translation problems seen (missing key, bad ICU, missing value): tests assert that there are none. */
export const translationProblems: string[] = [];

function onError(e: Error): void {
  if (translationProblems.length < 100) translationProblems.push(e.message);
}

const translators = new Memo<string, T>();

/** One cached translator per locale and namespace (`rules` or `validation`). */
export function translator(locale: Locale, namespace: 'rules' | 'validation' = 'rules'): T {
  return translators.getOr(`${namespace}:${locale}`, () => {
    const messages = namespace === 'rules' ? rulesMessages[locale] : validationMessages[locale];
    return createTranslator({ locale, messages, onError, timeZone: 'Europe/Brussels' }) as unknown as T;
  });
}
