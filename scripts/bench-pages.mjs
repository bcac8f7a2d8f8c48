// Throughput and latency of four kinds of request, side by side (npm run bench:pages).
// Figures only: no pass/fail.
//  - a static page: the guidance index (GET /en/guidance), prerendered at build time and served as
//    a file. The start page is not static (it reads ?asOf= and gets a nonce per request, so that its
//    scripts need no 'unsafe-inline': docs/SECURITY.md), so this is the "static page" of issue 6;
//  - the start page (GET /en), rendered per request;
//  - POST /api/v1/assessments: the rules evaluated for a full set of answers;
//  - a result page rendered per request from a URL of answers.
// autocannon, 20 connections, one run each (DURATION seconds, default 10) after a 2-second warm-up.
// Targets: API and result page each at least half the static page's requests per second,
// p99 < 100 ms, 0 errors. The ratio to the start page is printed too.
//
// The machine is shared: other processes take CPU time from the server, and requests per second
// move with them. So the server's own CPU time per request is printed too (from /proc/<pid>/stat,
// user + system, over each measured run): what a request costs, whatever else runs. Its ratio to
// the start page's is the throughput ratio on an otherwise idle machine.
//
// BASE_URL=http://127.0.0.1:3501 npm run bench:pages  measures a running server (its API rate limit
// must be off) instead of building and starting one (started with the rate limit off); give
// SERVER_PID=<pid of its node process> for the CPU figures.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { printTable, runLoad } from './lib/server.mjs';
import { RESULT_QUERY, fmt, withServer } from './lib/target.mjs';

const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = 20;

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) the process has used so far, in ms; null without a pid. */
function cpuMs(pid) {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

// The contract's example (lib/rules/contract/example.json), varied: an older, better-paid engineer in
// Ghent on an open-ended contract, with no vacancy and no shortage-list answers.
const example = JSON.parse(readFileSync(new URL('../lib/rules/contract/example.json', import.meta.url), 'utf8'));
const { onMigrationShortageList, onPesShortageList, ...exampleJob } = example.job;
const answers = {
  asOf: example.asOf,
  workplace: { postcode: '9000' },
  worker: { ...example.worker, age: 35, relevantExperienceYears: 5 },
  job: { ...exampleJob, durationDays: null, grossSalary: { amount: 90000, period: 'year' }, requiredQualificationEqf: 7 },
};

await withServer(async ({ url, pid }) => {
  const targets = [
    ['static page (prerendered)', { url: `${url}/en/guidance` }],
    ['start page', { url: `${url}/en` }],
    [
      'POST /api/v1/assessments',
      { url: `${url}/api/v1/assessments?locale=en`, method: 'POST', body: JSON.stringify(answers), headers: { 'content-type': 'application/json' } },
    ],
    ['result page (from the URL)', { url: `${url}/en/check/result?${RESULT_QUERY}` }],
  ];

  // Each target must answer 200 before it is measured.
  for (const [name, t] of targets) {
    const res = await fetch(t.url, { method: t.method ?? 'GET', body: t.body, headers: t.headers, redirect: 'manual' });
    if (res.status !== 200) throw new Error(`${name}: ${t.method ?? 'GET'} ${t.url} answered ${res.status}`);
    await res.arrayBuffer();
  }

  const results = [];
  for (const [name, t] of targets) {
    await runLoad({ ...t, connections: CONNECTIONS, duration: 2 });
    const before = cpuMs(pid);
    const r = await runLoad({ ...t, connections: CONNECTIONS, duration: DURATION });
    const after = cpuMs(pid);
    r.cpuPerRequest = before !== null && after !== null && r.requests > 0 ? (after - before) / r.requests : null;
    results.push([name, r]);
  }

  const staticRps = results[0][1].requestsPerSecond;
  const startRps = results[1][1].requestsPerSecond;
  const startCpu = results[1][1].cpuPerRequest;
  console.log(`\nautocannon, ${CONNECTIONS} connections, ${DURATION} s per run (after a 2 s warm-up):\n`);
  printTable([
    ['request', 'req/s', 'vs static page', 'vs start page', 'p50', 'p99', 'max', 'requests', 'errors', 'non-2xx', 'timeouts', 'CPU/request', 'capacity vs start page'],
    ...results.map(([name, r]) => [
      name,
      fmt.num(r.requestsPerSecond),
      (r.requestsPerSecond / staticRps).toFixed(2),
      (r.requestsPerSecond / startRps).toFixed(2),
      fmt.ms(r.p50),
      fmt.ms(r.p99),
      fmt.ms(r.max),
      r.requests,
      r.errors,
      r.non2xx,
      r.timeouts,
      r.cpuPerRequest === null ? '-' : fmt.ms(r.cpuPerRequest),
      r.cpuPerRequest && startCpu ? (startCpu / r.cpuPerRequest).toFixed(2) : '-',
    ]),
  ]);
  console.log('\nCPU/request: the server process\'s CPU time (user + system) per request over the run; capacity vs start page = its ratio to the start page\'s.');
  console.log('\nTargets: API and result page "vs static page" >= 0.50, p99 < 100 ms, no errors, non-2xx or timeouts.');

  // The same cost measured so that both pages see the same load from the rest of the machine: one
  // connection, the start page and the result page requested in turn, the server's CPU time read
  // around each request (in clock ticks: summed over many requests, the rounding evens out).
  if (pid) {
    const pair = [results[1][0], targets[1][1].url, results[3][0], targets[3][1].url];
    const spent = [0, 0];
    const ROUNDS = Number(process.env.ROUNDS ?? 300);
    for (let i = 0; i < ROUNDS; i++) {
      for (const k of [0, 1]) {
        const before = cpuMs(pid);
        await (await fetch(pair[k * 2 + 1])).arrayBuffer();
        spent[k] += cpuMs(pid) - before;
      }
    }
    console.log(`\nInterleaved, one connection, ${ROUNDS} rounds: ${pair[0]} ${fmt.ms(spent[0] / ROUNDS)} CPU/request, ${pair[2]} ${fmt.ms(spent[1] / ROUNDS)}: capacity ratio ${(spent[0] / spent[1]).toFixed(2)}.`);
  }
});
