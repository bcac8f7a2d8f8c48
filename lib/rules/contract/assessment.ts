/**
 * The response of POST /api/v1/assessments (../shared/api-contract.md, "Response: the assessment"),
 * with its documented extensions. `present()` (../present.ts) builds it; its types are inferred from
 * here; the OpenAPI document and the API tests use these schemas.
 *
 * Objects are strict: a field the server sends must be described here, so the OpenAPI document
 * describes every field (the document itself leaves response objects open to later extensions).
 * The contract's rules that JSON Schema cannot say (a route's status follows from its checks, the
 * verdict from the routes, the recommendation is an eligible route …) are the refinement at the end.
 */
import { z } from 'zod';
import { salaryPeriods } from '../answer-limits';
import { documentParts, feePayers, routeStatuses, triValues, unknownBecauseValues, verdictReasons, verdicts } from '../types';
import {
  answerPathSchema,
  authorityIdSchema,
  citationSchema,
  confidenceSchema,
  figureSchema,
  httpsUrl,
  isoDateSchema,
  routeIdSchema,
} from './common';

/** Description of a field that the v1 table does not list: clients may rely on it all the same. */
export const extension = (description: string): string => `Extension: ${description}`;

export const checkSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'What is checked, e.g. salary-threshold.' }),
    status: z.enum(triValues).meta({ description: 'pass | fail | unknown. A missing answer never gives pass or fail.' }),
    explanation: z.string().min(1).meta({ description: 'Localized, with the figures used.' }),
    citations: z.array(citationSchema).min(1).meta({ description: 'The legal or official sources of the condition: at least one.' }),
    unknownBecause: z.enum(unknownBecauseValues).optional().meta({
      description: extension(
        'why an unknown check is unknown. answer-missing: see missing; unit-mismatch: the salary is given per month where the authority uses a year (or the reverse) ' +
          'and no official conversion applies; rule-data-missing: the figure is not known; rule-uncertain: sources disagree and the answer falls between their figures.',
      ),
    }),
    unknownReason: z.string().min(1).optional().meta({ description: extension('the same, in words (localized).') }),
    missing: z.array(answerPathSchema).meta({ description: extension('the answers that would decide an unknown check.') }),
    figures: z.array(figureSchema).meta({ description: extension('the figures the check used.') }),
  })
  .meta({ id: 'Check', description: 'One condition of a route (or of the exemptions checked before any route).' });

export const conditionSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'Id of the condition.' }),
    text: z.string().min(1).meta({ description: 'The condition, localized.' }),
    citations: z.array(citationSchema).meta({ description: 'Its sources.' }),
  })
  .meta({
    id: 'Condition',
    description: extension(
      'what the authority assesses anyway and no employer can answer in advance (e.g. the joint committee’s minimum wage).',
    ),
  });

export const documentSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'Id of the document, e.g. passport-copy.' }),
    title: z.string().min(1).meta({ description: 'Localized.' }),
    detail: z.string().min(1).optional().meta({ description: extension('extra detail for this authority (localized).') }),
    part: z.enum(documentParts).meta({
      description: extension('federal: goes to the Immigration Office (residence); regional: to the competent authority (work authorisation).'),
    }),
    sourceIds: z.array(z.string().min(1)).min(1).meta({
      description: extension('ids of the sources the document rests on; each is a key of the assessment’s sources.'),
    }),
  })
  .meta({ id: 'Document', description: 'A document to prepare.' });

export const feeSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'Id of the fee, e.g. federal-administrative-fee.' }),
    amount: z.number().min(0).meta({ description: 'Amount in euro (0 when an exemption applies).' }),
    currency: z.literal('EUR').meta({ description: 'Always EUR.' }),
    title: z.string().min(1).meta({ description: 'Localized.' }),
    payer: z.enum(feePayers).meta({ description: extension('who pays it.') }),
    exemption: z.string().min(1).optional().meta({ description: extension('why the amount is 0, when it is (localized).') }),
    figure: figureSchema.meta({ description: extension('the parameter the amount comes from.') }),
  })
  .meta({ id: 'Fee', description: 'A fee of the route.' });

