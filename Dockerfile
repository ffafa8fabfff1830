# rsmon image. The TypeScript sources run as they are through tsx (docs/decisions/0002), so there is no
# compile step: the image is the sources plus the production dependencies (tsx is one of them).
#   docker build -t rsmon:local .
#   docker run --rm rsmon:local cases --help

# Node 24 LTS (Node 20 reached its end of life on 2026-04-30; 20.19 stays the floor for machines that
# run rsmon outside Docker). On Node 24 the embedded adapters use the built-in node:sqlite
# (infra/sqlite/, docs/decisions/0015): better-sqlite3, the Node 20 driver, is in the lockfile but
# never loaded here, so its install script (a native build) is skipped and no compiler is needed.
# esbuild (under tsx) ships its binary as a platform package; only its own check script is run.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild esbuild && npm cache clean --force

FROM node:24-bookworm-slim
# SQLITE_DRIVER pinned: a base image without node:sqlite must fail at start, not load an unbuilt addon.
ENV NODE_ENV=production \
    DATA_DIR=/var/lib/rsmon \
    SQLITE_DRIVER=node-sqlite
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
