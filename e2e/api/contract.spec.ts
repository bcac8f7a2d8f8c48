/**
 * POST /api/v1/assessments against the production build: the contract's status codes, headers and
 * bodies (every body is checked against its zod schema in lib/rules/contract), and known answers
 * (api-contract.md).
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { exampleAnswers } from '../../lib/rules/contract';
import { ASSESSMENTS, expectAssessment, expectContractResponse, localizedTexts, locales, rawRequest } from './support';

const JSON_HEADERS = { 'content-type': 'application/json' };

async function assess(request: APIRequestContext, body: unknown, locale = 'en') {
  const res = await request.post(`${ASSESSMENTS}?locale=${locale}`, { data: Buffer.from(JSON.stringify(body)), headers: JSON_HEADERS });
  const parsed = expectContractResponse(res.status(), res.headers()['content-type'], await res.text());
  return { res, status: res.status(), body: parsed as Record<string, any> };
}

/** The contract's example (lib/rules/contract/example.json) in Ghent, better paid, with no vacancy and on no shortage list. */
const { vacancy: _vacancy, ...example } = exampleAnswers;
const highlySkilledGhent = {
  ...example,
  workplace: { postcode: '9000' },
  job: { ...example.job, grossSalary: { amount: 90000, period: 'year' }, requiredQualificationEqf: 7, onMigrationShortageList: 'no', onPesShortageList: 'no' },
};

