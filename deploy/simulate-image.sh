#!/usr/bin/env bash
# Builds and runs what the Dockerfile would, on a machine without a Docker engine:
#   1. context: the working tree minus what .dockerignore leaves out;
#   2. dependencies: `npm ci --ignore-scripts` (SIMULATE_NPM_CI=1), or a hard-linked copy of ./node_modules;
#   3. build: `next build` with NODE_ENV=production and the default dist dir (.next);
#   4. runtime: only .next/standalone + .next/static + public + scripts/serve.mjs (as serve.mjs) and
#      scripts/serve/, owned by root and read-only, started as uid/gid 10001 with `node serve.mjs`,
#      PORT as in the image, PUBLIC_ORIGIN=http://127.0.0.1:<port> (or as given);
#      then the HEALTHCHECK command of the Dockerfile is run against it.
# Usage: bash deploy/simulate-image.sh [workdir] [port]   (leaves the server running; prints its pid)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/work-permit-image}"
port="${2:-3900}"
export NEXT_TELEMETRY_DISABLED=1

rm -rf "$work"
mkdir -p "$work/ctx" "$work/app"

echo "== 1. build context"
(cd "$root" && tar -cf - \
  --exclude=./.git --exclude=./.ci --exclude=./node_modules --exclude='./.next' --exclude='./.next-*' \
  --exclude=./out --exclude=./test-results --exclude=./playwright-report --exclude='*.tsbuildinfo' \
  --exclude=./next-env.d.ts --exclude='./.env*' --exclude=./Dockerfile --exclude=./.dockerignore \
  --exclude=./deploy --exclude=./docs --exclude=./e2e --exclude=./tests \
  --exclude='*.test.ts' --exclude='*.test.tsx' --exclude='*.spec.ts' --exclude='*.bench.ts' \
  --exclude='./.shot-*.mjs' --exclude='*.log' .) | tar -xf - -C "$work/ctx"

echo "== 2. dependencies"
if [ "${SIMULATE_NPM_CI:-0}" = "1" ]; then
  (cd "$work/ctx" && npm ci --ignore-scripts --no-audit --no-fund)
else
  cp -al "$root/node_modules" "$work/ctx/node_modules"
fi

echo "== 3. next build"
(cd "$work/ctx" && NODE_ENV=production node node_modules/next/dist/bin/next build > "$work/build.log" 2>&1) || { tail -40 "$work/build.log"; exit 1; }
test -f "$work/ctx/.next/standalone/server.js"

echo "== 4. runtime image layout"
cp -a "$work/ctx/.next/standalone/." "$work/app/"
mkdir -p "$work/app/.next"
cp -a "$work/ctx/.next/static" "$work/app/.next/static"
cp -a "$work/ctx/public" "$work/app/public"
cp -a "$work/ctx/scripts/serve.mjs" "$work/app/serve.mjs"
cp -a "$work/ctx/scripts/serve" "$work/app/serve"
chown -R root:root "$work/app"
chmod -R a-w "$work/app"
du -sh "$work/app" | sed 's/^/runtime files: /'

cd "$work/app"
env -i PATH="$PATH" NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT="$port" HOSTNAME=127.0.0.1 \
  PUBLIC_ORIGIN="${PUBLIC_ORIGIN:-http://127.0.0.1:$port}" \
  ${ENABLE_TEST_ERROR_ROUTE:+ENABLE_TEST_ERROR_ROUTE=$ENABLE_TEST_ERROR_ROUTE} \
  ${EMBED_EXTRA_ORIGINS:+EMBED_EXTRA_ORIGINS=$EMBED_EXTRA_ORIGINS} \
  ${PUBLIC_CONTACT_EMAIL:+PUBLIC_CONTACT_EMAIL=$PUBLIC_CONTACT_EMAIL} \
  setpriv --reuid 10001 --regid 10001 --clear-groups node serve.mjs > "$work/server.log" 2>&1 &
pid=$!
echo "$pid" > "$work/server.pid"
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/health" > /dev/null && break; sleep 0.2; done

echo "== HEALTHCHECK of the Dockerfile"
PORT="$port" node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" \
  && echo "healthy (pid $pid, http://127.0.0.1:$port, user $(ps -o user= -p "$pid"))"
