# rsmon image. The TypeScript sources run as they are through tsx (docs/decisions/0002), so there is no
# compile step: the image is the sources plus the production dependencies (tsx is one of them).
#   docker build -t rsmon:local .
#   docker run --rm rsmon:local cases --help

# Dependencies in their own stage: better-sqlite3 is native and falls back to compiling when no prebuilt
# binary matches the platform, so the toolchain is needed here, never in the final image.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/var/lib/rsmon
WORKDIR /app
# Code and dependencies stay root-owned: the service user can read them, not rewrite them.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY config ./config
COPY connectors ./connectors
COPY dashboards ./dashboards
COPY infra ./infra
COPY pipelines ./pipelines
COPY services ./services
# The only writable place: ingest cursors, imported ESMA registers, SQLite files in embedded mode.
RUN mkdir -p /var/lib/rsmon && chown node:node /var/lib/rsmon
# `node` (uid 1000) comes with the base image.
USER node
VOLUME ["/var/lib/rsmon"]
# METRICS_PORT in docker-compose.yml: GET /health and /metrics.
EXPOSE 9464
# No HEALTHCHECK here: most commands are one-shot; the long-running services get theirs in docker-compose.yml.
ENTRYPOINT ["node", "bin/rsmon.js"]
CMD ["--help"]