test.describe('200: assessments', () => {
  test('a complete set of answers: headers and contract invariants', async ({ request }) => {
    const { res, status, body } = await assess(request, highlySkilledGhent);
    expect(status).toBe(200);
    expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(res.headers()['content-language']).toBe('en');
    expect(body.asOf).toBe('2026-11-21');
    expect(body.competentAuthority.id).toBe('flanders');
    expect(body.routes.length).toBeGreaterThan(0);
    expect(body.verdict).toBe('eligible');
    expect(body.recommendedRoute).not.toBeNull();
  });

  test('postcode 4700 (Eupen) resolves to the German-speaking Community', async ({ request }) => {
    const { status, body } = await assess(request, { workplace: { postcode: '4700' } });
    expect(status).toBe(200);
    expect(body.competentAuthority.id).toBe('german-speaking-community');
  });

  for (const [postcode, authority] of [
    ['1000', 'brussels'],
    ['2000', 'flanders'],
    ['4000', 'wallonia'],
    ['4780', 'german-speaking-community'],
  ] as const) {
    test(`postcode ${postcode} resolves to ${authority}`, async ({ request }) => {
      const { body } = await assess(request, { workplace: { postcode } });
      expect(body.competentAuthority.id).toBe(authority);
    });
  }

  test('a region without a postcode is enough', async ({ request }) => {
    const { status, body } = await assess(request, { workplace: { region: 'wallonia' } });
    expect(status).toBe(200);
    expect(body.competentAuthority.id).toBe('wallonia');
  });

  test('only the workplace: every route comes back, none decided without answers', async ({ request }) => {
    const { body } = await assess(request, { asOf: '2026-06-01', workplace: { region: 'flanders' } });
    expect(body.verdict).toBe('undetermined');
    expect(body.recommendedRoute).toBeNull();
    expect(body.routes.every((r: { status: string }) => r.status !== 'eligible')).toBe(true);
  });

  test('an EEA national needs no permit', async ({ request }) => {
    const { body } = await assess(request, { ...highlySkilledGhent, worker: { nationality: 'FR' } });
    expect(body.verdict).toBe('permit-not-required');
    expect(body.verdictReason).toBe('eea-national');
    expect(body.routes).toEqual([]);
    expect(body.recommendedRoute).toBeNull();
  });

  test('a Swiss national needs no permit', async ({ request }) => {
    const { body } = await assess(request, { workplace: { region: 'brussels' }, worker: { nationality: 'CH' } });
    expect(body.verdict).toBe('permit-not-required');
    expect(body.verdictReason).toBe('swiss-national');
  });

  test('a 60-day job is out of scope (short-stay procedure) once short business activities, an exemption, are ruled out', async ({ request }) => {
    const short = { ...highlySkilledGhent, job: { ...highlySkilledGhent.job, durationDays: 60 } };
    const open = (await assess(request, short)).body;
    expect([open.verdict, open.verdictReason, open.routes]).toEqual(['undetermined', null, []]);
    // Posted by an employer in another EEA state (exempt), or short business activities (exempt)?
    expect(open.openQuestions).toEqual(['job.posted', 'job.shortBusinessActivities']);
    const { body } = await assess(request, { ...short, job: { ...short.job, posted: false, shortBusinessActivities: false } });
    expect(body.verdict).toBe('out-of-scope');
    expect(body.verdictReason).toBe('short-stay');
  });

  test('self-employment is out of scope (professional card) once the worker is known not to be exempt', async ({ request }) => {
    const open = (await assess(request, { workplace: { region: 'wallonia' }, job: { employment: 'self-employed' } })).body;
    expect([open.verdict, open.verdictReason]).toEqual(['undetermined', null]);
    expect(open.openQuestions).toEqual(['worker.nationality', 'worker.residence']);
    const { body } = await assess(request, { workplace: { region: 'wallonia' }, worker: { nationality: 'IN', residence: 'abroad' }, job: { employment: 'self-employed' } });
    expect(body.verdict).toBe('out-of-scope');
    expect(body.verdictReason).toBe('self-employed');
  });

  test('asOf defaults to today in Europe/Brussels', async ({ request }) => {
    const today = () =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const before = today();
    const { body } = await assess(request, { workplace: { region: 'brussels' } });
    const after = today(); // differs from `before` only if the request straddled midnight
    expect([before, after]).toContain(body.asOf);
  });

  test('the text differs by locale, the decision does not', async ({ request }) => {
    const results = await Promise.all(locales.map((l) => assess(request, highlySkilledGhent, l)));
    const decisions = results.map(({ body }) => JSON.stringify([body.verdict, body.recommendedRoute, body.routes.map((r: any) => [r.id, r.status, r.checks.map((c: any) => c.status)])]));
    expect(new Set(decisions).size).toBe(1);
    const texts = results.map(({ body }) => localizedTexts(body).join('\n'));
    expect(new Set(texts).size, 'four different languages').toBe(4);
    for (const [i, l] of locales.entries()) expect(results[i]!.res.headers()['content-language']).toBe(l);
    // The authority's name, at least, is translated between en and the three official languages.
    const names = results.map(({ body }) => body.competentAuthority.name);
    expect(new Set(names).size).toBeGreaterThan(1);
  });

  test('an unknown locale falls back to English', async ({ request }) => {
    const en = await assess(request, highlySkilledGhent, 'en');
    for (const locale of ['xx', 'EN', '', 'fr-BE', '%00']) {
      const other = await assess(request, highlySkilledGhent, locale);
      expect(other.status).toBe(200);
      expect(other.res.headers()['content-language']).toBe('en');
      expect(localizedTexts(other.body)).toEqual(localizedTexts(en.body));
    }
  });

  test('odd query strings never fail: the locale falls back to English', async ({ request }) => {
    for (const query of ['?locale=%ZZ', '?locale=en&locale=fr', '?locale[]=fr', `?locale=${'x'.repeat(4000)}`, '?asOf=2020-01-01', '?=&&=', '?locale=%F0%9F%87%A7%F0%9F%87%AA']) {
      const res = await request.post(`${ASSESSMENTS}${query}`, { data: Buffer.from(JSON.stringify(highlySkilledGhent)), headers: JSON_HEADERS });
      expect(res.status(), query.slice(0, 40)).toBe(200);
      expect(['en', 'fr']).toContain(res.headers()['content-language']);
      expectAssessment(await res.json());
    }
  });

  test('a charset parameter is accepted', async ({ request }) => {
    for (const contentType of ['application/json; charset=utf-8', 'application/json;charset=UTF-8', 'APPLICATION/JSON']) {
      const res = await request.post(ASSESSMENTS, { data: JSON.stringify(highlySkilledGhent), headers: { 'content-type': contentType } });
      expect(res.status(), contentType).toBe(200);
    }
  });

  test('a body of exactly 16 KiB (padded with whitespace) is read', async ({ request }) => {
    const json = JSON.stringify({ workplace: { region: 'brussels' } });
    const body = json + ' '.repeat(16 * 1024 - Buffer.byteLength(json));
    expect(Buffer.byteLength(body)).toBe(16384);
    const res = await request.post(ASSESSMENTS, { data: Buffer.from(body), headers: JSON_HEADERS });
    expect(res.status()).toBe(200);
  });
});

