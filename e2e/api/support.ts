/**
 * Shared helpers of the API tests: raw HTTP requests (for what the `request` fixture cannot send:
 * no content type, chunked bodies), the contract's response shapes, and fast-check arbitraries
 * that mirror lib/rules/answers.ts.
 */
import { expect } from '@playwright/test';
import fc from 'fast-check';
import net from 'node:net';
import { routeIds } from '../../lib/rules/types';

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

export const errorCodeOf: Record<number, string> = {
  400: 'malformed_json',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'invalid_answers',
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, unknown>;

/** Every response of POST /api/v1/assessments is one of the contract's statuses with its body. */
export function expectContractResponse(status: number, contentType: string | undefined, text: string): Obj {
  expect(CONTRACT_STATUSES as readonly number[], `status ${status}: ${text.slice(0, 300)}`).toContain(status);
  expect(contentType).toBe('application/json; charset=utf-8');
  const body = JSON.parse(text) as Obj;
  expect(body).not.toBeNull();
  expect(typeof body).toBe('object');
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  if (status === 200) {
    expectAssessment(body);
  } else if (status === 422) {
    expect(body.error).toBe('invalid_answers');
    expect(Array.isArray(body.issues)).toBe(true);
    const issues = body.issues as Obj[];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.path).toBe('string');
      expect(typeof issue.code).toBe('string');
      expect((issue.code as string).length).toBeGreaterThan(0);
      expect(typeof issue.message).toBe('string');
      expect((issue.message as string).length).toBeGreaterThan(0);
    }
  } else {
    expect(body.error).toBe(errorCodeOf[status]);
    expect(typeof body.message).toBe('string');
    expect((body.message as string).length).toBeGreaterThan(0);
  }
  return body;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const ROUTE_IDS: readonly unknown[] = routeIds;
const AUTHORITIES: readonly unknown[] = ['flanders', 'brussels', 'wallonia', 'german-speaking-community'];
const VERDICTS: readonly unknown[] = ['permit-not-required', 'out-of-scope', 'eligible', 'not-eligible', 'undetermined'];
const nonEmpty = (v: unknown) => typeof v === 'string' && v.length > 0;

