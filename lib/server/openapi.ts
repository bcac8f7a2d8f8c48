/**
 * The OpenAPI 3.1 description of the public API (GET /api/v1/openapi.json).
 *
 * The request schema is derived from the zod schema the server validates with
 * (`z.toJSONSchema(answersSchema)`), then adjusted for what JSON Schema cannot get from zod
 * (the workplace needs a postcode or a region, descriptions, an example). Responses are written
 * here by hand after api-contract.md, plus the documented extensions; the e2e tests validate real
 * responses against these schemas, so the document cannot drift from the server.
 */
import { z } from 'zod';
import { answersSchema } from '@/lib/rules/answers';
import { asOfMax, asOfMin } from '@/lib/rules';
import { authorityIds, routeIds } from '@/lib/rules/types';
import { locales } from '@/lib/i18n/locales';
import { MAX_BODY_BYTES } from './body';

type Schema = Record<string, unknown>;

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const isoDate = (description?: string): Schema => ({ type: 'string', format: 'date', pattern: DATE_PATTERN, ...(description ? { description } : {}) });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const str = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });

export const exampleAnswers = {
  asOf: '2026-11-21',
  workplace: { postcode: '4700' },
  worker: { nationality: 'IN', age: 29, highestQualificationEqf: 7, relevantExperienceYears: 4, residence: 'abroad' },
  job: {
    employment: 'employee',
    durationDays: 730,
    grossSalary: { amount: 52000, period: 'year' },
    fte: 1,
    requiredQualificationEqf: 6,
    highlyQualifiedPosition: true,
    nurseOrTeacher: false,
    ictRole: 'none',
    executive: false,
    intraCorporateTransfer: null,
    researcherHostingAgreement: false,
    onMigrationShortageList: 'yes',
    onPesShortageList: 'unsure',
  },
  vacancy: {
    publishedWithPes: true,
    publishedOnEures: true,
    continuousWeeks: 9,
    publishedFrom: '2026-06-01',
    pesRecruitmentSupport: false,
    suitableCandidateFound: false,
  },
};

const fieldDescriptions: Record<string, Record<string, string>> = {
  '': {
    asOf: `Date on which the application would be filed, from ${asOfMin} to ${asOfMax}. Default: today in Europe/Brussels.`,
    workplace: 'Where the work is done: a Belgian postcode or a region (required; if both are given they must agree).',
  },
  workplace: {
    postcode: 'Belgian postcode (4 digits). It must exist.',
    region: 'Competent authority, when no postcode is given.',
  },
  worker: {
    nationality: 'ISO 3166-1 alpha-2 code, upper case.',
    age: 'Whole years on asOf.',
    highestQualificationEqf: 'EQF level of the highest completed qualification, 0-8 (0 = none).',
    relevantExperienceYears: 'Relevant professional experience within the 7 years before asOf.',
    residence:
      'abroad | belgium-unlimited-labour-market (residence card already says unlimited access) | belgium-other | ' +
      'eu-long-term-resident (long-term resident status in another EU state) | uk-withdrawal-agreement.',
  },
  job: {
    employment: 'employee or self-employed (self-employed → out-of-scope, professional card).',
    durationDays: 'Length of the contract in days; null = open-ended. 90 days or less → out-of-scope (short stay).',
    grossSalary:
      'Gross pay in euro for a full-time equivalent of the post. Each authority uses its own unit (Brussels: monthly; the others: yearly); ' +
      'a salary given in the other unit is converted only with the authority’s official rule, otherwise the salary check is unknown.',
    fte: 'Working time as a fraction of full time: 0 < fte ≤ 1.',
    requiredQualificationEqf: 'EQF level the position itself requires.',
    highlyQualifiedPosition: 'The post is a highly qualified position.',
    nurseOrTeacher: 'The post is a nurse or teacher position.',
    ictRole: 'ICT specialist or ICT manager.',
    executive: 'Managerial / executive staff position.',
    intraCorporateTransfer: 'Transfer within a group from outside the EU: manager, specialist or trainee; null = not a transfer.',
    researcherHostingAgreement: 'A hosting agreement with an approved research organisation exists.',
    onMigrationShortageList: 'The occupation is on the region’s shortage list for migration purposes.',
    onPesShortageList: 'The occupation is on the public employment service’s broader shortage study (Flanders: VDAB).',
    posted: 'Extension: the worker stays employed by a foreign employer and is posted (seconded) to Belgium.',
  },
  vacancy: {
    publishedWithPes: 'Published with the region’s public employment service (VDAB, Actiris, Forem, ADG).',
    publishedOnEures: 'Published on EURES.',
    continuousWeeks: 'Longest continuous publication period, in weeks.',
    publishedFrom: 'First day of that period, when known.',
    pesRecruitmentSupport: 'Used the service’s recruitment or pre-selection support (Actiris, Forem).',
    suitableCandidateFound: 'A suitable candidate was found on the labour market.',
  },
};

