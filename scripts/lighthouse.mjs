// Prints Lighthouse 12 scores (mobile emulation, its default) for the start page, a question page
// and a result page (npm run lighthouse). Figures only: no pass/fail.
// Targets: performance >= 0.95, accessibility 1.0, best practices 1.0, SEO >= 0.95 on the start
// page (question and result pages are noindex on purpose, so their SEO score is lower by design).
//
// Debian's Chromium, started by chrome-launcher with the flags of scripts/lib/target.mjs.
// Each page is measured RUNS times (default 3) and the median performance run is kept, as
// Lighthouse recommends; the other categories do not vary between runs.
// BASE_URL=http://127.0.0.1:3501 npm run lighthouse  measures a running server instead of building one.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { printTable } from './lib/server.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, RESULT_QUERY, withServer } from './lib/target.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const pages = [
  ['start page', '/en'],
  ['question page', '/en/check/workplace'],
  ['result page', `/en/check/result?${RESULT_QUERY}`],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The audits of a category that did not get full marks (what to look at when a score is below 1). */
function shortfalls(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${audit.score})`);
}

await withServer(async ({ url }) => {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const rows = [['page', ...categories, 'FCP', 'LCP', 'TBT', 'CLS']];
  const notes = [];
  try {
    for (const [name, path] of pages) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
        runs.push(result.lhr);
      }
      const lhr = median(runs);
      const audit = (id) => lhr.audits[id]?.displayValue ?? '-';
      rows.push([
        name,
        ...categories.map((c) => lhr.categories[c].score?.toFixed(2) ?? '-'),
        audit('first-contentful-paint'),
        audit('largest-contentful-paint'),
        audit('total-blocking-time'),
        audit('cumulative-layout-shift'),
      ]);
      for (const c of categories) {
        const missing = shortfalls(lhr, c);
        if (missing.length) notes.push(`${name}, ${c}: ${missing.join(', ')}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  console.log(`\nLighthouse ${lighthouse.version ?? '12'} (mobile emulation, simulated throttling), median of ${RUNS} runs by performance:\n`);
  printTable(rows);
  if (notes.length) {
    console.log('\nAudits below full marks:');
    for (const note of notes) console.log(`  ${note}`);
  }
});
