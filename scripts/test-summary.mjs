// Adds up the unit (vitest) and API/browser (playwright) results into one closing line, after a
// line for each. A report that is missing (its runner crashed, or never ran) counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

const parts = [];
let failedRuns = 0;

if (existsSync('test-results/unit.json')) {
  const r = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  parts.push(['unit and property (vitest)', r.numPassedTests, r.numFailedTests, r.numPendingTests + (r.numTodoTests ?? 0)]);
} else {
  console.log('unit and property (vitest): no report (test-results/unit.json)');
  failedRuns++;
}
if (existsSync('test-results/e2e.json')) {
  const s = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats;
  parts.push(['API and browser (playwright)', s.expected + (s.flaky ?? 0), s.unexpected, s.skipped]);
} else {
  console.log('API and browser (playwright): no report (test-results/e2e.json)');
  failedRuns++;
}

let passed = 0, failed = 0, skipped = 0;
console.log('');
for (const [name, p, f, s] of parts) {
  console.log(`${name}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p; failed += f; skipped += s;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || failedRuns > 0 || passed === 0 ? 1 : 0);