/** The request body schema: zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect), adjusted. */
export function answersJsonSchema(): Schema {
  const schema = z.toJSONSchema(answersSchema, { io: 'input', unrepresentable: 'any' }) as Schema;
  delete schema.$schema;
  const props = schema.properties as Record<string, Schema>;
  const describe = (target: Record<string, Schema> | undefined, texts: Record<string, string> | undefined) => {
    if (!target || !texts) return;
    for (const [key, text] of Object.entries(texts)) if (target[key]) target[key] = { ...target[key], description: text };
  };
  describe(props, fieldDescriptions['']);
  for (const group of ['workplace', 'worker', 'job', 'vacancy']) {
    describe(props[group]?.properties as Record<string, Schema> | undefined, fieldDescriptions[group]);
  }
  // zod's refinement "a postcode or a region" is not representable; say it in JSON Schema.
  if (props.workplace) props.workplace.anyOf = [{ required: ['postcode'] }, { required: ['region'] }];
  // Dates: zod checks that the date exists (no 2026-02-30); JSON Schema says so with `format`.
  if (props.asOf) props.asOf.format = 'date';
  const vacancyProps = props.vacancy?.properties as Record<string, Schema> | undefined;
  if (vacancyProps?.publishedFrom) vacancyProps.publishedFrom.format = 'date';
  schema.description =
    'The answers. Every field is optional except workplace: a missing answer is not an error; the checks that need it come back unknown. ' +
    'Unknown fields are refused (422), so a misspelt field never silently becomes "unknown".';
  return schema;
}

const ext = (description: string): string => `Extension (not in the v1 contract table; may be relied on). ${description}`.trim();
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const confidence: Schema = { type: 'string', enum: ['official', 'secondary', 'derived', 'low', 'conflicting', 'unverified'] };
const unit: Schema = {
  type: 'string',
  enum: ['EUR/year', 'EUR/month', 'EUR', 'weeks', 'months', 'days', 'eqf', 'fte', 'years', 'boolean', 'count'],
};
const answerPath: Schema = { type: 'string', description: 'Dotted path of an answer, e.g. job.grossSalary.' };

const citation: Schema = {
  type: 'object',
  required: ['title', 'url', 'checked'],
  properties: { title: str(), url: { type: 'string', format: 'uri' }, checked: isoDate('Date the source was last checked.') },
};

const figure: Schema = {
  type: 'object',
  description: ext('A figure (threshold, period, fee) used by a check, fee or processing time, with its validity and confidence.'),
  required: ['id', 'value', 'formatted', 'unit', 'validFrom', 'validTo', 'confidence', 'mustConfirm', 'carriedForward'],
  properties: {
    id: str('Parameter id, e.g. flanders.highly-skilled.salary.'),
    value: { type: ['number', 'boolean', 'null'] },
    formatted: { type: ['string', 'null'], description: 'The value in words, localized (e.g. “€48,912 a year”).' },
    unit,
    validFrom: isoDate(),
    validTo: nullable(isoDate()),
    confidence,
    mustConfirm: { type: 'boolean', description: 'Confirm this figure with the authority before relying on it.' },
    carriedForward: { type: 'boolean', description: 'Set for an earlier year and still applied because no newer value is known.' },
    officialUrl: { type: 'string', format: 'uri' },
  },
};

const check: Schema = {
  type: 'object',
  required: ['id', 'status', 'explanation', 'citations'],
  properties: {
    id: str(),
    status: { type: 'string', enum: ['pass', 'fail', 'unknown'] },
    explanation: str('Localized, with the figures used.'),
    citations: { type: 'array', minItems: 1, items: ref('Citation') },
    unknownBecause: {
      type: 'string',
      enum: ['answer-missing', 'unit-mismatch', 'rule-data-missing', 'rule-uncertain'],
      description: ext('Why an unknown check is unknown.'),
    },
    unknownReason: str(ext('The same, in words (localized).')),
    missing: { type: 'array', items: answerPath, description: ext('Answers that would decide an unknown check.') },
    figures: { type: 'array', items: ref('Figure'), description: ext('The figures the check used.') },
  },
};

