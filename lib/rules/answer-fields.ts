/**
 * One zod schema per answer of ../shared/api-contract.md, written with `zod/mini`: the one
 * definition of each answer's format and range. answers.ts builds the API's request schema (and the
 * server actions') from these; the wizard's question pages check a typed answer with the same
 * schemas in the browser (lib/flow/kinds/*), and zod/mini keeps that small (npm run size).
 */
import * as z from 'zod/mini';
import { answerRanges, COUNTRY_CODE, isIsoDate, residenceValues, salaryPeriods, type NumberRange } from './answer-limits';
import { authorityIds } from './types';

/** A number schema for one range of answer-limits.ts. */
function inRange(r: NumberRange) {
  return (r.integer ? z.int() : z.number()).check(r.minExclusive ? z.gt(r.min) : z.gte(r.min), z.lte(r.max));
}

export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' }), z.refine(isIsoDate, { error: 'invalid_date' }));

export const answerFields = {
  postcode: z.string().check(z.regex(/^\d{4}$/, { error: 'invalid_postcode' })),
  region: z.enum(authorityIds),
  nationality: z.string().check(z.regex(COUNTRY_CODE, { error: 'invalid_country' })),
  age: inRange(answerRanges.age),
  highestQualificationEqf: inRange(answerRanges.highestQualificationEqf),
  relevantExperienceYears: inRange(answerRanges.relevantExperienceYears),
  residence: z.enum(residenceValues),
  employment: z.enum(['employee', 'self-employed']),
  durationDays: inRange(answerRanges.durationDays),
  salaryAmount: inRange(answerRanges.salaryAmount),
  salaryPeriod: z.enum(salaryPeriods),
  fte: inRange(answerRanges.fte),
  requiredQualificationEqf: inRange(answerRanges.requiredQualificationEqf),
  ictRole: z.enum(['none', 'specialist', 'manager']),
  intraCorporateTransfer: z.enum(['manager', 'specialist', 'trainee']),
  triAnswer: z.enum(['yes', 'no', 'unsure']),
  postingEmployer: z.enum(['eea', 'outside-eea']),
  shortageOccupation: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'invalid_format' })),
  continuousWeeks: inRange(answerRanges.continuousWeeks),
  isoDate,
} as const;
