#!/usr/bin/env bash
# The one test command (npm test): type check, unit tests, production build, API and browser tests.
# It prints a closing line "tests: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json

bash scripts/ensure-chromium.sh || { echo "could not install Chromium"; exit 1; }

step() { echo; echo "=== $1"; }
status=0

step "type check"
npx tsc --noEmit || status=1

step "lint (the import boundaries of docs/ARCHITECTURE.md)"
npx eslint --max-warnings 0 . || status=1

step "unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json || status=1

step "production build"
npx next build || { echo "build failed"; status=1; }

if [ -f "${NEXT_DIST_DIR:-.next}/standalone/server.js" ]; then
  step "API and browser tests (playwright, against the production build)"
  npx playwright test || status=1
fi

node scripts/test-summary.mjs || status=1
exit $status
