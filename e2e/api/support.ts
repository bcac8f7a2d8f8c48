/**
 * Shared helpers of the API tests: raw HTTP requests (for what the `request` fixture cannot send:
 * no content type, chunked bodies), response checks against the contract's zod schemas
 * (lib/rules/contract, the same schemas the OpenAPI document is generated from), and fast-check
 * arbitraries that mirror lib/rules/answers.ts.
 */
import { expect } from '@playwright/test';
import fc from 'fast-check';
import net from 'node:net';
import type { z } from 'zod';
import { assessmentSchema, errorSchemas, invalidAnswersSchema, type ErrorCode } from '../../lib/rules/contract';

export const locales = ['nl', 'fr', 'de', 'en'] as const;
export type Loc = (typeof locales)[number];
export const CONTRACT_STATUSES = [200, 400, 413, 415, 422] as const;
export const ASSESSMENTS = '/api/v1/assessments';

// ---------------------------------------------------------------------------
// Raw HTTP
// ---------------------------------------------------------------------------

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** A complete HTTP/1.1 response at the start of `buf`, or null while more bytes are needed. */
function parseResponse(buf: Buffer, ended: boolean): RawResponse | null {
  const headEnd = buf.indexOf('\r\n\r\n');
  if (headEnd < 0) return null;
  const [statusLine, ...lines] = buf.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let rest = buf.subarray(headEnd + 4);
  if (headers['transfer-encoding']?.toLowerCase().includes('chunked')) {
    const parts: Buffer[] = [];
    for (;;) {
      const lineEnd = rest.indexOf('\r\n');
      if (lineEnd < 0) return null;
      const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
      if (Number.isNaN(size)) return null;
      if (size === 0) return { status, headers, text: Buffer.concat(parts).toString('utf8') };
      if (rest.length < lineEnd + 2 + size + 2) return null;
      parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      rest = rest.subarray(lineEnd + 2 + size + 2);
    }
  }
  if (headers['content-length'] !== undefined) {
    const n = Number(headers['content-length']);
    return rest.length >= n ? { status, headers, text: rest.subarray(0, n).toString('utf8') } : null;
  }
  return ended || status === 204 || status === 304 ? { status, headers, text: rest.toString('utf8') } : null;
}

/**
 * One request over a plain TCP socket, with full control of the bytes and headers (the `request`
 * fixture always adds a content type and a Content-Length). Like curl, it reads the response while
 * still sending, so an early answer (413 before the body is complete) is seen even when the server
 * then closes the connection and further writes fail.
 *  - `body`: sent with a Content-Length (unless `headers` sets one);
 *  - `chunks`: sent with chunked transfer encoding, one chunk per item (raw if `headers` declares a
 *    Content-Length);
 *  - `keepOpen`: the body is never finished; the server must answer without it.
 */
