/**
 * Generated requests (fast-check), 1,050 in all, against the production build: whatever the body,
 * the answer is one of the contract's statuses with its JSON body shape; valid answers always get a
 * 200 that fits the contract; a broken field always gets a 422 naming it.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { answersArb, ASSESSMENTS, expectContractResponse, invalidMutationArb, locales, setPath } from './support';

const localeArb = fc.constantFrom(...locales);

async function post(request: APIRequestContext, data: string | Buffer, locale: string) {
  // Always bytes: given a string that is not JSON, Playwright would JSON-encode it.
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const res = await request.post(`${ASSESSMENTS}?locale=${locale}`, { data: bytes, headers: { 'content-type': 'application/json' } });
  const text = await res.text();
  const body = expectContractResponse(res.status(), res.headers()['content-type'], text) as Record<string, any>;
  return { status: res.status(), body, text };
}

test.describe('generated requests', () => {
  // Hundreds of requests per test on a shared machine: a generous limit (nothing here is timed).
  test.describe.configure({ timeout: 600_000 });
  test('300 valid answer sets → 200 assessments that fit the contract', async ({ request }) => {
    let runs = 0;
    const verdicts = new Set<string>();
    await fc.assert(
      fc.asyncProperty(answersArb, localeArb, async (answers, locale) => {
        runs += 1;
        const { status, body, text } = await post(request, JSON.stringify(answers), locale);
        expect(status, text.slice(0, 500)).toBe(200);
        verdicts.add(body.verdict);
        if ('asOf' in answers) expect(body.asOf).toBe(answers.asOf);
      }),
      { numRuns: 300 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
    // The generator reaches the different outcomes, so the invariants were exercised on each.
    expect([...verdicts].sort()).toEqual(expect.arrayContaining(['out-of-scope', 'permit-not-required', 'undetermined']));
  });

  test('300 answer sets with one broken field → 422 naming that field', async ({ request }) => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(answersArb, invalidMutationArb, localeArb, async (answers, { path, value }, locale) => {
        runs += 1;
        const broken = setPath(answers, path, value);
        const { status, body, text } = await post(request, JSON.stringify(broken), locale);
        expect(status, `${path.join('.')} = ${JSON.stringify(value)}: ${text.slice(0, 300)}`).toBe(422);
        const field = path.join('.');
        const parent = path.slice(0, -1).join('.');
        const named = (body.issues as { path: string; code: string }[]).some(
          (i) => i.path === field || i.path.startsWith(`${field}.`) || (i.code === 'unrecognized_keys' && i.path === parent),
        );
        expect(named, `${field}: ${JSON.stringify(body.issues)}`).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
  });

  test('200 random JSON values → a contract status and body', async ({ request }) => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue({ maxDepth: 6 }),
          // Objects that look like answers, with random values where answers go.
          fc.record({ workplace: fc.jsonValue({ maxDepth: 2 }), worker: fc.jsonValue({ maxDepth: 2 }), job: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
          fc.dictionary(fc.constantFrom('asOf', 'workplace', 'worker', 'job', 'vacancy', '__proto__', 'constructor', 'prototype', 'toString'), fc.jsonValue({ maxDepth: 3 })),
        ),
        localeArb,
        async (value, locale) => {
          runs += 1;
          const text = JSON.stringify(value);
          if (Buffer.byteLength(text) > 16 * 1024) return; // a 413 case, tested elsewhere
          const { status } = await post(request, text, locale);
          expect([200, 422]).toContain(status); // valid JSON is never a 400
        },
      ),
      { numRuns: 200 },
    );
    expect(runs).toBeGreaterThanOrEqual(200);
  });

  test('100 truncated JSON bodies → 400 malformed_json', async ({ request }) => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        answersArb.chain((a) => {
          const text = JSON.stringify(a);
          return fc.integer({ min: 0, max: text.length - 1 }).map((n) => text.slice(0, n));
        }),
        localeArb,
        async (prefix, locale) => {
          runs += 1;
          const { status, body } = await post(request, prefix, locale);
          expect(status).toBe(400);
          expect(body.error).toBe('malformed_json');
        },
      ),
      { numRuns: 100 },
    );
    expect(runs).toBeGreaterThanOrEqual(100);
  });

  test('150 random strings and byte sequences → a contract status and body', async ({ request }) => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789.eE+-truefalsnul \\/u\n\t'), maxLength: 80 }),
          fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
        ),
        localeArb,
        async (data, locale) => {
          runs += 1;
          const { status } = await post(request, data, locale);
          expect([200, 400, 422]).toContain(status);
        },
      ),
      { numRuns: 150 },
    );
    expect(runs).toBeGreaterThanOrEqual(150);
  });
});
