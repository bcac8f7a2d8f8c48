#!/usr/bin/env node
// npm run bench — speed of the rules module and of the public API, on this machine.
//
//  (a) rules: lib/rules/index.ts is bundled with rolldown (as the server bundles it) and run in this
//      process, one thread: evaluate() and assess() (evaluate + present) per second over a mix of
//      typical answer sets;
//  (b) API: the app is built into .next-bench when missing or stale, the production server is
//      started on a free port (rate limit off), and autocannon sends POST /api/v1/assessments with
//      a typical body for 10 s over 20 connections.
// A summary table closes the output. Targets: ≥ 100,000 evaluations/s; p99 < 50 ms.
//
// Options: --no-build (use .next-bench as it is)  --rebuild  --rules-only  --http-only
//          --duration=SECONDS (default 10)  --connections=N (default 20)  --strict (exit 1 when a target is missed)
// Page benchmarks live in scripts/bench-pages.mjs and reuse scripts/lib/server.mjs.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuild, printTable, root, runLoad, startServer } from './lib/server.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
console.log(`bench: ${os.cpus().length} cores, load average at start ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const DIST = '.next-bench';
const TARGET_EVALS = 100_000;
const TARGET_P99_MS = 50;
const duration = option('duration', 10);
const connections = option('connections', 20);

/** Answer sets typical of the wizard and of API clients: complete, partial, each authority. */
const ANSWERS = [
  {
    asOf: '2026-11-21',
    workplace: { postcode: '9000' },
    worker: { nationality: 'IN', age: 29, highestQualificationEqf: 7, relevantExperienceYears: 4, residence: 'abroad' },
    job: {
      employment: 'employee', durationDays: 730, grossSalary: { amount: 62000, period: 'year' }, fte: 1,
      requiredQualificationEqf: 6, highlyQualifiedPosition: true, nurseOrTeacher: false, ictRole: 'none', executive: false,
      intraCorporateTransfer: null, researcherHostingAgreement: false, onMigrationShortageList: 'no', onPesShortageList: 'unsure',
    },
    vacancy: { publishedWithPes: true, publishedOnEures: true, continuousWeeks: 9, publishedFrom: '2026-06-01', pesRecruitmentSupport: false, suitableCandidateFound: false },
  },
  {
    asOf: '2026-03-02',
    workplace: { region: 'brussels' },
    worker: { nationality: 'BR', age: 41, highestQualificationEqf: 6, residence: 'abroad' },
    job: { employment: 'employee', durationDays: null, grossSalary: { amount: 5200, period: 'month' }, fte: 1, executive: true },
  },
  {
    asOf: '2025-09-15',
    workplace: { postcode: '4000' },
    worker: { nationality: 'MA', age: 24, highestQualificationEqf: 5 },
    job: { employment: 'employee', durationDays: 365, grossSalary: { amount: 34000, period: 'year' }, onMigrationShortageList: 'yes' },
    vacancy: { publishedWithPes: true, continuousWeeks: 3 },
  },
  { asOf: '2026-01-10', workplace: { postcode: '4700' }, worker: { nationality: 'US' }, job: { grossSalary: { amount: 70000, period: 'year' } } },
  { asOf: '2026-05-05', workplace: { region: 'flanders' } },
  { asOf: '2026-05-05', workplace: { region: 'wallonia' }, worker: { nationality: 'FR' } },
];
/** The body autocannon sends: the first, complete answer set. */
const TYPICAL_BODY = JSON.stringify(ANSWERS[0]);

async function loadRules() {
  const { build } = await import('rolldown');
  const outFile = path.join(root, 'node_modules', '.cache', 'bench', 'rules.mjs');
  mkdirSync(path.dirname(outFile), { recursive: true });
  await build({
    input: path.join(root, 'lib', 'rules', 'index.ts'),
    cwd: root,
    platform: 'node',
    resolve: { alias: { '@': root } },
    tsconfig: path.join(root, 'tsconfig.json'),
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'warn',
    write: true,
    output: { file: outFile, format: 'esm' },
  });
  return import(`${pathToFileURL(outFile).href}?t=${Date.now()}`);
}

/** Calls fn over the inputs for about `ms` milliseconds; returns calls per second. */
function rate(fn, inputs, ms) {
  let calls = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 64; i++) {
      const r = fn(inputs[(calls + i) % inputs.length]);
      sink += r === undefined ? 0 : 1;
    }
    calls += 64;
    now = process.hrtime.bigint();
  }
  if (sink < 0) console.log(sink); // keeps the results alive
  return (calls * 1e9) / Number(now - start);
}

async function benchRules() {
  console.log('\n=== rules (one core)');
  const rules = await loadRules();
  const parsed = ANSWERS.map((a, i) => {
    const p = rules.parseAnswers(a, 'en');
    if (!p.ok) throw new Error(`bench answer set ${i} does not parse: ${JSON.stringify(p.issues)}`);
    return { answers: p.answers, asOf: p.answers.asOf };
  });
  const evaluate = ({ answers, asOf }) => rules.evaluate(answers, asOf);
  const assess = ({ answers, asOf }) => rules.assess(answers, 'en', asOf);
  const parseAndAssess = (raw) => {
    const p = rules.parseAnswers(raw, 'en');
    return p.ok ? rules.assess(p.answers, 'en', p.answers.asOf) : p;
  };
  // Warm-up so that the JIT has compiled the hot paths.
  rate(evaluate, parsed, 1000);
  rate(assess, parsed, 500);
  rate(parseAndAssess, ANSWERS, 500);
  const evaluations = rate(evaluate, parsed, 3000);
  const assessments = rate(assess, parsed, 3000);
  const full = rate(parseAndAssess, ANSWERS, 3000);
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  console.log(`rules: ${fmt(evaluations)} evaluations/s (one core)   target ≥ ${fmt(TARGET_EVALS)}`);
  console.log(`rules: ${fmt(assessments)} assessments/s (evaluate + present, one core)`);
  console.log(`rules: ${fmt(full)} parse + assess/s (one core)`);
  return { evaluations, assessments, full };
}

async function benchHttp() {
  console.log('\n=== API: POST /api/v1/assessments (production build)');
  if (!flag('no-build')) await ensureBuild(DIST, { force: flag('rebuild') });
  const server = await startServer({ distDir: DIST });
  try {
    const url = `${server.url}/api/v1/assessments?locale=en`;
    const headers = { 'content-type': 'application/json' };
    // Check the body really is a 200 before measuring anything.
    const probe = await fetch(url, { method: 'POST', headers, body: TYPICAL_BODY });
    if (probe.status !== 200) throw new Error(`typical body answered ${probe.status}: ${await probe.text()}`);
    await runLoad({ url, method: 'POST', headers, body: TYPICAL_BODY, connections, duration: 2 }); // warm-up
    const r = await runLoad({ url, method: 'POST', headers, body: TYPICAL_BODY, connections, duration });
    console.log(
      `api: ${Math.round(r.requestsPerSecond)} requests/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
        `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx (${r.requests} requests, ${connections} connections, ${duration} s)`,
    );
    return r;
  } finally {
    await server.stop();
  }
}

