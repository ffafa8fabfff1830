// `rsmon service enrich|cases|index`: one service as its own process (BUS=kafka STORE=elasticsearch
// in a deployment). Finishes the batch in hand, commits and disconnects on SIGTERM or SIGINT.
import { createAdapters } from '../runtime/adapters.ts';
import { createServices, SERVICE_NAMES, type ServiceName } from '../runtime/pipeline.ts';
import { GROUPS, MEDIA_GROUP } from '../runtime/consumer-groups.ts';
import { startMetricsServer } from '../runtime/metrics-server.ts';
import { scheduleDigests } from '../alerts/digest.ts';
import { redactConfig } from '../../infra/config/load-config.ts';
import { alertsOptions } from './alerts-options.ts';
import { cliContext, type CliContext } from './context.ts';
import { collectServiceCommand } from './collect-service-command.ts';

const GROUPS_OF: Record<ServiceName, Array<{ group: string; topic: string }>> = {
  enrich: [GROUPS.enrich],
  cases: [GROUPS.cases],
  index: [GROUPS.indexItems, GROUPS.indexCases],
  alerts: [GROUPS.alertsCases, GROUPS.alertsItems],
  mailer: [GROUPS.mailer],
  media: [MEDIA_GROUP],
};

export async function serviceCommand(name: string, opts: { data?: string }): Promise<void> {
  if (name === 'collect') return collectServiceCommand(opts);
  // `media` runs as its own process too (issue 11); it does something only with MEDIA_ANALYSIS=true.
  if (!SERVICE_NAMES.includes(name as ServiceName) && name !== 'media') throw new Error(`unknown service "${name}" (one of ${SERVICE_NAMES.join(', ')}, media, collect)`);
  const ctx = cliContext(opts);
  ctx.log.info({ service: name, config: redactConfig(ctx.config) }, 'starting');
  const adapters = await createAdapters(ctx.config, ctx.log);
  const [service] = createServices({ bus: adapters.bus, store: adapters.store, log: ctx.log, catalogue: ctx.catalogue, scoring: ctx.scoring, maxBatch: ctx.config.ENRICH_BATCH, config: ctx.config, alerts: alertsOptions(ctx), watchlists: ctx.watchlists() }, [name as ServiceName]);
  // Metrics first: /health answers 503 while the consumers join their group (which can take a
  // rebalance), and /metrics shows the lag from the start.
  const server = ctx.config.METRICS_PORT
    ? await startMetricsServer({ port: ctx.config.METRICS_PORT, bus: adapters.bus, store: adapters.store, services: [service!], groups: GROUPS_OF[name as ServiceName], stallMs: ctx.config.CONSUMER_STALL_MS })
    : null;
  await startWithRetry(service!, ctx.log);
  // Digest rules run on their cron schedule inside the alerts service's process.
  const stopDigests = name === 'alerts' ? scheduleDigests({ bus: adapters.bus, store: adapters.store, log: ctx.log }, alertsOptions(ctx).rules) : () => {};
  ctx.log.info({ service: name, metricsPort: ctx.config.METRICS_PORT || null }, 'running');
  process.stderr.write(`rsmon service ${name}: running (bus ${ctx.config.BUS}, store ${ctx.config.STORE})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  ctx.log.info({ service: name }, 'stopping: finishing the batch in hand');
  stopDigests();
  await service!.stop();
  server?.close();
  await adapters.close();
  ctx.log.info({ service: name, counters: service!.counters }, 'stopped');
}

/**
 * A service process starts before or alongside the broker's topic metadata settles (after `setup`,
 * a restart, a rebalance); such start-up errors pass. Retry with capped back-off for about two
 * minutes instead of dying, then give up with the last error.
 */
async function startWithRetry(service: { id: string; start(): Promise<void>; stop(): Promise<void> }, log: CliContext['log']): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (let attempt = 1; ; attempt++) {
    try {
      await service.start();
      return;
    } catch (err) {
      await service.stop().catch(() => {});
      if (Date.now() > deadline) throw err;
      const delay = Math.min(5_000, 250 * 2 ** attempt);
      log.warn({ service: service.id, attempt, delayMs: delay, err: (err as Error).message }, 'start failed; retrying');
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** `rsmon setup`: topics and index templates, for a deployment's one-shot init container. */
export async function setupCommand(opts: { data?: string }): Promise<void> {
  const ctx = cliContext(opts);
  const adapters = await createAdapters(ctx.config, ctx.log);
  await adapters.close();
  process.stdout.write(`topics ensured on ${ctx.config.BUS}, schema ensured on ${ctx.config.STORE}\n`);
}
