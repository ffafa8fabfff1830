// `rsmon service collect`: the scheduled collector as a long-lived process. One per deployment holds
// the collect lease; another started beside it waits (its /health says so) and takes over within
// COLLECT_LEASE_TTL_MS once the holder dies. SIGTERM or SIGINT finishes the page in hand and exits.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createBus } from '../runtime/adapters.ts';
import { TOPIC_SPECS } from '../runtime/topic-specs.ts';
import { startMetricsServer } from '../runtime/metrics-server.ts';
import { redactConfig } from '../../infra/config/load-config.ts';
import { createFileArchive } from '../../infra/evidence/file-archive.ts';
import { collectionsWithWatchlists } from './load-collections.ts';
import { openCollectState } from '../collect/collect-state.ts';
import { createCollectService } from '../collect/collect-service.ts';
import { evidenceDir } from './collect-command.ts';
import { cliContext } from './context.ts';

export async function collectServiceCommand(opts: { data?: string }): Promise<void> {
  const ctx = cliContext(opts);
  ctx.log.info({ service: 'collect', config: redactConfig(ctx.config) }, 'starting');
  const collections = collectionsWithWatchlists(ctx).collections;
  const bus = await createBus(ctx.config);
  await bus.ensureTopics(TOPIC_SPECS);
  const state = openCollectState(ctx.config, ctx.dataDir);
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const service = createCollectService({
    config: ctx.config,
    collections,
    bus,
    archive: createFileArchive(evidenceDir(ctx)),
    checkpoints: state.checkpoints,
    lease: state.lease(owner, ctx.config.COLLECT_LEASE_TTL_MS),
    log: ctx.log,
  });
  let server: Server | null = null;
  if (ctx.config.METRICS_PORT) {
    server = await startMetricsServer({
      port: ctx.config.METRICS_PORT,
      bus,
      services: [{ ...service, counters: { consumed: 0, produced: 0, deadLettered: 0, retries: 0 } }],
      groups: [],
      registerExtra: (r) => service.registerMetrics(r),
    });
  }
  await service.start();
  const h = service.health().detail;
  ctx.log.info({ service: 'collect', owner, state: h.state, collections: collections.length }, 'running');
  process.stderr.write(`rsmon service collect: ${String(h.state)} (${collections.length} collections, bus ${ctx.config.BUS}, store ${ctx.config.STORE})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  ctx.log.info({ service: 'collect' }, 'stopping: finishing the page in hand');
  await service.stop();
  server?.close();
  await bus.close();
  await state.close();
  ctx.log.info({ service: 'collect', metrics: service.metrics }, 'stopped');
}