test.describe('4xx: errors', () => {
  test('400 malformed_json for a body that is not JSON', async ({ request }) => {
    for (const body of ['{', '{"workplace":{"region":"brussels"},}', 'workplace=brussels', "{'a':1}", 'NaN', '{"a":1}{"b":2}']) {
      // Bytes, not a string: given a string that is not JSON, Playwright would JSON-encode it.
      const res = await request.post(ASSESSMENTS, { data: Buffer.from(body), headers: JSON_HEADERS });
      expect(res.status(), body).toBe(400);
      const json = expectContractResponse(400, res.headers()['content-type'], await res.text());
      expect(json).toEqual({ error: 'malformed_json', message: expect.any(String) });
    }
  });

  test('400 for an empty body', async ({ request }) => {
    const res = await request.post(ASSESSMENTS, { data: Buffer.alloc(0), headers: JSON_HEADERS });
    expect(res.status()).toBe(400);
    expect((await res.json()).error).toBe('malformed_json');
  });

  test('413 payload_too_large above 16 KiB, even when the JSON is valid', async ({ request }) => {
    const json = JSON.stringify({ workplace: { region: 'brussels' } });
    const body = json + ' '.repeat(16 * 1024 + 1 - Buffer.byteLength(json));
    const res = await request.post(ASSESSMENTS, { data: Buffer.from(body), headers: JSON_HEADERS });
    expect(res.status()).toBe(413);
    expect(await res.json()).toEqual({ error: 'payload_too_large', message: expect.stringContaining('16') });
  });

  test('413 for a chunked body without Content-Length, read only up to the limit', async ({ baseURL }) => {
    function* chunks() {
      yield Buffer.from('{"workplace":{"region":"brussels"},"pad":"');
      for (let i = 0; i < 1024; i++) yield Buffer.alloc(1024, 0x61); // 1 MiB
      yield Buffer.from('"}');
    }
    const res = await rawRequest(baseURL!, ASSESSMENTS, { headers: { 'content-type': 'application/json' }, chunks: chunks() });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error).toBe('payload_too_large');
  });

  test('415 unsupported_media_type unless the content type is JSON', async ({ request, baseURL }) => {
    const body = JSON.stringify(highlySkilledGhent);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=iso-8859-1', 'application/jsonx', 'text/json']) {
      const res = await request.post(ASSESSMENTS, { data: Buffer.from(body), headers: { 'content-type': contentType } });
      expect(res.status(), contentType).toBe(415);
      expect(await res.json()).toEqual({ error: 'unsupported_media_type', message: expect.any(String) });
    }
    const none = await rawRequest(baseURL!, ASSESSMENTS, { body });
    expect(none.status).toBe(415);
    expect(JSON.parse(none.text).error).toBe('unsupported_media_type');
  });

  test('422 invalid_answers lists every issue, with the contract example path', async ({ request }) => {
    const { status, body } = await assess(request, {
      workplace: { region: 'brussels' },
      worker: { age: 12, nationality: 'india' },
      job: { grossSalary: { amount: -5, period: 'year' }, fte: 2 },
      vacancy: { continuousWeeks: -1 },
    });
    expect(status).toBe(422);
    const paths = body.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['job.fte', 'job.grossSalary.amount', 'vacancy.continuousWeeks', 'worker.age', 'worker.nationality']);
    expect(body.issues.find((i: { path: string }) => i.path === 'job.grossSalary.amount').code).toBe('too_small');
  });

  test('422 when workplace is missing', async ({ request }) => {
    for (const body of [{}, { worker: { nationality: 'IN' } }, { workplace: {} }]) {
      const { status, body: json } = await assess(request, body);
      expect(status).toBe(422);
      expect(json.issues.some((i: { path: string }) => i.path.startsWith('workplace'))).toBe(true);
    }
  });

  test('422 for an unknown postcode', async ({ request }) => {
    for (const postcode of ['0000', '0999', '9999']) {
      const { status, body } = await assess(request, { workplace: { postcode } });
      expect(status, postcode).toBe(422);
      expect(body.issues.some((i: { path: string }) => i.path.startsWith('workplace'))).toBe(true);
    }
  });

  test('422 when the postcode and the region disagree', async ({ request }) => {
    const { status, body } = await assess(request, { workplace: { postcode: '4700', region: 'flanders' } });
    expect(status).toBe(422);
    expect(body.issues.some((i: { path: string }) => i.path.startsWith('workplace'))).toBe(true);
    const agreeing = await assess(request, { workplace: { postcode: '4700', region: 'german-speaking-community' } });
    expect(agreeing.status).toBe(200);
  });

  test('422 for an unknown (misspelt) field', async ({ request }) => {
    const { status, body } = await assess(request, { workplace: { region: 'brussels' }, worker: { nationalty: 'IN' } });
    expect(status).toBe(422);
    expect(body.issues.length).toBeGreaterThan(0);
  });

  test('422 for JSON that is not an object', async ({ request }) => {
    for (const value of [null, 42, 'text', [], [{ workplace: { region: 'brussels' } }], true]) {
      const { status } = await assess(request, value);
      expect(status, JSON.stringify(value)).toBe(422);
    }
  });

  test('422 messages are in the requested language', async ({ request }) => {
    const invalid = { workplace: { region: 'brussels' }, job: { grossSalary: { amount: -5, period: 'year' } }, worker: { age: 'old' } };
    const results = await Promise.all(locales.map((l) => assess(request, invalid, l)));
    for (const r of results) expect(r.status).toBe(422);
    const messages = results.map((r) => r.body.issues.map((i: { message: string }) => i.message).join('|'));
    expect(new Set(messages).size).toBe(4);
    const codes = results.map((r) => JSON.stringify(r.body.issues.map((i: { path: string; code: string }) => [i.path, i.code])));
    expect(new Set(codes).size, 'paths and codes do not depend on the locale').toBe(1);
  });

  test('error messages of 400/413/415 are in the requested language', async ({ request }) => {
    const messages = await Promise.all(
      locales.map(async (l) => (await (await request.post(`${ASSESSMENTS}?locale=${l}`, { data: Buffer.from('{'), headers: JSON_HEADERS })).json()).message),
    );
    expect(new Set(messages).size).toBe(4);
  });
});

