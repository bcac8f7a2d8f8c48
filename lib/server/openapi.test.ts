/**
 * The OpenAPI document (GET /api/v1/openapi.json) as generated from the zod contract: every field
 * described, every $ref resolved, request objects closed and response objects open, every error
 * code documented. (e2e/api/openapi.spec.ts checks the served document and validates real
 * responses against it.)
 */
import { describe, expect, test } from 'vitest';
import { answersSchema } from '@/lib/rules/answers';
import { errorCodes } from '@/lib/rules/contract';
import { openApiDocument } from './openapi';

type Node = Record<string, unknown>;
const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, Node>>; components: { schemas: Record<string, Node> } };
const schemas = doc.components.schemas;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every subschema of a schema with its JSON pointer-ish path (properties, items, anyOf/oneOf, additionalProperties). */
function* walk(node: Node, path: string): Generator<[Node, string]> {
  yield [node, path];
  for (const [key, value] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) yield* walk(value, `${path}.${key}`);
  if (isNode(node.items)) yield* walk(node.items, `${path}[]`);
  if (isNode(node.additionalProperties)) yield* walk(node.additionalProperties, `${path}{}`);
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) for (const [i, n] of ((node[k] as unknown[] | undefined) ?? []).entries()) if (isNode(n)) yield* walk(n, `${path}|${i}`);
}

const refName = (n: Node) => (typeof n.$ref === 'string' ? n.$ref.replace('#/components/schemas/', '') : null);

/** A property is described by its own description, or by the description of the component it refers to. */
function described(n: Node): boolean {
  if (typeof n.description === 'string' && n.description.length > 0) return true;
  const name = refName(n);
  return name !== null && typeof schemas[name]?.description === 'string';
}

test('OpenAPI 3.1 whose components are plain JSON Schema 2020-12 (no $schema or $id inside)', () => {
  expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
  for (const [name, schema] of Object.entries(schemas)) {
    expect(schema, name).not.toHaveProperty('$schema');
    expect(schema, name).not.toHaveProperty('$id');
    expect(JSON.stringify(schema), name).not.toContain('#/$defs/');
  }
});

test('every $ref of the document points to a component', () => {
  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
  expect(refs.length).toBeGreaterThan(40);
  for (const ref of refs) {
    expect(ref).toMatch(/^#\/components\/schemas\//);
    expect(schemas, ref).toHaveProperty(ref.replace('#/components/schemas/', ''));
  }
});

test('every component and every field is described', () => {
  const undescribed: string[] = [];
  let fields = 0;
  for (const [name, schema] of Object.entries(schemas)) {
    if (!described(schema)) undescribed.push(name);
    for (const [node, path] of walk(schema, name)) {
      for (const [key, property] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) {
        fields++;
        if (!described(property)) undescribed.push(`${path}.${key}`);
      }
    }
  }
  expect(fields).toBeGreaterThan(150);
  expect(undescribed).toEqual([]);
});

test('request objects refuse unknown fields; response objects stay open for later extensions', () => {
  const requestComponents = ['Answers', 'Workplace', 'Worker', 'Job', 'Vacancy'];
  for (const [name, schema] of Object.entries(schemas)) {
    for (const [node, path] of walk(schema, name)) {
      if (node.type !== 'object' || isNode(node.additionalProperties)) continue;
      if (requestComponents.includes(name)) expect(node.additionalProperties, path).toBe(false);
      else expect(node, path).not.toHaveProperty('additionalProperties');
    }
  }
});

test('the request schema has every answer field, required workplace, a postcode or a region', () => {
  expect(Object.keys(schemas.Answers!.properties as Node).sort()).toEqual(Object.keys(answersSchema.shape).sort());
  expect(schemas.Answers!.required).toEqual(['workplace']);
  expect(schemas.Workplace!.anyOf).toEqual([{ required: ['postcode'] }, { required: ['region'] }]);
  // Extensions say so, and what they mean.
  const job = schemas.Job!.properties as Record<string, Node>;
  expect(job.posted!.description).toMatch(/^Optional extension of v1: .{20,}/);
  expect(job.onPesShortageList!.description).not.toMatch(/extension/i);
  expect((schemas.Vacancy!.properties as Record<string, Node>).publishedFrom!.format).toBe('date');
});

describe('responses', () => {
  const post = doc.paths['/api/v1/assessments']!.post as { responses: Record<string, { content?: Record<string, { schema: Node }> }> };
  test.each([
    ['200', 'Assessment'],
    ['400', 'Error_malformed_json'],
    ['413', 'Error_payload_too_large'],
    ['415', 'Error_unsupported_media_type'],
    ['422', 'InvalidAnswers'],
  ])('POST /api/v1/assessments %s → %s', (status, component) => {
    expect(post.responses[status]!.content!['application/json']!.schema).toEqual({ $ref: `#/components/schemas/${component}` });
  });
  test('every error code has its component, with the code as a constant', () => {
    for (const code of errorCodes) expect((schemas[`Error_${code}`]!.properties as Record<string, Node>).error!.const).toBe(code);
  });
  test('the contract’s value sets and nullable fields', () => {
    const a = schemas.Assessment!.properties as Record<string, Node>;
    expect(a.verdict!.enum).toEqual(['permit-not-required', 'out-of-scope', 'eligible', 'not-eligible', 'undetermined']);
    expect(a.recommendedRoute!.anyOf).toEqual([expect.objectContaining({ enum: expect.arrayContaining(['highly-skilled', 'labour-market-test']) }), { type: 'null' }]);
    expect(schemas.Assessment!.required).toEqual(expect.arrayContaining(['asOf', 'rulesVersion', 'competentAuthority', 'verdict', 'verdictReason', 'recommendedRoute', 'routes']));
    expect((schemas.Route!.properties as Record<string, Node>).checks!.minItems).toBe(1);
    expect((schemas.Check!.properties as Record<string, Node>).citations!.minItems).toBe(1);
  });
});
