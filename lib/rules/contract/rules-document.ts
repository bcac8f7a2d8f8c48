/**
 * The response of GET /api/v1/rules (../shared/api-contract.md): the parameters in force on a date,
 * per competent authority, then the federal and EU ones. `rulesOn()` (../index.ts) builds it.
 */
import { z } from 'zod';
import { authorityIdSchema, citationSchema, figureFields, httpsUrl, isoDateSchema } from './common';

export const rulesParameterSchema = z
  .strictObject({
    id: figureFields.id,
    description: z.string().meta({ description: 'What the parameter is, in plain English.' }),
    unit: figureFields.unit,
    value: figureFields.value,
    formatted: figureFields.formatted,
    validFrom: figureFields.validFrom,
    validTo: figureFields.validTo,
    confidence: figureFields.confidence,
    mustConfirm: figureFields.mustConfirm,
    carriedForward: figureFields.carriedForward,
    officialUrl: figureFields.officialUrl,
    sources: z.array(citationSchema).meta({ description: 'The sources of the value.' }),
  })
  .meta({ id: 'RulesParameter', description: 'A threshold, period or fee in force on asOf, with its unit, validity period and sources.' });

/** extension: the authority's migration shortage list on asOf, with the ids that `job.shortageOccupation` takes. */
export const shortageListSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'The list’s id.' }),
    inForce: z.boolean().meta({
      description: 'Whether the list is in force on asOf and was found. False: the list in force could not be confirmed (for instance the known list has expired), and the shortage route is never opened on it.',
    }),
    validFrom: isoDateSchema.nullable().meta({ description: 'First day the list applies, or null when unknown.' }),
    validTo: isoDateSchema.nullable().meta({ description: 'Last day it applies, or null when open-ended or unknown.' }),
    count: z.number().int().nullable().meta({ description: 'Number of occupations as the sources state it, or null.' }),
    completeness: z.enum(['full', 'partial', 'changes-only', 'count-only', 'not-found']).meta({
      description: 'How much of the list we know: every title (full), some, only the reported changes, only the count, or nothing.',
    }),
    officialUrl: httpsUrl.nullable().meta({ description: 'Where the official list is.' }),
    occupations: z
      .array(
        z.strictObject({
          id: z.string().min(1).meta({ description: 'The value to send as job.shortageOccupation.' }),
          title: z.string().min(1).meta({ description: 'The title in the requested language.' }),
          status: z.enum(['listed', 'added', 'removed', 'kept', 'new-entry', 'proposed-added', 'proposed-removed']).meta({
            description: 'What the sources say: on the list (listed, added, kept, new-entry), removed from it, or only proposed in a draft.',
          }),
        }),
      )
      .meta({ description: 'The occupations the sources name (often not the whole list: see completeness).' }),
  })
  .meta({ id: 'ShortageList', description: 'Extension: a migration shortage list (no labour market test).' });

export const rulesDocumentSchema = z
  .strictObject({
    asOf: isoDateSchema.meta({ description: 'The date asked for (default today in Europe/Brussels).' }),
    rulesVersion: isoDateSchema.meta({ description: 'Date of the newest change to the rules data.' }),
    rulesChecked: isoDateSchema.meta({ description: 'Date the sources were last checked.' }),
    authorities: z
      .array(
        z
          .strictObject({
            id: authorityIdSchema.meta({ description: 'The competent authority.' }),
            name: z.string().min(1).meta({ description: 'Localized.' }),
            url: httpsUrl.meta({ description: 'The authority’s official page, in the requested language where one exists.' }),
            parameters: z.array(rulesParameterSchema).meta({ description: 'The authority’s own parameters.' }),
            shortageList: shortageListSchema.nullable().meta({
              description: 'Extension: the migration shortage list in force on asOf, or the newest one known (then inForce is false); null when none is known.',
            }),
          })
          .meta({ description: 'A competent authority and its parameters.' }),
      )
      .meta({ description: 'Every competent authority, each with its parameters.' }),
    federal: z.array(rulesParameterSchema).meta({ description: 'Federal parameters (residence, Immigration Office fees …).' }),
    eu: z.array(rulesParameterSchema).meta({ description: 'EU parameters.' }),
  })
  .meta({ id: 'RulesDocument', description: 'The parameters in force on asOf: per competent authority, then the federal and EU ones.' });

export type RulesParameter = z.output<typeof rulesParameterSchema>;
export type RulesDocument = z.output<typeof rulesDocumentSchema>;