const route: Schema = {
  type: 'object',
  required: ['id', 'status', 'checks', 'documents', 'fees', 'processingTime', 'earliestFilingDate'],
  properties: {
    id: { type: 'string', enum: [...routeIds] },
    name: str(ext('The route’s name, localized.')),
    status: { type: 'string', enum: ['eligible', 'ineligible', 'unknown'] },
    checks: { type: 'array', minItems: 1, items: ref('Check') },
    conditions: {
      type: 'array',
      description: ext('What the authority assesses anyway and no employer can answer in advance (e.g. the joint committee’s minimum wage).'),
      items: {
        type: 'object',
        required: ['id', 'text', 'citations'],
        properties: { id: str(), text: str(), citations: { type: 'array', items: ref('Citation') } },
      },
    },
    documents: {
      type: 'array',
      description: 'At least one for an eligible route.',
      items: {
        type: 'object',
        required: ['id', 'title'],
        properties: {
          id: str(),
          title: str(),
          detail: str(ext('Extra detail for this authority.')),
          part: { type: 'string', enum: ['federal', 'regional'], description: ext('federal: to the Immigration Office; regional: to the competent authority.') },
          sourceIds: {
            type: 'array',
            items: str(),
            description: ext('Ids of the sources the document rests on; each is a key of the assessment’s `sources`.'),
          },
        },
      },
    },
    fees: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'amount', 'currency', 'title'],
        properties: {
          id: str(),
          amount: { type: 'number', minimum: 0 },
          currency: { const: 'EUR' },
          title: str(),
          payer: { type: 'string', enum: ['employer', 'worker'], description: ext('') },
          exemption: str(ext('Why the amount is 0, when it is.')),
          figure: ref('Figure'),
        },
      },
    },
    processingTime: {
      type: 'object',
      required: ['targetDays', 'note'],
      properties: { targetDays: nullable({ type: 'integer', minimum: 0 }), note: str(), figure: ref('Figure') },
    },
    earliestFilingDate: { ...nullable(isoDate()), description: 'Labour-market-test routes: first day the application can be filed, when publishedFrom is known.' },
    hints: {
      type: 'array',
      description: ext('What would change the outcome (“a salary of €X or more would qualify”).'),
      items: {
        type: 'object',
        required: ['kind', 'text'],
        properties: {
          kind: { type: 'string', enum: ['salary-at-least', 'publish-longer', 'file-from', 'answer'] },
          text: str('Localized.'),
          amount: { type: 'number' },
          per: { type: 'string', enum: ['year', 'month'] },
          checkId: str(),
          weeksMore: { type: 'integer' },
          until: isoDate(),
          date: isoDate(),
          path: answerPath,
        },
      },
    },
  },
};

const assessment: Schema = {
  type: 'object',
  required: ['asOf', 'rulesVersion', 'competentAuthority', 'verdict', 'verdictReason', 'recommendedRoute', 'routes'],
  properties: {
    asOf: isoDate(),
    rulesVersion: isoDate('Date of the newest change to the rules data.'),
    rulesChecked: isoDate(ext('Date the sources were last checked.')),
    competentAuthority: nullable({
      type: 'object',
      required: ['id', 'name', 'url'],
      properties: { id: { type: 'string', enum: [...authorityIds] }, name: str('Localized.'), url: { type: 'string', format: 'uri' } },
    }),
    verdict: { type: 'string', enum: ['permit-not-required', 'out-of-scope', 'eligible', 'not-eligible', 'undetermined'] },
    verdictReason: nullable({
      type: 'string',
      enum: ['eea-national', 'swiss-national', 'uk-withdrawal-agreement', 'unlimited-labour-market-access', 'short-stay', 'self-employed'],
    }),
    verdictText: str(ext('The verdict and its reason in words (localized).')),
    recommendedRoute: { ...nullable({ type: 'string', enum: [...routeIds] }), description: 'One of the eligible routes, or null.' },
    recommendation: { type: ['string', 'null'], description: ext('Which rule decided the recommendation, and the other eligible routes (localized).') },
    routes: { type: 'array', items: ref('Route') },
    preliminaryChecks: { type: 'array', items: ref('Check'), description: ext('Exemptions and other procedures checked before any route.') },
    openQuestions: { type: 'array', items: answerPath, description: ext('Answers that could still change the verdict or the recommendation.') },
    notices: {
      type: 'array',
      description: ext('Figures to confirm with the authority before relying on them.'),
      items: {
        type: 'object',
        required: ['parameter', 'text', 'confidence', 'carriedForward'],
        properties: { parameter: str(), text: str('Localized.'), officialUrl: { type: 'string', format: 'uri' }, confidence, carriedForward: { type: 'boolean' } },
      },
    },
    sources: {
      type: 'object',
      description: ext('Every source that a document’s `sourceIds` names, by id (each listed once).'),
      additionalProperties: ref('Citation'),
    },
  },
};

const rulesParameter: Schema = {
  type: 'object',
  required: ['id', 'description', 'unit', 'value', 'formatted', 'validFrom', 'validTo', 'confidence', 'mustConfirm', 'carriedForward', 'sources'],
  properties: {
    id: str(),
    description: str('Plain English.'),
    unit,
    value: { type: ['number', 'boolean', 'null'], description: 'null: the rule does not exist in this period (e.g. a fee not yet introduced).' },
    formatted: { type: ['string', 'null'], description: 'The value in words, localized.' },
    validFrom: isoDate(),
    validTo: nullable(isoDate()),
    confidence,
    mustConfirm: { type: 'boolean' },
    carriedForward: { type: 'boolean' },
    officialUrl: { type: 'string', format: 'uri' },
    sources: { type: 'array', items: ref('Citation') },
  },
};

