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
