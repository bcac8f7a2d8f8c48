/**
 * Hostile bodies: deep nesting, oversized bodies, prototype keys, huge numbers, non-UTF-8 bytes,
 * wrong content types. Each answer is a contract status with its JSON body; none is a 5xx; and
 * afterwards the server still answers /api/health and still assesses correctly.
 *
 * Then the forged and unusual requests of scripts/lib/forged.mjs (issue 13), to pages, files and
 * the API, byte for byte over a socket: methods, broken requests, bodies that lie about their
 * length, forged server-action posts, dotted addresses, forged Host headers. Each gets the status
 * it is designed to get (never a 5xx), with the security headers and no internal header.
 */
import { expect, test } from '@playwright/test';
import { commonProblems, exchange, forgedRequests, forgeryContext, type ForgeryContext } from '../../scripts/lib/forged.mjs';
import { ASSESSMENTS, expectContractResponse, rawRequest } from './support';

test.describe.configure({ mode: 'serial' });

const JSON_HEADERS = { 'content-type': 'application/json' };
const valid = { asOf: '2026-11-21', workplace: { region: 'brussels' }, worker: { nationality: 'IN' } };

interface Case {
  name: string;
  body: string | Buffer;
  contentType?: string;
  expected: number;
}

const nest = (levels: number, open: string, close: string) => open.repeat(levels) + close.repeat(levels);
const nestObjects = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const hugeNumber = '9'.repeat(400);

