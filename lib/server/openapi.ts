/**
 * The OpenAPI 3.1 description of the public API (GET /api/v1/openapi.json).
 *
 * Every schema is generated from the zod schemas the server and the tests use: the request from
 * lib/rules/answers.ts, the responses from lib/rules/contract (`z.toJSONSchema`, JSON Schema 2020-12,
 * which is OpenAPI 3.1's dialect; each schema with a meta `id` becomes a component, referenced with
 * $ref). What is written here is only the paths, operations, parameters, headers and prose.
 */
import { z } from 'zod';
import { answersSchema } from '@/lib/rules/answers';
import { asOfMax, asOfMin } from '@/lib/rules';
import {
  assessmentSchema,
  errorCodes,
  errorSchemas,
  exampleAnswers,
  healthSchema,
  invalidAnswersSchema,
  rulesDocumentSchema,
  type ErrorCode,
} from '@/lib/rules/contract';
import { locales } from '@/lib/i18n/locales';
import { MAX_BODY_BYTES } from './body';
import type { ApiErrorCode } from './http';

type Schema = Record<string, unknown>;

/** Every `{ error, message }` code the server sends (./http.ts) has its schema in the contract. */
const serverCodesAreDocumented: readonly ErrorCode[] = [] as Exclude<ApiErrorCode, 'invalid_answers'>[];
void serverCodesAreDocumented;

const COMPONENTS = '#/components/schemas/';

/**
 * The components of some zod schemas: each schema with a meta `id` (and each one it uses) under its
 * id, its $refs pointing into components/schemas.
 */
function components(schemas: Record<string, z.ZodType>, io: 'input' | 'output', open: boolean): Record<string, Schema> {
  const root = z.toJSONSchema(z.object(schemas), {
    target: 'draft-2020-12',
    io,
    override: ({ jsonSchema }) => {
      // Response objects stay open in the document: v1 may add response fields (api-contract.md), and
      // a client that validates with additionalProperties: false would break on them. The zod schemas
      // themselves are strict, so the tests prove that every field the server sends is described here.
      if (open && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
      // z.number().int() bounds an integer by the safe-integer range: noise for a reader.
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    },
  });
  const defs = JSON.parse(JSON.stringify(root.$defs ?? {}).replaceAll('"#/$defs/', `"${COMPONENTS}`)) as Record<string, Schema>;
  for (const name of Object.keys(schemas)) if (!(name in defs)) throw new Error(`${name} has no meta id`);
  return defs;
}

function allComponents(): Record<string, Schema> {
  const request = components({ Answers: answersSchema }, 'input', false);
  const responses = components(
    {
      Assessment: assessmentSchema,
      InvalidAnswers: invalidAnswersSchema,
      RulesDocument: rulesDocumentSchema,
      Health: healthSchema,
      ...Object.fromEntries(errorCodes.map((code) => [`Error_${code}`, errorSchemas[code]])),
    },
    'output',
    true,
  );
  for (const name of Object.keys(request)) if (name in responses) throw new Error(`component ${name} is both a request and a response schema`);
  return { ...request, ...responses };
}

const jsonContent = (schema: Schema, example?: unknown) => ({
  'application/json': { schema, ...(example === undefined ? {} : { example }) },
});

const ref = (name: string): Schema => ({ $ref: `${COMPONENTS}${name}` });

const errorResponse = (description: string, code: ErrorCode, headers?: Schema) => ({
  description,
  ...(headers ? { headers } : {}),
  content: jsonContent(ref(`Error_${code}`)),
});

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests allowed per window (only when rate limiting is on).', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the current window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window ends.', schema: { type: 'integer' } },
};

const tooManyRequests = errorResponse(
  'Rate limited (extension; only when the server sets API_RATE_LIMIT_PER_MINUTE). Retry after the number of seconds in Retry-After.',
  'rate_limited',
  { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } }, ...rateLimitHeaders },
);

const methodNotAllowed = errorResponse('Method not allowed (extension). The Allow header lists the methods.', 'method_not_allowed', {
  Allow: { schema: { type: 'string' } },
});