const hintText = z.string().min(1).meta({ description: 'The hint, localized.' });
const hintKind = <K extends string>(kind: K) => z.literal(kind).meta({ description: 'The kind of hint (the fields below depend on it).' });

export const hintSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: hintKind('salary-at-least'),
        text: hintText,
        amount: z.number().meta({
          description: 'The pay actually received, in euro, that would pass the check: the highest figure that may apply (thresholds are not pro-rated).',
        }),
        per: z.enum(salaryPeriods).meta({ description: 'The period of that amount: the authority\'s own unit.' }),
        checkId: z.string().min(1).meta({ description: 'The check it would pass.' }),
        fte: z.number().gt(0).lt(1).optional().meta({ description: 'Extension: the working time of a part-time post; the full-time salary needed is amount ÷ fte.' }),
        alternatives: z
          .array(
            z.strictObject({
              amount: z.number().meta({ description: 'A figure that may apply, in euro.' }),
              variant: z.string().min(1).meta({ description: 'Which threshold it is (reduced, under30, junior, upTo4Years, manager …).' }),
            }),
          )
          .min(2)
          .optional()
          .meta({ description: 'Extension: when the threshold depends on answers not given, every figure that may apply, lowest first.' }),
        dependsOn: z
          .array(answerPathSchema)
          .min(1)
          .optional()
          .meta({ description: 'Extension: the answers that decide which of the alternatives applies.' }),
      })
      .meta({ description: 'Pay actually received of at least amount would pass the check.' }),
    z
      .strictObject({
        kind: hintKind('publish-longer'),
        text: hintText,
        weeksMore: z.number().int().meta({ description: 'Weeks of publication still needed.' }),
        until: isoDateSchema.meta({ description: 'The day the publication would be long enough.' }),
      })
      .meta({ description: 'Publishing the vacancy longer would pass the labour market test.' }),
    z
      .strictObject({
        kind: hintKind('file-from'),
        text: hintText,
        date: isoDateSchema.meta({ description: 'First day the application can be filed.' }),
      })
      .meta({ description: 'The application can be filed from a date.' }),
    z
      .strictObject({
        kind: hintKind('answer'),
        text: hintText,
        path: answerPathSchema,
      })
      .meta({ description: 'Answering this question could decide the route.' }),
  ])
  .meta({ id: 'Hint', description: extension('what would change the outcome (“a salary of €X or more would qualify”), with its raw figures.') });

export const processingTimeSchema = z
  .strictObject({
    targetDays: z.number().int().min(0).nullable().meta({ description: 'Target processing time in days; null when none is set.' }),
    note: z.string().meta({ description: 'Localized note on the processing time.' }),
    figure: figureSchema.optional().meta({ description: extension('the parameter the target comes from.') }),
  })
  .meta({ description: 'How long the authority takes.' });

export const routeSchema = z
  .strictObject({
    id: routeIdSchema.meta({ description: 'The route.' }),
    name: z.string().min(1).meta({ description: extension('the route’s name, localized.') }),
    status: z.enum(routeStatuses).meta({
      description: 'From the checks: any fail → ineligible; else any unknown → unknown; else eligible.',
    }),
    checks: z.array(checkSchema).min(1).meta({ description: 'The route’s conditions, each checked: at least one.' }),
    conditions: z.array(conditionSchema).meta({ description: extension('what the authority assesses anyway.') }),
    documents: z.array(documentSchema).meta({ description: 'The documents to prepare: at least one for an eligible route.' }),
    fees: z.array(feeSchema).meta({ description: 'The fees.' }),
    processingTime: processingTimeSchema,
    earliestFilingDate: isoDateSchema.nullable().meta({
      description: 'Labour-market-test routes: first day the application can be filed, when publishedFrom is known; else null.',
    }),
    hints: z.array(hintSchema).meta({ description: extension('what would change the outcome.') }),
  })
  .meta({
    id: 'Route',
    description: 'A work-authorisation route the competent authority offers (a route that does not exist there is left out).',
  });

