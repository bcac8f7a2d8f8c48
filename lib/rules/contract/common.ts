/**
 * Pieces shared by the response schemas of the public API (../shared/api-contract.md): dates, links,
 * citations, figures and the value sets. The value sets come from the const arrays of ../types.ts,
 * so the schemas, the types and the rules use one list each.
 *
 * Every schema and every field carries `.meta({ description })`; schemas that the OpenAPI document
 * names (components/schemas) also carry an `id`.
 */
import { z } from 'zod';
import { jobSchema, vacancySchema, workerSchema } from '../answers';
import { authorityIds, confidences, routeIds, units, type AnswerPath } from '../types';

/** An existing calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date().meta({ id: 'IsoDate', description: 'A calendar date, YYYY-MM-DD.' });

/** An https address. */
export const httpsUrl = z.url({ protocol: /^https$/ });

export const authorityIdSchema = z.enum(authorityIds);
export const routeIdSchema = z.enum(routeIds);
export const confidenceSchema = z.enum(confidences).meta({
  description:
    'How far the figure can be trusted. official: stated on an official site; secondary: law firm, payroll provider or serious press; ' +
    'derived: computed from an official formula; low: aggregator or contradicting sources; conflicting: sources disagree; ' +
    'unverified: not found in the sources checked.',
});
export const unitSchema = z.enum(units).meta({ description: 'Unit of the value.' });

/**
 * Every answer path ("job.grossSalary"): `workplace` and each field of worker, job and vacancy in
 * ../answers.ts. contract.test.ts proves that this is exactly the AnswerPath type of ../types.ts.
 */
export const answerPaths = [
  'workplace',
  ...Object.keys(workerSchema.shape).map((k) => `worker.${k}`),
  ...Object.keys(jobSchema.shape).map((k) => `job.${k}`),
  ...Object.keys(vacancySchema.shape).map((k) => `vacancy.${k}`),
] as [AnswerPath, ...AnswerPath[]];

export const answerPathSchema = z.enum(answerPaths).meta({
  description: 'Dotted path of an answer in the request, e.g. job.grossSalary.',
});

export const citationSchema = z
  .strictObject({
    title: z.string().min(1).meta({ description: 'Title of the source.' }),
    url: httpsUrl.meta({ description: 'Address of the source.' }),
    checked: isoDateSchema.meta({ description: 'Date the source was last checked.' }),
  })
  .meta({ id: 'Citation', description: 'A legal or official source.' });

const figureValue = z.union([z.number(), z.boolean(), z.null()]);

/** The fields a figure of an assessment and a parameter of the rules document share. */
export const figureFields = {
  id: z.string().min(1).meta({ description: 'Parameter id, <authority|federal|eu>.<route or topic>.<name>, e.g. flanders.highly-skilled.salary.' }),
  value: figureValue.meta({ description: 'The value; null: the rule does not exist in this period (e.g. a fee not yet introduced).' }),
  formatted: z.string().nullable().meta({ description: 'The value in words, localized (e.g. “€48,912 a year”); null when the value is null.' }),
  unit: unitSchema,
  validFrom: isoDateSchema.meta({ description: 'First day the value applies.' }),
  validTo: isoDateSchema.nullable().meta({ description: 'Last day the value applies; null: open-ended.' }),
  confidence: confidenceSchema,
  mustConfirm: z.boolean().meta({ description: 'Confirm this figure with the authority before relying on it (confidence low, conflicting or unverified).' }),
  carriedForward: z
    .boolean()
    .meta({ description: 'The value was set for an earlier year and is still applied because no newer value is known.' }),
  officialUrl: httpsUrl.optional().meta({ description: 'Official page where the figure can be confirmed.' }),
};

export const figureSchema = z.strictObject(figureFields).meta({
  id: 'Figure',
  description: 'Extension: a figure (threshold, period, fee) used by a check, fee or processing time, with its validity and confidence.',
});

export type Citation = z.output<typeof citationSchema>;
export type Figure = z.output<typeof figureSchema>;