export function rawRequest(
  baseURL: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string; chunks?: Iterable<Buffer>; keepOpen?: boolean } = {},
): Promise<RawResponse> {
  const url = new URL(path, baseURL);
  const headers: Record<string, string> = { host: url.host, connection: 'close', ...opts.headers };
  const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
  const declared = Object.keys(headers).some((h) => h.toLowerCase() === 'content-length');
  // Chunks go out with chunked framing, unless the caller declared a Content-Length (then raw).
  const chunked = opts.chunks !== undefined && !declared;
  if (chunked) headers['transfer-encoding'] = 'chunked';
  else if (body && !declared) headers['content-length'] = String(body.length);
  const head = `${opts.method ?? 'POST'} ${url.pathname}${url.search} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;

  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port || 80), url.hostname);
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (ended: boolean) => {
      if (done) return;
      const res = parseResponse(received, ended);
      if (res) {
        done = true;
        socket.destroy();
        resolve(res);
      } else if (ended) {
        done = true;
        reject(new Error(`connection closed without a complete response (${received.length} bytes)`));
      }
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      finish(false);
    });
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    // Writes may fail once the server has answered and closed: that is allowed.
    socket.on('error', () => {});
    socket.on('connect', async () => {
      const write = async (data: Buffer | string) => {
        if (done || socket.destroyed) return false;
        if (!socket.write(data)) await new Promise<void>((r) => { socket.once('drain', () => r()); socket.once('close', () => r()); });
        return !done && !socket.destroyed;
      };
      await write(head);
      if (opts.chunks) {
        for (const chunk of opts.chunks) {
          const framed = chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
          if (!(await write(framed))) return;
        }
        if (chunked && !opts.keepOpen) await write('0\r\n\r\n');
      } else if (body) {
        await write(body);
      }
    });
  });
}

// ---------------------------------------------------------------------------
// Response shapes
// ---------------------------------------------------------------------------

const errorCodeOf: Record<number, ErrorCode> = {
  400: 'malformed_json',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, unknown>;

/** Where a body breaks a contract schema (lib/rules/contract), one line per issue; empty when it fits. */
export function contractProblems(schema: z.ZodType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
}

/** The contract's schema of the body of a status of POST /api/v1/assessments. */
function schemaOf(status: number): z.ZodType {
  if (status === 200) return assessmentSchema;
  if (status === 422) return invalidAnswersSchema;
  const code = errorCodeOf[status];
  if (!code) throw new Error(`no contract body for status ${status}`);
  return errorSchemas[code];
}

/** Every response of POST /api/v1/assessments is one of the contract's statuses with its body. */
export function expectContractResponse(status: number, contentType: string | undefined, text: string): Obj {
  expect(CONTRACT_STATUSES as readonly number[], `status ${status}: ${text.slice(0, 300)}`).toContain(status);
  expect(contentType).toBe('application/json; charset=utf-8');
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  const body = JSON.parse(text) as Obj;
  expect(contractProblems(schemaOf(status), body), `${status} body`).toEqual([]);
  return body;
}

/** A 200 body fits the contract: its shape and its rules (lib/rules/contract/assessment.ts). */
export function expectAssessment(a: unknown): void {
  expect(contractProblems(assessmentSchema, a)).toEqual([]);
}

/** All human-readable strings of an assessment, for comparing languages. */
export function localizedTexts(a: Obj): string[] {
  const out: string[] = [];
  const authority = a.competentAuthority as Obj | null;
  if (authority) out.push(String(authority.name));
  for (const r of a.routes as Obj[]) {
    for (const c of r.checks as Obj[]) out.push(String(c.explanation));
    for (const d of r.documents as Obj[]) out.push(String(d.title));
    out.push(String((r.processingTime as Obj).note));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Arbitraries mirroring lib/rules/answers.ts
// ---------------------------------------------------------------------------

/** Real postcodes with their authority (Belgian postcodes: bpost list). */
export const POSTCODES: [string, 'flanders' | 'brussels' | 'wallonia' | 'german-speaking-community'][] = [
  ['1000', 'brussels'],
  ['1050', 'brussels'],
  ['1200', 'brussels'],
  ['1500', 'flanders'],
  ['2000', 'flanders'],
  ['3000', 'flanders'],
  ['3500', 'flanders'],
  ['8000', 'flanders'],
  ['9000', 'flanders'],
  ['1300', 'wallonia'],
  ['4000', 'wallonia'],
  ['5000', 'wallonia'],
  ['6000', 'wallonia'],
  ['7000', 'wallonia'],
  ['4700', 'german-speaking-community'],
  ['4780', 'german-speaking-community'],
];
export const REGIONS = ['flanders', 'brussels', 'wallonia', 'german-speaking-community'] as const;
export const EEA = ['FR', 'DE', 'NL', 'PL', 'IT', 'ES', 'NO', 'IS', 'LI'];
export const THIRD_COUNTRIES = ['IN', 'US', 'BR', 'MA', 'TR', 'CN', 'PH', 'NG', 'UA', 'GB', 'JP', 'CA', 'TN', 'CO'];

const date = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops undefined values so the JSON has absent keys rather than nulls. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const workplaceArb = fc.oneof(
  fc.constantFrom(...POSTCODES).map(([postcode]) => ({ postcode })),
  fc.constantFrom(...REGIONS).map((region) => ({ region })),
  fc.constantFrom(...POSTCODES).map(([postcode, region]) => ({ postcode, region })), // both, agreeing
);

export const workerArb = fc
  .record({
    nationality: opt(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...THIRD_COUNTRIES) }, { weight: 1, arbitrary: fc.constantFrom(...EEA, 'CH') })),
    age: opt(fc.integer({ min: 15, max: 100 })),
    highestQualificationEqf: opt(fc.integer({ min: 0, max: 8 })),
    relevantExperienceYears: opt(fc.oneof(fc.integer({ min: 0, max: 7 }), fc.double({ min: 0, max: 7, noNaN: true }))),
    residence: opt(fc.constantFrom('abroad', 'belgium-unlimited-labour-market', 'belgium-other', 'eu-long-term-resident', 'uk-withdrawal-agreement')),
  })
  .map(compact);

export const jobArb = fc
  .record({
    employment: opt(fc.constantFrom('employee', 'employee', 'employee', 'self-employed')),
    durationDays: opt(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 36_500 }), fc.integer({ min: 91, max: 1500 }))),
    grossSalary: opt(
      fc.record({
        amount: fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1500, max: 9000 }), fc.integer({ min: 20_000, max: 120_000 })),
        period: fc.constantFrom('year', 'month'),
      }),
    ),
    fte: opt(fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 1, noNaN: true }))),
    requiredQualificationEqf: opt(fc.integer({ min: 0, max: 8 })),
    highlyQualifiedPosition: opt(fc.boolean()),
    nurseOrTeacher: opt(fc.boolean()),
    ictRole: opt(fc.constantFrom('none', 'specialist', 'manager')),
    executive: opt(fc.boolean()),
    intraCorporateTransfer: opt(fc.constantFrom(null, 'manager', 'specialist', 'trainee')),
    researcherHostingAgreement: opt(fc.boolean()),
    onMigrationShortageList: opt(fc.constantFrom('yes', 'no', 'unsure')),
    onPesShortageList: opt(fc.constantFrom('yes', 'no', 'unsure')),
    posted: opt(fc.boolean()),
  })
  .map(compact);

export const vacancyArb = fc
  .record({
    publishedWithPes: opt(fc.boolean()),
    publishedOnEures: opt(fc.boolean()),
    continuousWeeks: opt(fc.integer({ min: 0, max: 520 })),
    publishedFrom: opt(date),
    pesRecruitmentSupport: opt(fc.boolean()),
    suitableCandidateFound: opt(fc.boolean()),
  })
  .map(compact);

export const answersArb = fc
  .record({
    asOf: opt(date),
    workplace: workplaceArb,
    worker: opt(workerArb),
    job: opt(jobArb),
    vacancy: opt(vacancyArb),
  })
  .map(compact);

export type AnswersJson = ReturnType<typeof compact<Obj>>;

/** A field of the answers and values that break its schema (type, range or set). */
export const INVALID_VALUES: { path: string[]; values: Json[] }[] = [
  { path: ['asOf'], values: ['2026-02-30', '21/11/2026', '2026-1-1', 20261121, '', null] },
  { path: ['workplace', 'postcode'], values: ['470', '47000', 'abcd', 4700, '', null] },
  { path: ['workplace', 'region'], values: ['Flanders', 'bruxelles', 'eupen', 3, null] },
  { path: ['worker', 'nationality'], values: ['in', 'IND', 'I', 356, null] },
  { path: ['worker', 'age'], values: [14, 101, 29.5, '29', 'NaN', -1, 1e308, null] },
  { path: ['worker', 'highestQualificationEqf'], values: [-1, 9, 7.5, '7', true] },
  { path: ['worker', 'relevantExperienceYears'], values: [-0.5, 8, '4', false] },
  { path: ['worker', 'residence'], values: ['Abroad', 'belgium', 0, []] },
  { path: ['job', 'employment'], values: ['employer', 'freelance', 1] },
  { path: ['job', 'durationDays'], values: [0, -30, 36_501, 90.5, '730', 'open-ended'] },
  { path: ['job', 'grossSalary'], values: [52000, '52000', { amount: 52000 }, { amount: 52000, period: 'week' }, { amount: -1, period: 'year' }, { amount: 0, period: 'year' }, { amount: 1e12, period: 'year' }, { amount: 'NaN', period: 'month' }, { amount: 52000, period: 'year', currency: 'EUR' }] },
  { path: ['job', 'fte'], values: [0, 1.5, -1, '1', 'full'] },
  { path: ['job', 'requiredQualificationEqf'], values: [-1, 9, 'bachelor'] },
  { path: ['job', 'highlyQualifiedPosition'], values: ['yes', 1, 'true'] },
  { path: ['job', 'nurseOrTeacher'], values: ['no', 0] },
  { path: ['job', 'ictRole'], values: ['developer', true] },
  { path: ['job', 'executive'], values: ['false', 'unsure'] },
  { path: ['job', 'intraCorporateTransfer'], values: ['director', true, 'none'] },
  { path: ['job', 'researcherHostingAgreement'], values: ['yes'] },
  { path: ['job', 'onMigrationShortageList'], values: [true, 'maybe'] },
  { path: ['job', 'onPesShortageList'], values: [false, 'YES'] },
  { path: ['vacancy', 'publishedWithPes'], values: ['VDAB'] },
  { path: ['vacancy', 'publishedOnEures'], values: [1] },
  { path: ['vacancy', 'continuousWeeks'], values: [-1, 521, 4.5, 'nine'] },
  { path: ['vacancy', 'publishedFrom'], values: ['2026-13-01', 'June 2026', 20260601] },
  { path: ['vacancy', 'pesRecruitmentSupport'], values: ['no'] },
  { path: ['vacancy', 'suitableCandidateFound'], values: [null] },
  { path: ['worker'], values: ['IN', 42, [], null] },
  { path: ['job'], values: [true, 'employee'] },
  { path: ['vacancy'], values: [[{ publishedWithPes: true }]] },
  { path: ['workplace'], values: [{}, '4700', null, []] },
  { path: ['unknownField'], values: [1, 'x'] },
  { path: ['worker', 'nationalty'], values: ['IN'] },
];

export const invalidMutationArb = fc.constantFrom(...INVALID_VALUES).chain(({ path, values }) =>
  fc.constantFrom(...values).map((value) => ({ path, value })),
);

/** Sets `value` at `path` in a deep copy of `answers`, creating objects on the way. */
export function setPath(answers: Obj, path: string[], value: Json): Obj {
  const copy = structuredClone(answers) as Obj;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Obj;
  }
  node[path[path.length - 1]!] = value;
  return copy;
}