/** The contract's invariants of a 200 body: a list of violations (empty when the body fits). */
export function assessmentViolations(a: Obj): string[] {
  const bad: string[] = [];
  const must = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  must(isoDate.test(String(a.asOf)), 'asOf is a date');
  must(isoDate.test(String(a.rulesVersion)), 'rulesVersion is a date');
  must(VERDICTS.includes(a.verdict), `verdict ${String(a.verdict)} is one of the five`);
  const routes = a.routes as Obj[];
  if (!Array.isArray(routes)) return [...bad, 'routes is an array'];

  const authority = a.competentAuthority as Obj | null;
  if (authority !== null) {
    must(typeof authority === 'object', 'competentAuthority is an object or null');
    must(AUTHORITIES.includes(authority?.id), 'competentAuthority.id is an authority');
    must(nonEmpty(authority?.name), 'competentAuthority.name');
    must(/^https:\/\//.test(String(authority?.url)), 'competentAuthority.url is https');
  }

  const ids = routes.map((r) => r.id);
  must(new Set(ids).size === ids.length, 'route ids are unique');
  for (const route of routes) {
    const r = String(route.id);
    must(ROUTE_IDS.includes(route.id), `${r} is a route id`);
    must(['eligible', 'ineligible', 'unknown'].includes(String(route.status)), `${r} status`);
    const checks = route.checks as Obj[];
    must(Array.isArray(checks) && checks.length > 0, `${r} has at least one check`);
    for (const check of checks ?? []) {
      const c = `${r}/${String(check.id)}`;
      must(nonEmpty(check.id), `${c} id`);
      must(['pass', 'fail', 'unknown'].includes(String(check.status)), `${c} status`);
      must(nonEmpty(check.explanation), `${c} explanation`);
      const citations = check.citations as Obj[];
      must(Array.isArray(citations) && citations.length > 0, `${c} has at least one citation`);
      for (const cit of citations ?? []) {
        must(nonEmpty(cit.title), `${c} citation title`);
        must(/^https?:\/\//.test(String(cit.url)), `${c} citation url`);
        must(isoDate.test(String(cit.checked)), `${c} citation checked date`);
      }
    }
    // Route status follows from its checks (three-valued logic).
    const statuses = (checks ?? []).map((c) => c.status);
    const expected = statuses.includes('fail') ? 'ineligible' : statuses.includes('unknown') ? 'unknown' : 'eligible';
    must(route.status === expected, `${r} is ${String(route.status)} but its checks make it ${expected}`);
    const documents = route.documents as Obj[];
    must(Array.isArray(documents), `${r} documents is an array`);
    if (route.status === 'eligible') must(documents?.length > 0, `eligible ${r} lists at least one document`);
    for (const d of documents ?? []) must(nonEmpty(d.id) && nonEmpty(d.title), `${r} document id and title`);
    for (const d of documents ?? []) {
      const ids = d.sourceIds as unknown[];
      must(Array.isArray(ids) && ids.length > 0, `${r} document ${String(d.id)} names its sources`);
      for (const id of ids ?? []) {
        const cit = (a.sources as Record<string, Obj> | undefined)?.[String(id)];
        must(nonEmpty(cit?.title) && /^https?:\/\//.test(String(cit?.url)), `${r} document ${String(d.id)} source ${String(id)} is in sources`);
      }
    }
    for (const fee of (route.fees as Obj[]) ?? []) {
      must(nonEmpty(fee.id) && typeof fee.amount === 'number' && fee.currency === 'EUR' && nonEmpty(fee.title), `${r} fee ${String(fee.id)} shape`);
    }
    const pt = route.processingTime as Obj;
    must(pt?.targetDays === null || (typeof pt?.targetDays === 'number' && pt.targetDays >= 0), `${r} processingTime.targetDays`);
    must(typeof pt?.note === 'string', `${r} processingTime.note`);
    must(route.earliestFilingDate === null || isoDate.test(String(route.earliestFilingDate)), `${r} earliestFilingDate`);
  }

  const eligible = routes.filter((r) => r.status === 'eligible').map((r) => r.id);
  const reason = a.verdictReason;
  switch (a.verdict) {
    case 'permit-not-required':
      must(routes.length === 0, 'permit-not-required has no routes');
      must(['eea-national', 'swiss-national', 'uk-withdrawal-agreement', 'unlimited-labour-market-access'].includes(String(reason)), 'permit-not-required reason');
      break;
    case 'out-of-scope':
      must(['short-stay', 'self-employed'].includes(String(reason)), 'out-of-scope reason');
      break;
    case 'eligible':
      must(eligible.length > 0, 'eligible: at least one route is eligible');
      must(reason === null, 'eligible: no verdictReason');
      break;
    case 'not-eligible':
      must(routes.length > 0 && routes.every((r) => r.status === 'ineligible'), 'not-eligible: every route is ineligible');
      must(reason === null, 'not-eligible: no verdictReason');
      break;
    case 'undetermined':
      must(eligible.length === 0, 'undetermined: no route is eligible');
      must(routes.some((r) => r.status === 'unknown'), 'undetermined: some route is unknown');
      must(reason === null, 'undetermined: no verdictReason');
      break;
  }
  if (a.verdict === 'eligible' || a.verdict === 'not-eligible' || a.verdict === 'undetermined') {
    must(authority !== null, 'a route verdict needs a competent authority');
  }
  if (a.recommendedRoute === null) {
    must(a.verdict !== 'eligible', 'an eligible verdict recommends a route');
  } else {
    must(eligible.includes(a.recommendedRoute), `recommendedRoute ${String(a.recommendedRoute)} is eligible`);
    if (a.recommendedRoute === 'labour-market-test') {
      must(eligible.every((id) => id === 'labour-market-test'), 'the labour market test is recommended only when no other route is eligible');
    }
  }
  return bad;
}

export function expectAssessment(a: Obj): void {
  expect(assessmentViolations(a)).toEqual([]);
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
