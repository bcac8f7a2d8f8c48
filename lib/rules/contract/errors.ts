/**
 * The error bodies of the public API (../shared/api-contract.md): `{ error, message }` for every
 * status but 422, which lists every problem found in `issues`. Messages are in the requested locale.
 */
import { z } from 'zod';

/** Error codes with a `{ error, message }` body: the contract's 400, 413 and 415, and the extensions. */
export const errorCodes = [
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'rate_limited',
  'invalid_as_of',
  'not_found',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const meaning: Record<ErrorCode, string> = {
  malformed_json: 'The body is not JSON.',
  payload_too_large: 'The body is larger than 16 KiB.',
  unsupported_media_type: 'The content type is not JSON.',
  method_not_allowed: 'Extension: the method is not allowed (the Allow header lists those that are).',
  rate_limited: 'Extension: too many requests (only when the operator enables rate limiting).',
  invalid_as_of: 'Extension: GET /api/v1/rules: asOf is not an existing date within the dates the rules data covers.',
  not_found: 'Extension: no such API address.',
  internal_error: 'Extension: an unexpected error (a bug: no input should cause it).',
};

function errorBody<C extends ErrorCode>(code: C) {
  return z
    .strictObject({
      error: z.literal(code).meta({ description: 'Machine-readable error code.' }),
      message: z.string().min(1).meta({ description: 'What went wrong, in the requested language.' }),
    })
    .meta({ id: `Error_${code}`, description: meaning[code] });
}

export const errorSchemas = Object.fromEntries(errorCodes.map((code) => [code, errorBody(code)])) as {
  [C in ErrorCode]: ReturnType<typeof errorBody<C>>;
};

export const issueSchema = z
  .strictObject({
    path: z.string().meta({
      description:
        'Dotted path of the field, e.g. job.grossSalary.amount ("" for the body itself). An unknown key (code unrecognized_keys) is ' +
        'named only when it is a short plain name; any other is named by its position in its object, never repeated: job.#3 is the third key of job.',
    }),
    code: z.string().min(1).meta({
      description:
        'Machine-readable reason, e.g. too_small, invalid_type, unrecognized_keys, unknown_postcode, workplace_conflict, date_out_of_range, ' +
        'unknown_occupation (job.shortageOccupation names no occupation of the competent authority’s lists).',
    }),
    message: z.string().min(1).meta({ description: 'The problem in words, in the requested language.' }),
  })
  .meta({ description: 'One problem with the answers.' });

export const invalidAnswersSchema = z
  .strictObject({
    error: z.literal('invalid_answers').meta({ description: 'Machine-readable error code.' }),
    issues: z.array(issueSchema).min(1).meta({ description: 'Every problem found.' }),
  })
  .meta({
    id: 'InvalidAnswers',
    description:
      'The JSON does not fit the schema, or the answers contradict each other (a postcode in one region and a region naming another).',
  });

export type ErrorBody<C extends ErrorCode = ErrorCode> = z.output<(typeof errorSchemas)[C]>;
export type InvalidAnswers = z.output<typeof invalidAnswersSchema>;
export type Issue = z.output<typeof issueSchema>;