export const noticeSchema = z
  .strictObject({
    parameter: z.string().min(1).meta({ description: 'Id of the parameter (see Figure.id).' }),
    text: z.string().min(1).meta({ description: 'What to confirm, localized.' }),
    officialUrl: httpsUrl.optional().meta({ description: 'Official page where the figure can be confirmed.' }),
    confidence: confidenceSchema,
    carriedForward: z.boolean().meta({ description: 'The figure was set for an earlier year and is still applied.' }),
  })
  .meta({ id: 'Notice', description: extension('a figure to confirm with the authority before relying on it.') });

/** Reasons of an out-of-scope verdict: another procedure applies (api-contract.md). Every other reason is an exemption. */
const outOfScopeReasons: readonly string[] = ['short-stay', 'self-employed'];

const assessmentObject = z.strictObject({
  asOf: isoDateSchema.meta({ description: 'The date the answers were assessed for (the request’s asOf, default today in Europe/Brussels).' }),
  rulesVersion: isoDateSchema.meta({ description: 'Date of the newest change to the rules data.' }),
  rulesChecked: isoDateSchema.meta({ description: extension('date the sources were last checked.') }),
  competentAuthority: z
    .strictObject({
      id: authorityIdSchema.meta({ description: 'The competent authority.' }),
      name: z.string().min(1).meta({ description: 'Localized.' }),
      url: httpsUrl.meta({ description: 'The authority’s official page, in the requested language where one exists.' }),
    })
    .nullable()
    .meta({ description: 'The authority competent for the workplace; null only when the workplace cannot be resolved.' }),
  verdict: z.enum(verdicts).meta({
    description:
      'permit-not-required: no work authorisation is needed (see verdictReason), routes is empty; out-of-scope: a different procedure applies (see verdictReason); ' +
      'eligible: at least one route is eligible; not-eligible: every route is ineligible; undetermined: no route is eligible and at least one is unknown, or (routes empty) an exemption still unknown would give another verdict than a later preliminary check (see openQuestions).',
  }),
  verdictReason: z
    .enum(verdictReasons)
    .nullable()
    .meta({
      description:
        'Why, for permit-not-required and out-of-scope (short-stay and self-employed are out-of-scope, the others exemptions); null for the other verdicts. ' +
        'posted-by-eea-employer, short-business-activities, headquarters-executive, post-doctoral-fellowship and student-within-allowed-hours are extensions.',
    }),
  verdictText: z.string().min(1).meta({ description: extension('the verdict and its reason in words (localized).') }),
  recommendedRoute: routeIdSchema.nullable().meta({
    description: 'The route to apply for: one of the eligible routes, or null when none is. A route with a labour market test is never recommended while a route without one is eligible.',
  }),
  recommendation: z
    .string()
    .min(1)
    .nullable()
    .meta({ description: extension('which rule decided the recommendation, and the other eligible routes (localized); null without a recommendation.') }),
  routes: z.array(routeSchema).meta({ description: 'Every route the competent authority offers.' }),
  preliminaryChecks: z.array(checkSchema).meta({ description: extension('exemptions and other procedures, checked before any route.') }),
  openQuestions: z.array(answerPathSchema).meta({ description: extension('answers that could still change the verdict or the recommendation.') }),
  notices: z.array(noticeSchema).meta({ description: extension('figures to confirm with the authority before relying on them.') }),
  sources: z
    .record(z.string(), citationSchema)
    .meta({ description: extension('every source that a document’s sourceIds names, by id (each written out once).') }),
});

type AssessmentShape = z.output<typeof assessmentObject>;

