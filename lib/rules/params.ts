/**
 * Parameter lookups: which value of a threshold, period or fee is in force on a date.
 *
 * Hot path (≥100,000 evaluations/s, ~30 lookups each): parameters are indexed by id in a Map at
 * load; dates are compared as ISO strings (lexicographic order is date order); every possible
 * result is built once at load and frozen, so a lookup allocates nothing.
 *
 * A value with `indexedFor: Y` used on a date in a later year than Y is `carriedForward` (the amount
 * for the new year is not known yet). `mustConfirm` = confidence low/conflicting/unverified, or
 * carried forward.
 */
import { parameters } from './data/parameters';
import { confirmConfidences, type DatedValue, type IsoDate, type Parameter, type ParameterUse } from './types';

/** First day of the period the tool covers: every parameter has a value on every day from here. */
export const coverageStart: IsoDate = '2024-01-01';
/** Last day of the period the coverage test proves (extend it with each yearly update). */
export const coverageEnd: IsoDate = '2026-12-31';

export const allParameters: Parameter[] = parameters as Parameter[];

export interface NumberUse {
  use: ParameterUse;
  value: number | null;
}

interface Entry {
  from: IsoDate;
  /** Inclusive end, or null when open-ended. */
  to: IsoDate | null;
  /** First day on which the value counts as carried forward (1 January after `indexedFor`), or null. */
  carriedFrom: IsoDate | null;
  current: ParameterUse;
  carried: ParameterUse | null;
  currentNumber: NumberUse | null;
  carriedNumber: NumberUse | null;
}

function makeUse(p: Parameter, v: DatedValue, carriedForward: boolean): ParameterUse {
  const use: ParameterUse = {
    id: p.id,
    value: v.value,
    unit: p.unit,
    validFrom: v.from,
    validTo: v.to ?? null,
    confidence: v.confidence,
    sources: Object.freeze([...v.sources, ...(v.alternativeSources ?? []).filter((x) => !v.sources.includes(x))]) as string[],
    carriedForward,
    mustConfirm: confirmConfidences.includes(v.confidence) || carriedForward,
  };
  if (p.officialUrl !== undefined) use.officialUrl = p.officialUrl;
  if (typeof v.alternative === 'number') use.alternative = v.alternative;
  return Object.freeze(use);
}

function makeNumber(use: ParameterUse): NumberUse | null {
  if (typeof use.value === 'boolean') return null;
  return Object.freeze({ use, value: use.value });
}

function isCarried(e: Entry, asOf: IsoDate): boolean {
  return e.carriedFrom !== null && asOf >= e.carriedFrom;
}

/** The lookup functions over one list of parameters (the module exports them over the rules data). */
export interface ParameterLookup {
  valueOn(id: string, asOf: IsoDate): ParameterUse;
  numberOn(id: string, asOf: IsoDate): NumberUse;
  booleanOn(id: string, asOf: IsoDate): { use: ParameterUse; value: boolean | null };
  parametersOn(asOf: IsoDate): ParameterUse[];
  hasParameter(id: string): boolean;
  getParameter(id: string): Parameter | undefined;
}

/**
 * Indexes a list of parameters. Throws when two parameters share an id, or when the values of one
 * parameter are out of order, overlap, or end before they start (the lookup relies on order).
 */
export function createLookup(list: readonly Parameter[]): ParameterLookup {
  const byId = new Map<string, { parameter: Parameter; entries: Entry[] }>();
  for (const p of list) {
    if (byId.has(p.id)) throw new Error(`Duplicate parameter id: ${p.id}`);
    const entries: Entry[] = [];
    let previousTo: IsoDate | null | undefined;
    for (const v of p.values) {
      if (previousTo === null || (previousTo !== undefined && v.from <= previousTo)) {
        throw new Error(`Parameter ${p.id}: value from ${v.from} overlaps or is out of order`);
      }
      if (v.to !== undefined && v.to < v.from) throw new Error(`Parameter ${p.id}: value from ${v.from} ends before it starts`);
      previousTo = v.to ?? null;
      const current = makeUse(p, v, false);
      const carried = v.indexedFor === undefined ? null : makeUse(p, v, true);
      entries.push({
        from: v.from,
        to: v.to ?? null,
        carriedFrom: v.indexedFor === undefined ? null : `${String(v.indexedFor + 1).padStart(4, '0')}-01-01`,
        current,
        carried,
        currentNumber: makeNumber(current),
        carriedNumber: carried && makeNumber(carried),
      });
    }
    byId.set(p.id, { parameter: p, entries });
  }

  /** Sorted and non-overlapping: the last entry starting on or before asOf is the only candidate. */
  function find(entries: Entry[], asOf: IsoDate): Entry | null {
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (e.from <= asOf) return e.to === null || asOf <= e.to ? e : null;
    }
    return null;
  }

  function entryOn(id: string, asOf: IsoDate): Entry {
    const indexed = byId.get(id);
    if (indexed === undefined) throw new Error(`Unknown parameter: ${id}`);
    const e = find(indexed.entries, asOf);
    if (e === null) throw new Error(`No value of parameter ${id} on ${asOf}`);
    return e;
  }

  function valueOn(id: string, asOf: IsoDate): ParameterUse {
    const e = entryOn(id, asOf);
    return isCarried(e, asOf) ? e.carried! : e.current;
  }

  return {
    valueOn,
    numberOn(id, asOf) {
      const e = entryOn(id, asOf);
      const n = isCarried(e, asOf) ? e.carriedNumber : e.currentNumber;
      if (n === null) throw new Error(`Parameter ${id} is not numeric`);
      return n;
    },
    booleanOn(id, asOf) {
      const use = valueOn(id, asOf);
      if (typeof use.value === 'number') throw new Error(`Parameter ${id} is not boolean`);
      return { use, value: use.value };
    },
    parametersOn(asOf) {
      const out: ParameterUse[] = [];
      for (const p of list) {
        const e = find(byId.get(p.id)!.entries, asOf);
        if (e !== null) out.push(isCarried(e, asOf) ? e.carried! : e.current);
      }
      return out;
    },
    hasParameter: (id) => byId.has(id),
    getParameter: (id) => byId.get(id)?.parameter,
  };
}

const lookup = createLookup(parameters);

/**
 * The value of parameter `id` in force on `asOf` (a valid ISO date), with its validity and flags.
 * Returns a frozen object shared between calls. Throws on an unknown id or when no value covers the date.
 */
export const valueOn: (id: string, asOf: IsoDate) => ParameterUse = lookup.valueOn;

/** Like `valueOn`, for numeric parameters (value number or null). Throws on a boolean parameter. */
export const numberOn: (id: string, asOf: IsoDate) => NumberUse = lookup.numberOn;

/** Like `valueOn`, for boolean parameters (value boolean or null). Throws on a numeric parameter. */
export const booleanOn: (id: string, asOf: IsoDate) => { use: ParameterUse; value: boolean | null } = lookup.booleanOn;

/**
 * Every parameter in force on `asOf`, in the order of `allParameters` (federal, eu, then per
 * authority). Parameters without a value on that date (only possible before `coverageStart`) are left out.
 */
export const parametersOn: (asOf: IsoDate) => ParameterUse[] = lookup.parametersOn;

/** Whether a parameter id exists. */
export const hasParameter: (id: string) => boolean = lookup.hasParameter;

/** The parameter definition (all its dated values), or undefined. */
export const getParameter: (id: string) => Parameter | undefined = lookup.getParameter;
