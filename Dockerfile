# syntax=docker/dockerfile:1
#
# Belgian Work Permit Check: production image (docs/DEPLOYMENT.md).
# Three stages: dependencies -> build -> runtime. The runtime image holds only Next's standalone
# build (and the node_modules it traced), the static assets, the public files and our server
# (scripts/serve.mjs, the same that `npm start` and the tests run); it runs as an unprivileged user
# and needs no writable file system.
#
#   docker build -t work-permit-check .
#   docker run --rm -p 3000:3000 --read-only -e PUBLIC_ORIGIN=https://werkvergunning.example.be \
#     -e PUBLIC_CONTACT_EMAIL=contact@example.be work-permit-check

ARG NODE_IMAGE=node:20-bookworm-slim

# --- 1. dependencies ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    npm_config_fund=false \
    npm_config_audit=false \
    npm_config_update_notifier=false
COPY package.json package-lock.json ./
# Exactly the lockfile. No install scripts: nothing in the tree needs one to build (the native
# compilers of Next.js, Tailwind and Lightning CSS come as prebuilt optional packages).
RUN npm ci --ignore-scripts

# --- 2. build ----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The rules data ships with the build: a new year's figures mean a new image (docs/DEPLOYMENT.md).
RUN npx next build \
 && test -f .next/standalone/server.js

# --- 3. runtime --------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0

# A fixed numeric user, so that Kubernetes can check runAsNonRoot. It owns nothing: the
# application files belong to root and are read-only for it.
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app

COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/scripts/serve.mjs ./serve.mjs
COPY --from=build /app/scripts/serve ./serve

USER 10001:10001
EXPOSE 3000

# Liveness of the container on its own (Kubernetes uses its own probes, deploy/deployment.yaml).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# scripts/serve.mjs: Next's standalone build behind our http.Server (timeouts, methods, client
# address; docs/SECURITY.md). It refuses to start without PUBLIC_ORIGIN, since it listens on
# 0.0.0.0, and stops cleanly on SIGTERM (docker stop, Kubernetes).
CMD ["node", "serve.mjs"]