const cases: Case[] = [
  { name: '10,000 nested arrays (20 KB) → too large', body: nest(10_000, '[', ']'), expected: 413 },
  { name: '10,000 nested objects → too large', body: nestObjects(10_000), expected: 413 },
  { name: '10,000 unclosed arrays (10 KB) → not JSON', body: '['.repeat(10_000), expected: 400 },
  { name: '8,000 nested arrays inside the answers (16 KB)', body: `{"workplace":${nest(8_000, '[', ']')}}`, expected: 422 },
  { name: '2,600 nested objects inside job', body: `{"workplace":{"region":"brussels"},"job":${nestObjects(2_600)}}`, expected: 422 },
  { name: '17 KiB of valid JSON', body: JSON.stringify({ ...valid, pad: 'x'.repeat(17 * 1024) }), expected: 413 },
  { name: '1 MiB of valid JSON', body: JSON.stringify({ ...valid, pad: 'x'.repeat(1024 * 1024) }), expected: 413 },
  { name: '1 MiB of garbage', body: Buffer.alloc(1024 * 1024, 0xff), expected: 413 },
  { name: '__proto__ at the top', body: JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"verdict":"hacked","polluted":true},'), expected: 422 },
  { name: '__proto__ inside workplace', body: '{"workplace":{"region":"brussels","__proto__":{"postcode":"4700"}}}', expected: 422 },
  { name: '__proto__ replacing workplace', body: '{"__proto__":{"workplace":{"region":"brussels"}}}', expected: 422 },
  { name: 'constructor.prototype', body: '{"workplace":{"region":"brussels"},"constructor":{"prototype":{"polluted":true}}}', expected: 422 },
  { name: 'prototype keys in worker', body: '{"workplace":{"region":"brussels"},"worker":{"constructor":"x","toString":"y","hasOwnProperty":1}}', expected: 422 },
  { name: 'a number of 400 digits', body: `{"workplace":{"region":"brussels"},"worker":{"age":${hugeNumber}}}`, expected: 422 },
  { name: 'a salary of 1e400 (Infinity)', body: '{"workplace":{"region":"brussels"},"job":{"grossSalary":{"amount":1e400,"period":"year"}}}', expected: 422 },
  { name: 'a salary of -1e400', body: '{"workplace":{"region":"brussels"},"job":{"grossSalary":{"amount":-1e400,"period":"year"}}}', expected: 422 },
  { name: 'a salary of 5e-324', body: '{"workplace":{"region":"wallonia"},"job":{"grossSalary":{"amount":5e-324,"period":"year"}}}', expected: 200 },
  { name: 'a negative salary', body: '{"workplace":{"region":"flanders"},"job":{"grossSalary":{"amount":-52000,"period":"year"}}}', expected: 422 },
  { name: 'NaN as a string', body: '{"workplace":{"region":"flanders"},"worker":{"age":"NaN"},"job":{"fte":"Infinity"}}', expected: 422 },
  { name: 'a bare NaN token', body: '{"workplace":{"region":"flanders"},"worker":{"age":NaN}}', expected: 400 },
  { name: 'age 1e308', body: '{"workplace":{"region":"flanders"},"worker":{"age":1e308}}', expected: 422 },
  { name: 'age -0', body: '{"workplace":{"region":"flanders"},"worker":{"age":-0}}', expected: 422 },
  { name: 'an unknown postcode', body: '{"workplace":{"postcode":"0000"}}', expected: 422 },
  { name: 'a postcode of another region', body: '{"workplace":{"postcode":"1000","region":"wallonia"}}', expected: 422 },
  { name: 'a 10,000-character postcode', body: JSON.stringify({ workplace: { postcode: '1'.repeat(10_000) } }), expected: 422 },
  { name: 'duplicate keys (the last one wins in JSON.parse)', body: '{"workplace":{"region":"nowhere"},"workplace":{"region":"brussels"}}', expected: 200 },
  { name: 'invalid UTF-8 bytes', body: Buffer.concat([Buffer.from('{"workplace":{"region":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}}')]), expected: 400 },
  { name: 'a lone surrogate escape', body: '{"workplace":{"region":"\\ud800"}}', expected: 422 },
  { name: 'UTF-16 bytes', body: Buffer.from(JSON.stringify(valid), 'utf16le'), expected: 400 },
  { name: 'a UTF-8 byte order mark', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(valid))]), expected: 200 },
  { name: 'NUL bytes', body: Buffer.from('\u0000\u0000{}'), expected: 400 },
  { name: 'an empty body', body: '', expected: 400 },
  { name: 'whitespace only', body: ' \n\t ', expected: 400 },
  { name: 'the string "null"', body: 'null', expected: 422 },
  { name: '1,000 unknown keys', body: JSON.stringify(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]))), expected: 422 },
  { name: 'an array of 4,000 answer sets', body: `[${Array(4000).fill('{}').join(',')}]`, expected: 422 },
  { name: 'text/plain', body: JSON.stringify(valid), contentType: 'text/plain', expected: 415 },
  { name: 'form encoded', body: 'workplace[region]=brussels', contentType: 'application/x-www-form-urlencoded', expected: 415 },
  { name: 'multipart', body: '--x\r\n\r\n{}\r\n--x--', contentType: 'multipart/form-data; boundary=x', expected: 415 },
  { name: 'JSON in UTF-16 declared', body: JSON.stringify(valid), contentType: 'application/json; charset=utf-16', expected: 415 },
  { name: 'a huge content type', body: JSON.stringify(valid), contentType: `application/json; ${'x=y; '.repeat(1000)}`, expected: 200 },
];

for (const c of cases) {
  test(`${c.name} → ${c.expected}`, async ({ request }) => {
    for (const locale of ['en', 'fr']) {
      const res = await request.post(`${ASSESSMENTS}?locale=${locale}`, { data: typeof c.body === 'string' ? Buffer.from(c.body) : c.body, headers: { 'content-type': c.contentType ?? 'application/json' } });
      const text = await res.text();
      expectContractResponse(res.status(), res.headers()['content-type'], text);
      expect(res.status(), text.slice(0, 300)).toBe(c.expected);
      expect(text).not.toContain('hacked');
    }
  });
}

test('no content type at all → 415', async ({ baseURL }) => {
  const res = await rawRequest(baseURL!, ASSESSMENTS, { body: JSON.stringify(valid) });
  expectContractResponse(res.status, res.headers['content-type'], res.text);
  expect(res.status).toBe(415);
});

test('a 1 MiB chunked body with no Content-Length → 413', async ({ baseURL }) => {
  function* chunks() {
    for (let i = 0; i < 256; i++) yield Buffer.alloc(4096, 0x20);
  }
  const res = await rawRequest(baseURL!, ASSESSMENTS, { headers: { 'content-type': 'application/json' }, chunks: chunks() });
  expectContractResponse(res.status, res.headers['content-type'], res.text);
  expect(res.status).toBe(413);
});