const rulesDocument: Schema = {
  type: 'object',
  description: 'The parameters in force on asOf: per competent authority, then the federal and EU ones.',
  required: ['asOf', 'rulesVersion', 'authorities', 'federal', 'eu'],
  properties: {
    asOf: isoDate(),
    rulesVersion: isoDate(),
    rulesChecked: isoDate(),
    authorities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'url', 'parameters'],
        properties: {
          id: { type: 'string', enum: [...authorityIds] },
          name: str('Localized.'),
          url: { type: 'string', format: 'uri' },
          parameters: { type: 'array', items: ref('RulesParameter') },
        },
      },
    },
    federal: { type: 'array', items: ref('RulesParameter') },
    eu: { type: 'array', items: ref('RulesParameter') },
  },
};

const errorBody = (codes: string[]): Schema => ({
  type: 'object',
  required: ['error', 'message'],
  properties: { error: { type: 'string', enum: codes }, message: str('Localized.') },
});

const jsonContent = (schema: Schema, example?: unknown) => ({
  'application/json': { schema, ...(example === undefined ? {} : { example }) },
});

const errorResponse = (description: string, code: string, headers?: Schema) => ({
  description,
  ...(headers ? { headers } : {}),
  content: jsonContent({ $ref: `#/components/schemas/Error_${code}` }),
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
  const errorCodes = [
    'malformed_json',
    'payload_too_large',
    'unsupported_media_type',
    'method_not_allowed',
    'rate_limited',
    'invalid_as_of',
    'not_found',
    'internal_error',
  ];
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Belgian Work Permit Check API',
      version: '1.0.0',
      description:
        'Tells an employer in Belgium whether and how it can hire a non-EU worker. Public, read-only, stores nothing. ' +
        'Field names, value sets and status codes are fixed for v1; new optional request fields and extra response fields may be added. ' +
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
            description: `JSON (Content-Type application/json, UTF-8; a charset other than UTF-8 is refused with 415), at most ${MAX_BODY_BYTES} bytes.`,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Answers' }, example: exampleAnswers } },
          },
          responses: {
            '200': {
              description: 'The answers parse: the assessment. Cache-Control: no-store.',
              headers: { 'Content-Language': { schema: { type: 'string', enum: [...locales] } }, ...rateLimitHeaders },
              content: jsonContent({ $ref: '#/components/schemas/Assessment' }),
            },
            '400': errorResponse('The body is not JSON (empty, truncated, not UTF-8, …).', 'malformed_json'),
            '405': methodNotAllowed,
            '413': errorResponse(`The body is larger than 16 KiB (${MAX_BODY_BYTES} bytes), declared or actually sent.`, 'payload_too_large'),
            '415': errorResponse('The content type is not application/json.', 'unsupported_media_type'),
            '422': {
              description:
                'The JSON does not fit the schema, or the answers contradict each other (a postcode in one region and a region naming another). Every problem found is listed, messages in the requested locale.',
              content: jsonContent({ $ref: '#/components/schemas/InvalidAnswers' }),
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
              schema: isoDate(),
            },
            localeParam,
          ],
          responses: {
            '200': {
              description: 'The rules document.',
              headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
              content: jsonContent({ $ref: '#/components/schemas/RulesDocument' }),
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
            '200': { description: 'The server is up.', content: jsonContent({ $ref: '#/components/schemas/Health' }) },
            '405': methodNotAllowed,
          },
        },
      },
    },
    components: {
      schemas: {
        Answers: answersJsonSchema(),
        Assessment: assessment,
        Route: route,
        Check: check,
        Citation: citation,
        InvalidAnswers: {
          type: 'object',
          required: ['error', 'issues'],
          properties: {
            error: { const: 'invalid_answers' },
            issues: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['path', 'code', 'message'],
                properties: {
                  path: str('Dotted path of the field, e.g. job.grossSalary.amount ("" for the body itself).'),
                  code: str('Machine-readable reason, e.g. too_small, invalid_type, unrecognized_keys, unknown_postcode, workplace_conflict.'),
                  message: str('Localized.'),
                },
              },
            },
          },
        },
        RulesDocument: rulesDocument,
        RulesParameter: rulesParameter,
        Figure: figure,
        Health: {
          type: 'object',
          required: ['status', 'rulesVersion'],
          properties: { status: { const: 'ok' }, rulesVersion: isoDate() },
        },
        ...Object.fromEntries(errorCodes.map((code) => [`Error_${code}`, errorBody([code])])),
      },
    },
  };
  return cached;
}
