/**
 * Typed helper for the parameter files: source ids are checked by the compiler, and the value type
 * follows the unit (numbers for amounts and counts, booleans for `boolean`).
 */
import type { DatedValue, Parameter } from '../../types';
import type { SourceId } from '../sources';

export type ValueInput = Omit<DatedValue, 'sources' | 'alternativeSources'> & { sources: SourceId[]; alternativeSources?: SourceId[] };
export type ParameterInput = Omit<Parameter, 'values'> & { values: ValueInput[] };

export function defineParameter(p: ParameterInput): Parameter {
  return p;
}

/** First day of the period the tool covers. Undated official values start here (see UPDATING-RULES.md). */
export const COVERAGE_START = '2024-01-01';