/** The contract's rules between fields (api-contract.md), as zod issues. */
function contractRules(a: AssessmentShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const ids = new Set<string>();
  a.routes.forEach((route, i) => {
    if (ids.has(route.id)) issue(['routes', i, 'id'], `route ${route.id} is listed twice`);
    ids.add(route.id);
    const statuses = route.checks.map((c) => c.status);
    const expected = statuses.includes('fail') ? 'ineligible' : statuses.includes('unknown') ? 'unknown' : 'eligible';
    if (route.status !== expected) issue(['routes', i, 'status'], `${route.id} is ${route.status} but its checks make it ${expected}`);
    if (route.status === 'eligible' && route.documents.length === 0) issue(['routes', i, 'documents'], `eligible ${route.id} lists no document`);
    route.documents.forEach((d, j) => {
      for (const id of d.sourceIds) if (!(id in a.sources)) issue(['routes', i, 'documents', j, 'sourceIds'], `source ${id} is not in sources`);
    });
  });

  const eligible = a.routes.filter((r) => r.status === 'eligible').map((r) => r.id);
  const reason = a.verdictReason;
  const verdictIs = (ok: boolean, message: string) => {
    if (!ok) issue(['verdict'], `${a.verdict}: ${message}`);
  };
  switch (a.verdict) {
    case 'permit-not-required':
      verdictIs(a.routes.length === 0, 'routes is empty');
      verdictIs(reason !== null && !outOfScopeReasons.includes(reason), 'verdictReason names the exemption');
      break;
    case 'out-of-scope':
      verdictIs(reason !== null && outOfScopeReasons.includes(reason), 'verdictReason names the other procedure');
      break;
    case 'eligible':
      verdictIs(eligible.length > 0, 'at least one route is eligible');
      break;
    case 'not-eligible':
      verdictIs(a.routes.length > 0 && a.routes.every((r) => r.status === 'ineligible'), 'every route is ineligible');
      break;
    case 'undetermined':
      // The routes are undecided, or (no routes yet) an exemption still unknown could give another verdict.
      const open = a.routes.some((r) => r.status === 'unknown') || (a.routes.length === 0 && a.preliminaryChecks.some((c) => c.status === 'unknown'));
      verdictIs(eligible.length === 0 && open, 'no route is eligible and one is unknown, or no route applies yet and a preliminary check is unknown');
      break;
  }
  if (a.verdict === 'eligible' || a.verdict === 'not-eligible' || a.verdict === 'undetermined') {
    verdictIs(reason === null, 'verdictReason is null');
    verdictIs(a.competentAuthority !== null, 'a competent authority decided the routes');
  }

  if (a.recommendedRoute === null) {
    if (eligible.length > 0) issue(['recommendedRoute'], 'null although a route is eligible');
  } else if (!eligible.includes(a.recommendedRoute)) {
    issue(['recommendedRoute'], `${a.recommendedRoute} is not an eligible route`);
  } else if (a.recommendedRoute === 'labour-market-test' && eligible.some((id) => id !== 'labour-market-test')) {
    issue(['recommendedRoute'], 'the labour market test is recommended while a route without one is eligible');
  }
}

export const assessmentSchema = assessmentObject.superRefine(contractRules).meta({
  id: 'Assessment',
  description:
    'The assessment of one set of answers. Rules between fields: a route’s status follows from its checks; the verdict from the routes; ' +
    'every eligible route lists at least one document; recommendedRoute is an eligible route, or null when none is.',
});

export type Assessment = z.output<typeof assessmentSchema>;
export type AssessedRoute = z.output<typeof routeSchema>;
export type AssessedCheck = z.output<typeof checkSchema>;
export type AssessedCondition = z.output<typeof conditionSchema>;
export type AssessedDocument = z.output<typeof documentSchema>;
export type AssessedFee = z.output<typeof feeSchema>;
export type AssessedHint = z.output<typeof hintSchema>;
export type Notice = z.output<typeof noticeSchema>;
