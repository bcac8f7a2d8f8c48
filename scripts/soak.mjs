// 60 seconds of mixed traffic against the standalone server (npm run soak). Figures only: no
// pass/fail. Prints the number of 5xx responses (target: 0), the server's resident memory
// (VmRSS from /proc/<pid>/status) at the start, every 10 s and at the end, and whether the
// server's log holds any of the answers it was sent (target: none).
//
// The mix (weights in brackets), from WORKERS concurrent clients (default 16):
//  pages       start, question, result (varied answers), privacy, embedded question, 404, a JS chunk
//  action      the question form posted as a browser without JavaScript does (the server action:
//              303 to the next question, or the page again with an error)
//  api         POST /api/v1/assessments (varied answers), GET /api/v1/rules, GET /api/health
//  malformed   API: broken JSON, wrong content type, 20 KiB body, answers that break the schema;
//              pages: a form posted from another origin, a 70 KiB post, a broken %-encoded address
//  forged      the catalogue of scripts/lib/forged.mjs (issue 13), byte for byte over a socket:
//              TRACE and other methods, requests Node's parser refuses, chunked and oversized page
//              bodies, forged server-action posts, dotted addresses, forged Host headers, hostile
//              API keys; each is counted against the status it is designed to get, and checked for
//              the security headers, internal headers and poisoned links
//
// At the end: the server must still answer /api/health.
// SOAK_SECONDS (default 60), WORKERS (default 16).
// BASE_URL=http://127.0.0.1:3501 SERVER_PID=<pid of node scripts/serve.mjs> npm run soak  uses a running
// server (rate limit off); its log cannot be checked from here then.
import { commonProblems, exchange, forgedRequests, forgeryContext } from './lib/forged.mjs';
import { printTable } from './lib/server.mjs';
import { fmt, rssMiB, withCapturedServer } from './lib/target.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const WORKERS = Number(process.env.WORKERS ?? 16);
/** Salary values sent in this run all start with these digits: the log must never contain them. */
const CANARY = '7391';

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const postcodes = ['1000', '9000', '2000', '4000', '4700', '5000', '3500', '1050'];
const locales = ['nl', 'fr', 'de', 'en'];

function resultQuery() {
  const salary = `${CANARY}${Math.floor(Math.random() * 90 + 10)}`;
  return (
    `postcode=${pick(postcodes)}&nationality=${pick(['IN', 'BR', 'US', 'MA', 'CN'])}&residence=abroad&employment=employee` +
    `&contract=open&salary=${salary}&salaryPer=year&age=${20 + Math.floor(Math.random() * 40)}&qualification=master` +
    `&experience=5&jobLevel=master&hqPosition=yes&nurseTeacher=no&case=hire&executive=no&ict=none`
  );
}

function apiAnswers() {
  return {
    workplace: { postcode: pick(postcodes) },
    worker: { nationality: pick(['IN', 'BR', 'US']), age: 30, highestQualificationEqf: 7, relevantExperienceYears: 4, residence: 'abroad' },
    job: {
      employment: 'employee',
      durationDays: pick([null, 365, 730]),
      grossSalary: { amount: Number(`${CANARY}${Math.floor(Math.random() * 90 + 10)}`), period: 'year' },
      fte: 1,
      requiredQualificationEqf: 7,
      highlyQualifiedPosition: true,
    },
  };
}

/** The hidden fields of the question page's form: what a browser without JavaScript posts back. */
async function actionForm(url) {
  const html = await (await fetch(`${url}/en/check/workplace?case=hire`)).text();
  const field = (name) => {
    const marker = `name="${name}" value="`;
    const i = html.indexOf(marker);
    if (i < 0) return null;
    const start = i + marker.length;
    return html.slice(start, html.indexOf('"', start)).replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  };
  const fields = {};
  for (const m of html.matchAll(/name="(\$ACTION_[^"]+)"/g)) fields[m[1]] = field(m[1]) ?? '';
  if (!Object.keys(fields).some((k) => k.startsWith('$ACTION_'))) throw new Error('the question page has no server action form');
  return fields;
}

function multipart(fields) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

