/**
 * GET /api/v1/openapi.json: the OpenAPI 3.1 document generated from the zod contract
 * (lib/server/openapi.ts; its structure and descriptions are unit-tested in lib/server/openapi.test.ts).
 * Here: what the server serves is that document, it describes both endpoints and every status, and
 * real responses validate against its schemas, so the document cannot drift from the server.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { answersSchema } from '../../lib/rules/answers';
import { openApiDocument } from '../../lib/server/openapi';
import { ASSESSMENTS } from './support';

type Doc = Record<string, any>;

async function getDoc(request: APIRequestContext): Promise<Doc> {
  const res = await request.get('/api/v1/openapi.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
  return res.json();
}

/** A zod validator for one of the document's component schemas ($refs resolved through $defs). */
function validator(doc: Doc, name: string) {
  const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'));
  return z.fromJSONSchema({ $defs: defs, $ref: `#/$defs/${name}` } as Parameters<typeof z.fromJSONSchema>[0]);
}

test('the server serves the document generated from the zod contract', async ({ request }) => {
  const doc = await getDoc(request);
  expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
});

test('OpenAPI 3.1 with both endpoints and every contract status', async ({ request }) => {
  const doc = await getDoc(request);
  expect(doc.openapi).toMatch(/^3\.1\./);
  const post = doc.paths['/api/v1/assessments'].post;
  expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '400', '413', '415', '422', '429']));
  expect(post.parameters.find((p: Doc) => p.name === 'locale').schema.enum).toEqual(['nl', 'fr', 'de', 'en']);
  const get = doc.paths['/api/v1/rules'].get;
  expect(Object.keys(get.responses)).toEqual(expect.arrayContaining(['200', '400']));
  expect(get.parameters.map((p: Doc) => p.name)).toEqual(expect.arrayContaining(['asOf', 'locale']));
  // Every $ref points to an existing component.
  for (const [, ref] of JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)) {
    expect(doc.components.schemas, ref).toHaveProperty(ref!.replace('#/components/schemas/', ''));
  }
});

test('the request schema is the zod schema the server validates with', async ({ request }) => {
  const doc = await getDoc(request);
  const schemas = doc.components.schemas;
  const answers = schemas.Answers;
  expect(Object.keys(answers.properties).sort()).toEqual(Object.keys(answersSchema.shape).sort());
  expect(answers.required).toEqual(['workplace']);
  expect(answers.additionalProperties).toBe(false);
  for (const [group, component] of [['worker', 'Worker'], ['job', 'Job'], ['vacancy', 'Vacancy']] as const) {
    expect(answers.properties[group].$ref).toBe(`#/components/schemas/${component}`);
    const zodKeys = Object.keys((answersSchema.shape[group].unwrap() as z.ZodObject).shape).sort();
    expect(Object.keys(schemas[component].properties).sort(), group).toEqual(zodKeys);
  }
  expect(schemas.Job.properties.grossSalary.properties.amount.exclusiveMinimum).toBe(0);
  // The example is itself valid for the server, and for the document.
  const example = doc.paths['/api/v1/assessments'].post.requestBody.content['application/json'].example;
  expect(answersSchema.safeParse(example).success).toBe(true);
  expect(validator(doc, 'Answers').safeParse(example).success).toBe(true);
  expect(validator(doc, 'Answers').safeParse({ ...example, job: { ...example.job, misspelt: 1 } }).success).toBe(false);
  const res = await request.post(ASSESSMENTS, { data: JSON.stringify(example), headers: { 'content-type': 'application/json' } });
  expect(res.status()).toBe(200);
});

test('real responses validate against the documented schemas', async ({ request }) => {
  const doc = await getDoc(request);
  const post = (data: string) => request.post(`${ASSESSMENTS}?locale=de`, { data: Buffer.from(data), headers: { 'content-type': 'application/json' } });
  const assessment = validator(doc, 'Assessment');
  for (const body of [
    { asOf: '2026-11-21', workplace: { postcode: '1000' }, worker: { nationality: 'IN', age: 35 }, job: { grossSalary: { amount: 6000, period: 'month' } } },
    { workplace: { region: 'flanders' }, worker: { nationality: 'NO' } },
    { workplace: { region: 'wallonia' }, job: { durationDays: 30 } },
    doc.paths['/api/v1/assessments'].post.requestBody.content['application/json'].example,
  ]) {
    const res = await post(JSON.stringify(body));
    expect(res.status()).toBe(200);
    const parsed = assessment.safeParse(await res.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
  }
  const invalid = await post('{"workplace":{"postcode":"12"}}');
  expect(validator(doc, 'InvalidAnswers').safeParse(await invalid.json()).success).toBe(true);
  for (const [status, code, data] of [[400, 'malformed_json', '{'], [413, 'payload_too_large', ' '.repeat(20_000)]] as const) {
    const res = await post(data);
    expect(res.status()).toBe(status);
    expect(validator(doc, `Error_${code}`).safeParse(await res.json()).success).toBe(true);
  }
  const rules = await request.get('/api/v1/rules?asOf=2026-11-21');
  expect(rules.status()).toBe(200);
  const parsedRules = validator(doc, 'RulesDocument').safeParse(await rules.json());
  expect(parsedRules.error?.issues ?? []).toEqual([]);
  const health = await request.get('/api/health');
  expect(validator(doc, 'Health').safeParse(await health.json()).success).toBe(true);
});

test('the validator rejects a body that breaks the documented schema', async ({ request }) => {
  // Guards the test above: a validator that accepts anything would prove nothing.
  const doc = await getDoc(request);
  const assessment = validator(doc, 'Assessment');
  expect(assessment.safeParse({ asOf: '2026-11-21' }).success).toBe(false);
  expect(assessment.safeParse({ asOf: '2026-11-21', rulesVersion: '2026-11-21', competentAuthority: null, verdict: 'maybe', verdictReason: null, recommendedRoute: null, routes: [] }).success).toBe(false);
  expect(validator(doc, 'Error_malformed_json').safeParse({ error: 'not_found', message: 'x' }).success).toBe(false);
});