const results = {};
let failed = false;
try {
  if (!flag('http-only')) results.rules = await benchRules();
  if (!flag('rules-only')) results.http = await benchHttp();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  failed = true;
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const rows = [['measure', 'value', 'target', 'met']];
const misses = [];
const row = (name, value, target, met) => {
  rows.push([name, value, target, met === null ? '' : met ? 'yes' : 'NO']);
  if (met === false) misses.push(name);
};
if (results.rules) {
  row('rules evaluations/s (one core)', fmt(results.rules.evaluations), `≥ ${fmt(TARGET_EVALS)}`, results.rules.evaluations >= TARGET_EVALS);
  row('rules assessments/s (evaluate + present)', fmt(results.rules.assessments), '', null);
  row('rules parse + assess/s', fmt(results.rules.full), '', null);
}
if (results.http) {
  const h = results.http;
  row('API requests/s', fmt(h.requestsPerSecond), '', null);
  row('API latency p50', `${h.p50} ms`, '', null);
  row('API latency p99', `${h.p99} ms`, `< ${TARGET_P99_MS} ms`, h.p99 < TARGET_P99_MS);
  row('API errors + timeouts', String(h.errors + h.timeouts), '0', h.errors + h.timeouts === 0);
  row('API non-2xx responses', String(h.non2xx), '0', h.non2xx === 0);
}
const load = os.loadavg().map((n) => n.toFixed(1)).join(' ');
console.log(`\n=== summary (${process.version}, ${os.cpus().length} cores, load average ${load}: other processes on the machine lower these figures)`);
printTable(rows);
if (failed || (flag('strict') && misses.length > 0)) process.exit(1);
