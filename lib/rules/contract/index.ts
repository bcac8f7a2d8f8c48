/**
 * The public API's contract (../shared/api-contract.md and its extensions), written once, in zod:
 * the request is ../answers.ts; the responses are here. The types of ../present.ts and ../index.ts
 * are inferred from these schemas, lib/server/openapi.ts generates the OpenAPI document from them,
 * and the API tests validate real responses with them.
 *
 * Server code and tests only: this pulls in zod, which question pages must not ship (npm run size).
 * Other modules import its types with `import type`.
 */
export { answerPaths, answerPathSchema, citationSchema, figureSchema, isoDateSchema, type Citation, type Figure } from './common';
export {
  assessmentSchema,
  checkSchema,
  conditionSchema,
  documentSchema,
  feeSchema,
  hintSchema,
  noticeSchema,
  routeSchema,
  type AssessedCheck,
  type AssessedCondition,
  type AssessedDocument,
  type AssessedFee,
  type AssessedHint,
  type AssessedRoute,
  type Assessment,
  type Notice,
} from './assessment';
export { rulesDocumentSchema, rulesParameterSchema, type RulesDocument, type RulesParameter } from './rules-document';
export { errorCodes, errorSchemas, invalidAnswersSchema, issueSchema, type ErrorBody, type ErrorCode, type InvalidAnswers, type Issue } from './errors';
export { healthSchema, type Health } from './health';

export { exampleAnswers } from './example';
