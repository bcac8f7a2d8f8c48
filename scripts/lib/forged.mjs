// Forged and unusual requests (issue 13), shared by `npm run soak` (its "forged" stage) and the API
// tests (e2e/api/hostile.spec.ts). Each request goes over a plain TCP socket, byte for byte as
// written here, so that nothing (fetch, undici) corrects it on the way: methods fetch refuses
// (TRACE, CONNECT), broken request lines, forged Host headers, bodies that lie about their length.
//
//   const ctx = await forgeryContext(url);          // the hidden fields of a question page's form
//   for (const f of forgedRequests(ctx)) { const res = await exchange(url, f.request); ... f.expect, f.check?.(res) }
//
// Every request is answered by a server on 127.0.0.1 that the caller started; nothing else is contacted.
import net from 'node:net';

/** Responses bigger than this are cut (the body is only searched for poisoned links). */
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

function parseHead(buf) {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [line, ...lines] = buf.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(line)?.[1] ?? 0);
  const headers = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i <= 0) continue;
    const name = l.slice(0, i).trim().toLowerCase();
    const value = l.slice(i + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { status, headers, bodyStart: end + 4 };
}

function dechunk(buf) {
  const parts = [];
  let rest = buf;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    if (lineEnd < 0) return null;
    const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
    if (Number.isNaN(size)) return null;
    if (size === 0) return Buffer.concat(parts);
    if (rest.length < lineEnd + 2 + size + 2) return null;
    parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
    rest = rest.subarray(lineEnd + 2 + size + 2);
  }
}

/** A complete response at the start of `buf`, or null while more bytes are needed. */
function parseResponse(buf, ended, method) {
  const head = parseHead(buf);
  if (!head) return null;
  const rest = buf.subarray(head.bodyStart);
  const done = (body) => ({ status: head.status, headers: head.headers, text: body.toString('utf8') });
  if (method === 'HEAD' || head.status === 204 || head.status === 304) return done(Buffer.alloc(0));
  if (/chunked/i.test(head.headers['transfer-encoding'] ?? '')) {
    const body = dechunk(rest);
    return body ? done(body) : ended ? done(rest) : null;
  }
  if (head.headers['content-length'] !== undefined) {
    const n = Number(head.headers['content-length']);
    return rest.length >= n ? done(rest.subarray(0, n)) : ended ? done(rest) : null;
  }
  return ended ? done(rest) : null;
}

/**
 * One request over a new connection; resolves with the first response { status, headers, text }
 * (headers in lower case), or rejects when the connection closes without one or after `timeoutMs`.
 *  - raw: the exact bytes to send (nothing else is added);
 *  - otherwise method, path, headers (Host and `Connection: close` are added unless given), and
 *    body (with its Content-Length unless `headers` sets one) or chunks (chunked framing, unless
 *    `headers` declares a Content-Length). `pauseMs` waits between chunks.
 */
