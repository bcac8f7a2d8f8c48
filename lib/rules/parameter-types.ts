/**
 * The data layer's types: sources, parameters with dated values and confidence, and a parameter
 * value as one evaluation uses it. Re-exported by types.ts.
 */
import type { IsoDate, AuthorityId } from './types';

/**
 * How far a figure can be trusted, as ../shared/reference/belgian-rules.md tags it.
 * `official`: stated on an official site; `secondary`: law firm, Big-4, payroll provider, serious press;
 * `derived`: computed by us from an official formula; `low`: aggregator or contradicting sources;
 * `conflicting`: sources disagree; `unverified`: not found in the sources we have, taken from the brief or the EMN baseline.
 */
export const confidences = ['official', 'secondary', 'derived', 'low', 'conflicting', 'unverified'] as const;
export type Confidence = (typeof confidences)[number];

/** Confidence levels for which the user is told to confirm the figure with the authority. */
export const confirmConfidences: readonly Confidence[] = ['low', 'conflicting', 'unverified'];

export type SourceKind = 'law' | 'decree' | 'official-page' | 'secondary' | 'eu-law';

export interface Source {
  id: string;
  title: string;
  url: string;
  /** Article or section, where there is one. */
  article?: string;
  kind: SourceKind;
  /** Date the source itself gives, or null when undated. */
  published: IsoDate | null;
  /** Date we checked the source. */
  checked: IsoDate;
  /**
   * The same page in the publisher's other language versions, where it has them (vlaanderen.be in
   * Dutch and English, economie-emploi.brussels in French, Dutch and English …). `title` and `url` above
   * are the version we cite; a reader sees the version in their own language when there is one.
   */
  localized?: Partial<Record<'nl' | 'fr' | 'de' | 'en', { title: string; url: string }>>;
}

export const units = ['EUR/year', 'EUR/month', 'EUR', 'weeks', 'months', 'days', 'eqf', 'fte', 'years', 'boolean', 'count'] as const;
export type Unit = (typeof units)[number];

/** One value of a parameter, valid from `from` to `to` (inclusive; open-ended when `to` is absent). */
export interface DatedValue<T = number | boolean | null> {
  from: IsoDate;
  to?: IsoDate;
  /** null = the rule does not exist in this period (for instance a fee not yet introduced). */
  value: T;
  confidence: Confidence;
  /** Source ids (see data/sources.ts). At least one. */
  sources: string[];
  /**
   * Year the amount was set for, when it is indexed yearly. A value used in a later year than
   * `indexedFor` is "carried forward" and the result says so.
   */
  indexedFor?: number;
  /** Short note for officials (English), for instance which source disagrees. */
  note?: string;
  /**
   * Where sources conflict (confidence `conflicting`): the other figure, and the sources that give it.
   * A check never resolves the band between `value` and `alternative` to the favourable figure: a
   * salary (or a period) inside it is `unknown` (rule-uncertain), and the answer shows both figures.
   */
  alternative?: T;
  alternativeSources?: string[];
}

export interface Parameter<T = number | boolean | null> {
  /** `<authority|federal|eu>.<route or topic>.<name>`, e.g. `wallonia.highly-skilled.salary-under-30`. */
  id: string;
  authority: AuthorityId | 'federal' | 'eu';
  unit: Unit;
  /** Plain-English description for the rules page and reviewers. */
  description: string;
  /** Official page where the user can confirm the figure. */
  officialUrl?: string;
  values: DatedValue<T>[];
}

/** A parameter value as used by one evaluation, shown to the user with its validity and sources. */
export interface ParameterUse {
  id: string;
  value: number | boolean | null;
  unit: Unit;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  confidence: Confidence;
  sources: string[];
  /** The value was set for an earlier year and still applies because no newer value is known. */
  carriedForward: boolean;
  /** The user must confirm this figure with the authority before relying on it. */
  mustConfirm: boolean;
  officialUrl?: string;
  /** The other figure where sources conflict (see DatedValue.alternative); its sources are in `sources`. */
  alternative?: number;
}