test.describe('methods', () => {
  for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
    test(`${method} → 405 with Allow and a JSON body`, async ({ request }) => {
      const res = await request.fetch(ASSESSMENTS, { method, data: method === 'GET' ? undefined : '{}', headers: JSON_HEADERS });
      expect(res.status()).toBe(405);
      expect(res.headers()['allow']).toContain('POST');
      expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect(await res.json()).toEqual({ error: 'method_not_allowed', message: expect.any(String) });
    });
  }

  test('HEAD → 405 without a body', async ({ request }) => {
    const res = await request.head(ASSESSMENTS);
    expect(res.status()).toBe(405);
    expect(res.headers()['allow']).toContain('POST');
  });

  test('OPTIONS (CORS pre-flight) → 204 allowing POST from any origin', async ({ request }) => {
    const res = await request.fetch(ASSESSMENTS, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status()).toBe(204);
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    expect(res.headers()['access-control-allow-methods']).toContain('POST');
    expect(res.headers()['access-control-allow-headers']?.toLowerCase()).toContain('content-type');
  });

  test('an unknown API address → JSON 404', async ({ request }) => {
    for (const path of ['/api/v1/assessment', '/api', '/api/v2/assessments', '/api/v1/assessments/extra']) {
      const res = await request.post(path, { data: Buffer.from('{}'), headers: JSON_HEADERS });
      expect(res.status(), path).toBe(404);
      expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect((await res.json()).error).toBe('not_found');
    }
  });
});

test('the contract schema that checks every 200 above rejects a broken body', async ({ request }) => {
  // Guards the check itself: a body that breaks the contract's shape or rules must be caught.
  const { body } = await assess(request, highlySkilledGhent);
  expectAssessment(body);
  const broken = structuredClone(body);
  broken.recommendedRoute = 'no-such-route';
  expect(() => expectAssessment(broken)).toThrow();
  const noCitation = structuredClone(body);
  noCitation.routes[0].checks[0].citations = [];
  expect(() => expectAssessment(noCitation)).toThrow();
  const badVerdict = structuredClone(body);
  badVerdict.verdict = 'not-eligible';
  expect(() => expectAssessment(badVerdict)).toThrow();
  const undescribed = structuredClone(body);
  undescribed.routes[0].undescribedField = true;
  expect(() => expectAssessment(undescribed)).toThrow();
});