export function exchange(baseUrl, request, { timeoutMs = 60_000 } = {}) {
  const url = new URL(baseUrl);
  const method = request.method ?? 'GET';
  let bytes;
  if (request.raw !== undefined) {
    bytes = Buffer.from(request.raw);
  } else {
    const headers = { host: url.host, connection: 'close', ...request.headers };
    const lower = Object.fromEntries(Object.keys(headers).map((k) => [k.toLowerCase(), k]));
    if (lower.host && headers[lower.host] === null) delete headers[lower.host];
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    if (request.chunks && !lower['content-length']) headers['transfer-encoding'] = 'chunked';
    else if (body && !lower['content-length']) headers['content-length'] = String(body.length);
    const head = `${method} ${request.path ?? '/'} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
    bytes = body ? Buffer.concat([Buffer.from(head, 'latin1'), body]) : Buffer.from(head, 'latin1');
  }
  const chunked = request.chunks && !Object.keys(request.headers ?? {}).some((k) => k.toLowerCase() === 'content-length');
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port || 80), url.hostname);
    let received = Buffer.alloc(0);
    let settled = false;
    const timer = setTimeout(() => settle(new Error(`no response within ${timeoutMs} ms`)), timeoutMs);
    function settle(error, res) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(res);
    }
    const check = (ended) => {
      const res = parseResponse(received, ended, method);
      if (res) settle(null, res);
      else if (ended) settle(new Error(`connection closed without a complete response (${received.length} bytes)`));
    };
    socket.on('data', (chunk) => {
      if (received.length < MAX_RESPONSE_BYTES) received = Buffer.concat([received, chunk]);
      check(false);
    });
    socket.on('end', () => check(true));
    socket.on('close', () => check(true));
    socket.on('error', () => {}); // writes after the server answered and closed may fail
    socket.on('connect', async () => {
      const write = (data) =>
        new Promise((r) => {
          if (settled || socket.destroyed) return r(false);
          socket.write(data, () => r(!settled && !socket.destroyed));
        });
      if (!(await write(bytes))) return;
      for (const chunk of request.chunks ?? []) {
        if (request.pauseMs) await new Promise((r) => setTimeout(r, request.pauseMs));
        const data = chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
        if (!(await write(data))) return;
      }
      if (chunked && !request.keepOpen) await write('0\r\n\r\n');
    });
  });
}

/** A question page: the workplace, once the case is answered. */
const PAGE_PATH = '/en/check/workplace', PAGE = `${PAGE_PATH}?case=hire`;

/** The hidden fields of the question page's form (what a browser without JavaScript posts) and its action id. */
export async function forgeryContext(baseUrl) {
  const res = await exchange(baseUrl, { path: PAGE });
  if (res.status !== 200) throw new Error(`the question page answered ${res.status}`);
  const fields = {};
  for (const m of res.text.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields[m[1]] = (m[2] ?? '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
  }
  const meta = fields['$ACTION_1:0'];
  if (!meta) throw new Error('the question page has no server-action form');
  return { fields, actionId: JSON.parse(meta).id, origin: new URL(baseUrl).origin };
}

/** A multipart/form-data body of string fields (repeated names allowed as [name, value] pairs). */
export function multipart(entries, boundary = '----forged7391') {
  const list = Array.isArray(entries) ? entries : Object.entries(entries);
  const parts = list.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return { body: `${parts.join('')}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

const EVIL = 'evil.example';
const poisoned = (res) =>
  res.text.includes(EVIL) || Object.values(res.headers).some((v) => v.includes(EVIL)) ? `a response names ${EVIL}` : null;

/** Checks every response: the security headers, no internal header, no stack trace. */
export function commonProblems(res) {
  const problems = [];
  if (res.headers['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options');
  if (!res.headers['content-security-policy']) problems.push('no Content-Security-Policy');
  if (!res.headers['strict-transport-security']) problems.push('no Strict-Transport-Security');
  if (!res.headers['referrer-policy']) problems.push('no Referrer-Policy');
  for (const name of Object.keys(res.headers)) if (/^x-middleware-/.test(name)) problems.push(`internal header ${name}`);
  if (/\n\s+at [\w.<>]+ \(/.test(res.text)) problems.push('a stack trace in the body');
  return problems;
}

const KIB = 1024;

/**
 * The catalogue: [{ name, group, request, expect: [statuses], check?(res) → problem | null }].
 * `expect` lists what the server is designed to answer; a 5xx is never in it.
 */
export function forgedRequests({ fields, actionId, origin }) {
  const form = (overrides = {}, extra = []) => {
    const entries = Object.entries({ ...fields, postcode: '1000', ...overrides }).filter(([, v]) => v !== null);
    return multipart([...entries, ...extra]);
  };
  const post = (name, { body, contentType }, expect, headers = {}) => ({
    name,
    group: 'forged form post',
    request: { method: 'POST', path: PAGE, headers: { origin, 'content-type': contentType, ...headers }, body },
    expect,
  });
  const fetchPost = (name, body, expect, contentType = 'text/plain;charset=UTF-8', id = actionId) => ({
    name,
    group: 'forged form post',
    request: { method: 'POST', path: PAGE, headers: { origin, 'next-action': id, accept: 'text/x-component', 'content-type': contentType }, body },
    expect,
  });
  const context = JSON.parse(fields['$ACTION_1:1'] ?? '[{}]')[0];
  const method = (m, path, expect = [405]) => ({ name: `${m} ${path}`, group: 'method', request: { method: m, path }, expect });
  const raw = (name, bytes, expect) => ({ name, group: 'client error', request: { raw: bytes }, expect });
  const chunks = (n, size) => Array.from({ length: n }, () => Buffer.alloc(size, 0x61));

  return [
    // --- methods: only GET, HEAD and POST reach pages; the API answers its own methods.
    ...['TRACE', 'TRACK', 'PROPFIND', 'MKCOL', 'M-SEARCH', 'QUERY', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'].map((m) => method(m, PAGE)),
    ...['TRACE', 'TRACK', 'PROPFIND', 'LOCK', 'SEARCH'].map((m) => method(m, '/api/v1/assessments')),
    method('PUT', '/api/v1/assessments'),
    method('DELETE', '/api/health'),
    method('TRACE', '/icon.svg'),
    method('TRACE', '/_next/static/chunks/x.js'),
    method('TRACE', '/'),
    raw('CONNECT', 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n', [405]),
    raw('an unknown method', 'FOO /en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [400, 405]),
    raw('a lower-case method', 'get /en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [400, 405]),

    // --- requests Node's parser refuses: a 4xx with the security headers, not Node's bare answer.
    raw('a broken request line', 'GET\r\n\r\n', [400, 405]),
    raw('HTTP/0.9', 'GET /en\r\n\r\n', [200, 400]),
    raw('HTTP/2 preface over HTTP/1', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', [400, 405]),
    raw('no Host header', 'GET /en HTTP/1.1\r\nConnection: close\r\n\r\n', [400]),
    raw('32 KiB of headers', `GET /en HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(32 * KIB)}\r\n\r\n`, [431]),
    raw('a header with a control character', 'GET /en HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\nConnection: close\r\n\r\n', [400]),
    raw('Content-Length and Transfer-Encoding', `POST ${PAGE} HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`, [400]),
    raw('two different Content-Lengths', `POST ${PAGE} HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 5\r\nConnection: close\r\n\r\nabcde`, [400]),
    raw('a Content-Length that is no number', `POST ${PAGE} HTTP/1.1\r\nHost: x\r\nContent-Length: 1e3\r\nConnection: close\r\n\r\n`, [400]),
    raw('a broken chunk size to the API', 'POST /api/v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n', [400]),

    // --- bodies of pages: a declared length within 64 KiB, or 411/413 before a byte is read.
    { name: 'a chunked form of 70 KiB, no Content-Length', group: 'body', request: { method: 'POST', path: PAGE, headers: { origin, 'content-type': 'text/plain' }, chunks: chunks(70, KIB) }, expect: [411] },
    { name: 'a chunked form of 1 KiB', group: 'body', request: { method: 'POST', path: PAGE, headers: { origin, 'content-type': 'text/plain' }, chunks: chunks(1, KIB) }, expect: [411] },
    { name: 'a chunked form to a dotted address', group: 'body', request: { method: 'POST', path: '/en/check/a.b', headers: { origin, 'content-type': 'text/plain' }, chunks: chunks(80, KIB) }, expect: [411] },
    { name: 'a declared body of 10 MiB, never sent', group: 'body', request: { method: 'POST', path: PAGE, headers: { origin, 'content-type': 'text/plain', 'content-length': String(10 * KIB * KIB) }, chunks: [Buffer.from('abc')], keepOpen: true }, expect: [413] },
    { name: 'a form of 70 KiB', group: 'body', request: { method: 'POST', path: PAGE, headers: { origin, 'content-type': form().contentType }, body: form({ postcode: 'x'.repeat(70 * KIB) }).body }, expect: [413] },
    { name: 'a chunked body through /api/../', group: 'body', request: { method: 'POST', path: `/api/..${PAGE_PATH}`, headers: { origin, 'content-type': 'text/plain' }, chunks: chunks(70, KIB) }, expect: [411] },
    { name: 'a GET with a chunked body', group: 'body', request: { method: 'GET', path: '/en', chunks: chunks(2, KIB) }, expect: [411] },

    // --- forged server-action posts: a 4xx or the page again, never a 500.
    post('a valid answer (control)', form(), [303]),
    post('the bound metadata broken', form({ '$ACTION_1:0': '{"id":' }), [400]),
    post('an unknown action id', form({ '$ACTION_1:0': JSON.stringify({ id: 'ab'.repeat(21), bound: '$@1' }) }), [400, 404, 409]),
    post('an action id of the wrong form', form({ '$ACTION_1:0': JSON.stringify({ id: 'xyz', bound: '$@1' }) }), [400]),
    post('the bound arguments [null]', form({ '$ACTION_1:1': '[null]' }), [200]),
    post('the bound arguments null', form({ '$ACTION_1:1': 'null' }), [400]),
    post('the bound arguments broken JSON', form({ '$ACTION_1:1': '[{"locale":' }), [400]),
    post('a list where a string belongs', form({ '$ACTION_1:1': JSON.stringify([{ ...context, locale: ['en'], step: ['workplace'], query: ['a'] }, { values: [], issues: 'x', attempt: '1' }]) }), [200]),
    post('a number where the context belongs', form({ '$ACTION_1:1': '[42, 42]' }), [200]),
    post('a previous state that is a list', form({ '$ACTION_1:1': JSON.stringify([context, [1, 2]]) }), [200]),
    post('a reference to a missing row', form({ '$ACTION_1:0': JSON.stringify({ id: actionId, bound: '$@7' }) }), [400]),
    post('a Map and a Set in the bound arguments', form({ '$ACTION_1:1': '["$Q1","$W2"]' }), [400]),
    post('a promise in the bound arguments', form({ '$ACTION_1:1': '["$@1"]' }), [400]),
    post('2,000 bound arguments', form({ '$ACTION_1:1': JSON.stringify(Array(2000).fill(1)) }), [400]),
    post('an unknown step in the context', form({ '$ACTION_1:1': JSON.stringify([{ ...context, step: '../../etc/passwd' }, {}]) }), [303]),
    post('an unknown locale in the context', form({ '$ACTION_1:1': JSON.stringify([{ ...context, locale: '<script>' }, {}]) }), [303]),
    post('a 10 KiB query in the context', form({ '$ACTION_1:1': JSON.stringify([{ ...context, query: 'a=b&'.repeat(2500) }, {}]) }), [200]),
    post('the same field twice', form({}, [['postcode', '2000']]), [303]),
    post('no $ACTION_KEY', form({ '$ACTION_KEY': null }), [200, 303]),
    post('only $ACTION_REF_1', multipart({ '$ACTION_REF_1': '' }), [400]),
    post('an unbound action id field', multipart({ [`$ACTION_ID_${actionId}`]: '', postcode: '1000' }), [200]),
    post('an unknown unbound action id', multipart({ [`$ACTION_ID_${'cd'.repeat(21)}`]: '' }), [400, 404, 409]),
    post('500 fields', form({}, Array.from({ length: 500 }, (_, i) => [`f${i}`, 'x'])), [200, 303]),
    post('a multipart body without a boundary', { body: 'postcode=1000', contentType: 'multipart/form-data' }, [400]),
    post('a multipart body cut short', { body: form().body.slice(0, 200), contentType: form().contentType }, [400]),
    post('a multipart body with a wrong boundary', { body: form().body, contentType: 'multipart/form-data; boundary=other' }, [400]),
    post('a url-encoded form', { body: 'postcode=1000', contentType: 'application/x-www-form-urlencoded' }, [200]),
    post('a text body', { body: 'hello', contentType: 'text/plain' }, [200]),
    post('JSON to a page', { body: '{"postcode":"1000"}', contentType: 'application/json' }, [200]),
    fetchPost('fetch: the arguments without the form', JSON.stringify([context, { values: {}, issues: [], attempt: 0 }]), [200]),
    fetchPost('fetch: broken JSON', '[{"locale":', [400]),
    fetchPost('fetch: [null]', '[null]', [200]),
    fetchPost('fetch: references to missing rows', '["$1","$2"]', [400]),
    fetchPost('fetch: an unknown action', '[]', [400, 404, 409], 'text/plain;charset=UTF-8', 'ab'.repeat(21)),
    fetchPost('fetch: an action id of the wrong form', '[]', [400, 404, 409], 'text/plain;charset=UTF-8', 'zz'),
    fetchPost('fetch: a multipart root row missing', multipart({ _1_postcode: '1000' }).body, [400], multipart({}).contentType),
    fetchPost('fetch: a form-data reference with the form', multipart({ _1_postcode: '1000', 0: JSON.stringify([context, { values: {}, issues: [], attempt: 0 }, '$K1']) }).body, [200], multipart({}).contentType),
    post('a form post from another origin', form(), [403], { origin: 'https://evil.example' }),
    post('a form post from Origin: null', form(), [403], { origin: 'null' }),
    { ...post('a form post from another origin, to a dotted address', form(), [403], { origin: 'https://evil.example' }), request: { method: 'POST', path: '/en/check/a.b', headers: { origin: 'https://evil.example', 'content-type': form().contentType }, body: form().body } },

    // --- addresses: every page path goes through the proxy, dotted or not.
    { name: 'a dotted question address', group: 'address', request: { path: '/en/check/a.b' }, expect: [200, 307], check: (res) => (/'nonce-/.test(res.headers['content-security-policy'] ?? '') ? null : 'no nonce policy') },
    { name: 'a dotted address of two segments', group: 'address', request: { path: '/a.b/c.d' }, expect: [404, 307] },
    { name: 'a missing root file', group: 'address', request: { path: '/wp-login.php' }, expect: [404] },
    { name: 'broken percent-encoding', group: 'address', request: { path: '/en/check/%E0%A4%A' }, expect: [400] },
    { name: 'broken percent-encoding in the API', group: 'address', request: { path: '/api/v1/%ZZ' }, expect: [404] },
    { name: 'dot segments to the API', group: 'address', request: { path: '/en/../api/health' }, expect: [200, 308] },
    { name: 'a protocol-relative address', group: 'address', request: { path: '//evil.example/en' }, expect: [404, 307, 308], check: (res) => (/^\/\/|^https?:/.test(res.headers.location ?? '') ? 'an absolute redirect' : null) },
    { name: 'a backslash address', group: 'address', request: { path: '/\\evil.example' }, expect: [307, 308, 404], check: (res) => (/evil/.test(res.headers.location ?? '') && !/^\/[a-z]/.test(res.headers.location ?? '') ? 'a redirect off the site' : null) },
    { name: 'a trailing slash with answers', group: 'address', request: { path: `${PAGE_PATH}/?case=hire&postcode=7391` }, expect: [308], check: (res) => (/no-store/.test(res.headers['cache-control'] ?? '') ? null : 'a redirect with answers may be cached') },
    { name: 'an 8 KiB address', group: 'address', request: { path: `/en/${'a'.repeat(8 * KIB)}` }, expect: [404, 307] },
    { name: 'markup in the query', group: 'address', request: { path: `${PAGE}&postcode=%3Cscript%3Ealert(1)%3C/script%3E` }, expect: [200], check: (res) => (res.text.includes('<script>alert(1)') ? 'the markup is reflected' : null) },

    // --- headers a client may set: none decides an address we publish or who the client is.
    { name: 'a forged Host', group: 'header', request: { path: '/en/guidance', headers: { host: EVIL } }, expect: [200], check: poisoned },
    { name: 'a forged X-Forwarded-Host', group: 'header', request: { path: '/en/embedding', headers: { 'x-forwarded-host': EVIL, 'x-forwarded-proto': 'https' } }, expect: [200], check: poisoned },
    { name: 'X-Forwarded-Host on a result page', group: 'header', request: { path: `/en/check/result?postcode=1000&nationality=IN`, headers: { 'x-forwarded-host': EVIL } }, expect: [200, 307], check: poisoned },
    { name: 'a form post with X-Forwarded-Host and a matching Origin', group: 'header', request: { method: 'POST', path: PAGE, headers: { 'x-forwarded-host': EVIL, origin: `https://${EVIL}`, 'content-type': form().contentType }, body: form().body }, expect: [303], check: poisoned },
    { name: 'X-Forwarded-Proto: javascript', group: 'header', request: { path: '/en/embedding', headers: { 'x-forwarded-proto': 'javascript' } }, expect: [200], check: (res) => (/javascript:/.test(res.text) ? 'a javascript: address' : null) },
    { name: 'X-Client-Address set by the client', group: 'header', request: { path: '/api/health', headers: { 'x-client-address': '203.0.113.9' } }, expect: [200] },

    // --- the API: unknown keys are never repeated as written.
    { name: 'an unknown key with markup', group: 'api', request: { method: 'POST', path: '/api/v1/assessments', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workplace: { region: 'brussels', '<img src=x onerror=alert(7391)>': 1 } }) }, expect: [422], check: (res) => (res.text.includes('onerror') ? 'the key is repeated' : null) },
    { name: 'an unknown key of 10,000 characters', group: 'api', request: { method: 'POST', path: '/api/v1/assessments', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workplace: { region: 'brussels' }, ['k'.repeat(10_000)]: 1 }) }, expect: [422], check: (res) => (res.text.length > 2000 ? 'the key is repeated' : null) },
    { name: 'a chunked API body of 1 MiB', group: 'api', request: { method: 'POST', path: '/api/v1/assessments', headers: { 'content-type': 'application/json' }, chunks: chunks(256, 4 * KIB) }, expect: [413] },
  ];
}