test('an 8 MiB chunked body: a 413, or the connection is dropped once the server stops reading; never a 5xx', async ({ baseURL }) => {
  function* chunks() {
    for (let i = 0; i < 2048; i++) yield Buffer.alloc(4096, 0x20);
  }
  const outcome = await rawRequest(baseURL!, ASSESSMENTS, { headers: { 'content-type': 'application/json' }, chunks: chunks() }).then(
    (res) => String(res.status),
    (err: Error) => (/connection closed/.test(err.message) ? 'dropped' : err.message),
  );
  expect(['413', 'dropped']).toContain(outcome);
});

test('a declared Content-Length over 16 KiB → 413 before the body is sent', async ({ baseURL }) => {
  // Only the headers and a few bytes go out and the request is never finished:
  // the server must answer from the header alone.
  const res = await rawRequest(baseURL!, ASSESSMENTS, {
    headers: { 'content-type': 'application/json', 'content-length': String(64 * 1024 * 1024) },
    chunks: [Buffer.from('{"workplace":')],
    keepOpen: true,
  });
  expectContractResponse(res.status, res.headers['content-type'], res.text);
  expect(res.status).toBe(413);
});

test('after the hostile batch: no pollution, the health check and assessments still answer', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect((await health.json()).status).toBe('ok');
  const res = await request.post(ASSESSMENTS, { data: JSON.stringify(valid), headers: JSON_HEADERS });
  expect(res.status()).toBe(200);
  const body = expectContractResponse(200, res.headers()['content-type'], await res.text());
  expect(body.verdict).not.toBe('hacked');
  expect(body).not.toHaveProperty('polluted');
  expect(body.competentAuthority).toMatchObject({ id: 'brussels' });
});

test('an unknown key is named without repeating it: a plain one by its name, any other by its position', async ({ request }) => {
  const res = await request.post(`${ASSESSMENTS}?locale=fr`, {
    data: Buffer.from(JSON.stringify({ workplace: { region: 'brussels', postcde: '1000', '<img src=x onerror=alert(1)>': 1 } })),
    headers: JSON_HEADERS,
  });
  expect(res.status()).toBe(422);
  const text = await res.text();
  expect(text).not.toContain('onerror');
  const issues = (JSON.parse(text) as { issues: { path: string; code: string; message: string }[] }).issues;
  expect(issues.map((i) => [i.path, i.code])).toEqual([
    ['workplace.postcde', 'unrecognized_keys'],
    ['workplace.#3', 'unrecognized_keys'],
  ]);
  expect(issues[1]!.message).toBe('La clé n° 3 de « Lieu de travail » n’est pas un champ des réponses : vérifiez l’orthographe.');
});

test.describe('forged and unusual requests (scripts/lib/forged.mjs)', () => {
  let context: ForgeryContext;
  test.beforeAll(async ({ baseURL }) => {
    context = await forgeryContext(baseURL!);
  });

  // The catalogue is built from the page's hidden fields; its names and expectations do not depend on them.
  const catalogue = forgedRequests({ fields: { '$ACTION_1:0': '{"id":"x"}', '$ACTION_1:1': '[{}]' }, actionId: 'x', origin: 'http://x' });
  for (const [i, { name, group }] of catalogue.entries()) {
    test(`${group}: ${name}`, async ({ baseURL }) => {
      const forgery = forgedRequests(context)[i]!;
      const res = await exchange(baseURL!, forgery.request, { timeoutMs: 45_000 });
      const where = `${forgery.name}: ${res.status} ${res.text.slice(0, 200)}`;
      expect(res.status, where).toBeLessThan(500);
      expect(forgery.expect, where).toContain(res.status);
      expect(commonProblems(res), where).toEqual([]);
      if (forgery.check) expect(forgery.check(res), where).toBeNull();
    });
  }

  test('afterwards the server still answers, and still assesses', async ({ request }) => {
    expect((await request.get('/api/health')).status()).toBe(200);
    expect((await request.post(ASSESSMENTS, { data: JSON.stringify(valid), headers: JSON_HEADERS })).status()).toBe(200);
    expect((await request.get('/en/check/workplace?case=hire')).status()).toBe(200);
  });
});
