// The collector inside `rsmon run` (continuous form): the collections of COLLECTIONS_FILE whose
// platform has its credentials (Telegram needs none), scheduled by the same collect service as
// `rsmon service collect`, under the same lease, so a separate collect service never doubles it.
import { hostname } from 'node:os';
import type { Bus } from '../../infra/ports/bus.ts';
import { createFileArchive } from '../../infra/evidence/file-archive.ts';
import { collectionsWithWatchlists } from './load-collections.ts';
import { missingCredentials } from '../../connectors/collect/create-source.ts';
import { openCollectState } from '../collect/collect-state.ts';
import { createCollectService } from '../collect/collect-service.ts';
import { evidenceDir } from './collect-command.ts';
import type { CliContext } from './context.ts';

export async function startEmbeddedCollector(ctx: CliContext, bus: Bus): Promise<{ names: string[]; stop(): Promise<void> } | null> {
  const all = collectionsWithWatchlists(ctx).collections;
  const runnable = all.filter((c) => missingCredentials(c.platform, ctx.config).length === 0);
  for (const c of all.filter((x) => !runnable.includes(x))) {
    ctx.log.info({ collection: c.name, missing: missingCredentials(c.platform, ctx.config) }, 'collection not run: credentials not set');
  }
  if (!runnable.length) return null;
  const state = openCollectState(ctx.config, ctx.dataDir);
  const service = createCollectService({
    config: ctx.config,
    collections: runnable,
    bus,
    archive: createFileArchive(evidenceDir(ctx)),
    checkpoints: state.checkpoints,
    lease: state.lease(`${hostname()}:${process.pid}:run`, ctx.config.COLLECT_LEASE_TTL_MS),
    log: ctx.log,
  });
  await service.start();
  return {
    names: runnable.map((c) => c.name),
    async stop() {
      await service.stop();
      await state.close();
    },
  };
}