await withCapturedServer(async ({ url, pid, output }) => {
  const origin = url;
  const actionFields = await actionForm(url);
  const forgeries = forgedRequests(await forgeryContext(url));
  /** Per forged request: its status counts and what was wrong with the answers. */
  const forged = forgeries.map((f) => ({ ...f, statuses: new Map(), problems: new Map(), failures: 0 }));
  const sendForged = async () => {
    const f = pick(forged);
    try {
      const res = await exchange(url, f.request, { timeoutMs: 45_000 });
      f.statuses.set(res.status, (f.statuses.get(res.status) ?? 0) + 1);
      const problems = [...commonProblems(res), f.check?.(res)].filter(Boolean);
      if (!f.expect.includes(res.status)) problems.push(`status ${res.status}, designed: ${f.expect.join('/')}`);
      for (const p of problems) f.problems.set(p, (f.problems.get(p) ?? 0) + 1);
      return { status: res.status, arrayBuffer: async () => {} };
    } catch (error) {
      f.failures++;
      throw error;
    }
  };
  const html = await (await fetch(`${url}/en`)).text();
  const chunk = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];

  /** [category, name, weight, () => fetch(...)] */
  const mix = [
    ['page', 'GET start page', 10, () => fetch(`${url}/${pick(locales)}`)],
    ['page', 'GET question page', 10, () => fetch(`${url}/${pick(locales)}/check/workplace?case=hire`)],
    ['page', 'GET result page', 12, () => fetch(`${url}/${pick(locales)}/check/result?${resultQuery()}`)],
    ['page', 'GET privacy statement', 3, () => fetch(`${url}/${pick(locales)}/privacy`)],
    ['page', 'GET embedded question', 5, () => fetch(`${url}/${pick(locales)}/embed/check/nationality?preset=brussels`)],
    ['page', 'GET unknown address (404)', 3, () => fetch(`${url}/${pick(locales)}/no-such-page-${Math.random()}`)],
    ['page', 'GET JS chunk', 4, () => fetch(`${url}${chunk}`)],
    ['action', 'POST form, valid answer (303)', 8, () =>
      fetch(`${url}/en/check/workplace?case=hire`, { method: 'POST', headers: { origin }, body: multipart({ ...actionFields, postcode: pick(postcodes) }), redirect: 'manual' })],
    ['action', 'POST form, invalid answer (200)', 4, () =>
      fetch(`${url}/en/check/workplace?case=hire`, { method: 'POST', headers: { origin }, body: multipart({ ...actionFields, postcode: '12' }), redirect: 'manual' })],
    ['api', 'POST assessment', 12, () =>
      fetch(`${url}/api/v1/assessments?locale=${pick(locales)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(apiAnswers()) })],
    ['api', 'GET rules', 3, () => fetch(`${url}/api/v1/rules?asOf=2026-${pick(['01', '06', '11'])}-15`)],
    ['api', 'GET health', 2, () => fetch(`${url}/api/health`)],
    ['malformed', 'API broken JSON (400)', 3, () =>
      fetch(`${url}/api/v1/assessments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"workplace": {"postcode": 10' })],
    ['malformed', 'API wrong content type (415)', 2, () =>
      fetch(`${url}/api/v1/assessments`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'postcode=1000' })],
    ['malformed', 'API 20 KiB body (413)', 2, () =>
      fetch(`${url}/api/v1/assessments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(20 * 1024) }) })],
    ['malformed', 'API schema broken (422)', 3, () =>
      fetch(`${url}/api/v1/assessments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workplace: { postcode: 'abcd' }, worker: { age: -4 }, job: { fte: 7 } }) })],
    ['malformed', 'form from another origin (403)', 2, () =>
      fetch(`${url}/en/check/workplace?case=hire`, { method: 'POST', headers: { origin: 'https://evil.example' }, body: multipart({ ...actionFields, postcode: '1000' }), redirect: 'manual' })],
    ['malformed', 'form of 70 KiB (413)', 1, () =>
      fetch(`${url}/en/check/workplace?case=hire`, { method: 'POST', headers: { origin }, body: multipart({ ...actionFields, postcode: 'x'.repeat(70 * 1024) }), redirect: 'manual' })],
    ['malformed', 'broken %-encoding (400)', 1, () => fetch(`${url}/en/check/%E0%A4%A`)],
    ['forged', `forged and unusual (${forgeries.length} kinds)`, 40, sendForged],
  ];
  const totalWeight = mix.reduce((n, m) => n + m[2], 0);
  const choose = () => {
    let r = Math.random() * totalWeight;
    for (const m of mix) if ((r -= m[2]) < 0) return m;
    return mix[mix.length - 1];
  };

  const stats = new Map(mix.map(([category, name]) => [name, { category, count: 0, statuses: new Map(), failures: 0 }]));
  const samples = [];
  const sample = async (label) => samples.push([label, await rssMiB(pid)]);
  let done = 0;

  await sample('start');
  const started = Date.now();
  const end = started + SECONDS * 1000;
  const sampler = setInterval(() => sample(`${Math.round((Date.now() - started) / 1000)} s`), 10_000);

  async function worker() {
    while (Date.now() < end) {
      const [, name, , send] = choose();
      const s = stats.get(name);
      s.count++;
      try {
        const res = await send();
        await res.arrayBuffer();
        s.statuses.set(res.status, (s.statuses.get(res.status) ?? 0) + 1);
      } catch {
        s.failures++;
      }
      done++;
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker));
  clearInterval(sampler);
  await sample('end');

  const all = [...stats.values()];
  const count5xx = all.reduce((n, s) => n + [...s.statuses].filter(([st]) => st >= 500).reduce((m, [, c]) => m + c, 0), 0);
  const failures = all.reduce((n, s) => n + s.failures, 0);

  console.log(`\nSoak: ${SECONDS} s, ${WORKERS} concurrent clients, ${done} requests (${fmt.num(done / SECONDS)} per second)\n`);
  printTable([
    ['category', 'request', 'count', 'statuses'],
    ...[...stats].map(([name, s]) => [
      s.category,
      name,
      s.count,
      [...s.statuses].sort(([a], [b]) => a - b).map(([st, c]) => `${st}×${c}`).join(' ') + (s.failures ? ` failed×${s.failures}` : ''),
    ]),
  ]);
  console.log(`\n5xx responses: ${count5xx}   (target: 0)`);
  console.log(`network failures: ${failures}`);

  const forgedTotal = forged.reduce((n, f) => n + [...f.statuses.values()].reduce((a, b) => a + b, 0), 0);
  const forged5xx = forged.reduce((n, f) => n + [...f.statuses].filter(([st]) => st >= 500).reduce((a, [, c]) => a + c, 0), 0);
  const groups = new Map();
  for (const f of forged) {
    const g = groups.get(f.group) ?? { kinds: 0, count: 0, statuses: new Map(), problems: 0 };
    g.kinds++;
    for (const [st, c] of f.statuses) {
      g.count += c;
      g.statuses.set(st, (g.statuses.get(st) ?? 0) + c);
    }
    g.problems += [...f.problems.values()].reduce((a, b) => a + b, 0);
    groups.set(f.group, g);
  }
  console.log(`\nForged and unusual requests: ${forgedTotal} answered (${forged.length} kinds), 5xx: ${forged5xx}   (target: 0)`);
  printTable([
    ['group', 'kinds', 'count', 'statuses', 'problems'],
    ...[...groups].map(([name, g]) => [name, g.kinds, g.count, [...g.statuses].sort(([a], [b]) => a - b).map(([st, c]) => `${st}×${c}`).join(' '), g.problems]),
  ]);
  const problems = forged.flatMap((f) => [...f.problems].map(([p, c]) => `${f.name}: ${p} (×${c})`));
  console.log(`answers not as designed (status, security headers, internal headers, poisoned links): ${problems.length}   (target: 0)`);
  for (const p of problems.slice(0, 20)) console.log(`  ${p}`);

  const health = await fetch(`${url}/api/health`).then((r) => r.status, (e) => e.message);
  console.log(`\nAfterwards, GET /api/health: ${health}`);
  console.log(`\nResident memory of the server process (VmRSS, pid ${pid ?? 'unknown'}):`);
  printTable([['when', 'RSS'], ...samples.map(([label, mib]) => [label, mib === null ? 'n/a' : `${mib.toFixed(1)} MiB`])]);

  const log = output();
  if (log !== null) {
    const lines = log.split('\n').filter((l) => l.trim());
    const leaks = lines.filter((l) => l.includes(CANARY) || /[?&](postcode|salary|nationality)=/.test(l));
    console.log(`\nServer log: ${lines.length} lines; lines holding an answer or a query string: ${leaks.length}   (target: 0)`);
    for (const l of [...new Set(lines)].slice(0, 15)) console.log(`  | ${l.slice(0, 160)}`);
    for (const l of leaks.slice(0, 5)) console.log(`  LEAK: ${l.slice(0, 200)}`);
  }
});