const localeParam = {
  name: 'locale',
  in: 'query',
  required: false,
  description:
    'Language of the human-readable text fields. Any other or missing value falls back to en (it never fails); ' +
    'the Content-Language response header names the language used.',
  schema: { type: 'string', enum: [...locales], default: 'en' },
};

let cached: Schema | null = null;

export function openApiDocument(): Schema {
  if (cached) return cached;
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Belgian Work Permit Check API',
      version: '1.0.0',
      description:
        'Tells an employer in Belgium whether and how it can hire a non-EU worker. Public, read-only, stores nothing. ' +
        'Field names, value sets and status codes are fixed for v1; new optional request fields and extra response fields may be added. ' +
        'Every field sent today is described; response objects leave additionalProperties open so that a client keeps working when a field is added. ' +
        'Fields marked "Extension" are not in the v1 contract table and may be relied on all the same. ' +
        `Dates: asOf may be any date from ${asOfMin} to ${asOfMax}. ` +
        'No input produces a 5xx. Rate limiting (429) is off unless the operator enables it.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/v1/assessments': {
        post: {
          operationId: 'createAssessment',
          summary: 'Evaluate one set of answers',
          parameters: [localeParam],
          requestBody: {
            required: true,
            description:
              `JSON (Content-Type application/json, UTF-8; a charset other than UTF-8 is refused with 415), at most ${MAX_BODY_BYTES} bytes. ` +
              `asOf must lie from ${asOfMin} (the start of the rules data) to ${asOfMax}; any other date → 422 at path asOf.`,
            content: { 'application/json': { schema: ref('Answers'), example: exampleAnswers } },
          },
          responses: {
            '200': {
              description: 'The answers parse: the assessment. Cache-Control: no-store.',
              headers: { 'Content-Language': { schema: { type: 'string', enum: [...locales] } }, ...rateLimitHeaders },
              content: jsonContent(ref('Assessment')),
            },
            '400': errorResponse('The body is not JSON (empty, truncated, not UTF-8, …).', 'malformed_json'),
            '405': methodNotAllowed,
            '413': errorResponse(`The body is larger than 16 KiB (${MAX_BODY_BYTES} bytes), declared or actually sent.`, 'payload_too_large'),
            '415': errorResponse('The content type is not application/json.', 'unsupported_media_type'),
            '422': {
              description:
                'The JSON does not fit the schema, or the answers contradict each other (a postcode in one region and a region naming another). Every problem found is listed, messages in the requested locale.',
              content: jsonContent(ref('InvalidAnswers')),
            },
            '429': tooManyRequests,
          },
        },
      },
      '/api/v1/rules': {
        get: {
          operationId: 'getRules',
          summary: 'The parameters in force on a date, per competent authority',
          description: 'Every threshold, period and fee, with its unit, validity period and sources. Deterministic per date: cacheable (Cache-Control public, ETag).',
          parameters: [
            {
              name: 'asOf',
              in: 'query',
              required: false,
              description: `ISO date YYYY-MM-DD from ${asOfMin} to ${asOfMax}. Default: today in Europe/Brussels (then cached for 5 minutes only). Any other value → 400 invalid_as_of.`,
              schema: ref('IsoDate'),
            },
            localeParam,
          ],
          responses: {
            '200': {
              description: 'The rules document.',
              headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
              content: jsonContent(ref('RulesDocument')),
            },
            '304': { description: 'Not modified (If-None-Match matched the ETag).' },
            '400': errorResponse(`asOf is not an existing date written YYYY-MM-DD from ${asOfMin} to ${asOfMax} (extension of the v1 table).`, 'invalid_as_of'),
            '405': methodNotAllowed,
            '429': tooManyRequests,
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document.', content: jsonContent({ type: 'object' }) }, '405': methodNotAllowed },
        },
      },
      '/api/health': {
        get: {
          operationId: 'getHealth',
          summary: 'Liveness check (never rate limited)',
          responses: {
            '200': { description: 'The server is up.', content: jsonContent(ref('Health')) },
            '405': methodNotAllowed,
          },
        },
      },
    },
    components: { schemas: allComponents() },
  };
  return cached;
}
