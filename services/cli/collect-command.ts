// `rsmon collect [NAME...] --once`: run the configured collections now, publish what they fetch to
// rs.items.raw, and exit (like `import --no-process`; `rsmon run --once --no-sample` processes it).
// A collection that fails (credentials, quota, a platform error) is reported and the others go on.
import { join, resolve } from 'node:path';
import { createBus } from '../runtime/adapters.ts';
import { TOPIC_SPECS } from '../runtime/topic-specs.ts';
import { createFileArchive } from '../../infra/evidence/file-archive.ts';
import type { Collection } from '../../connectors/collect/collections-file.ts';
import { collectionsWithWatchlists } from './load-collections.ts';
import type { CheckpointStore } from '../../connectors/collect/checkpoints.ts';
import { openCollectState } from '../collect/collect-state.ts';
import { createSource } from '../../connectors/collect/create-source.ts';
import { CollectError } from '../../connectors/collect/collect-errors.ts';
import { runCollection, type RunReport } from '../../connectors/collect/run-collection.ts';
import { terminalSafe } from './terminal-text.ts';
import { cliContext, type CliContext } from './context.ts';

/** Exit code when some collections failed and others ran (like rsync's "partial transfer"). */
export const EXIT_SOME_FAILED = 3;

/** The data dir's checkpoint file, or the shared store's checkpoints when STORE=elasticsearch. */
export function checkpointStoreFor(ctx: CliContext): CheckpointStore {
  return openCollectState(ctx.config, ctx.dataDir).checkpoints;
}

export function evidenceDir(ctx: CliContext): string {
  return resolve(ctx.config.EVIDENCE_DIR ?? join(ctx.dataDir, 'evidence'));
}

export function selectCollections(all: Collection[], names: string[]): Collection[] {
  if (!names.length) return all;
  const unknown = names.filter((n) => !all.some((c) => c.name === n));
  if (unknown.length) throw new Error(`no collection named ${unknown.join(', ')} (known: ${all.map((c) => c.name).join(', ') || 'none'})`);
  return all.filter((c) => names.includes(c.name));
}

function summary(r: RunReport): string {
  const base = `${r.collection}: ${r.pages} pages, ${r.requests} requests, ${r.items} items, ${r.deadLettered} dead-lettered`;
  return r.error ? `${base}; FAILED (${r.error.kind}): ${terminalSafe(r.error.message)}` : base;
}

export async function collectCommand(names: string[], opts: { data?: string; once?: boolean }): Promise<void> {
  if (!opts.once) throw new Error('`rsmon collect` runs the collections once: pass --once (the scheduled form is `rsmon service collect`)');
  const ctx = cliContext(opts);
  const collections = selectCollections(collectionsWithWatchlists(ctx, { mustExist: true }).collections, names);
  if (!collections.length) {
    process.stderr.write(`${ctx.config.COLLECTIONS_FILE} lists no collections\n`);
    return;
  }
  const bus = await createBus(ctx.config);
  await bus.ensureTopics(TOPIC_SPECS);
  const state = openCollectState(ctx.config, ctx.dataDir);
  const deps = { bus, archive: createFileArchive(evidenceDir(ctx)), checkpoints: state.checkpoints, log: ctx.log };
  const reports: RunReport[] = [];
  try {
    for (const c of collections) {
      let report: RunReport;
      try {
        report = await runCollection(c, createSource(c, ctx.config), deps);
      } catch (e) {
        // The source could not be built (missing credentials): the collection fails, the others run.
        const err = e instanceof CollectError ? e : new CollectError('config', (e as Error).message, { cause: e });
        const cp = await deps.checkpoints.get(c.name);
        cp.lastRunAt = new Date().toISOString();
        cp.lastError = `${err.kind}: ${err.message}`;
        await deps.checkpoints.put(c.name, cp);
        report = { collection: c.name, pages: 0, requests: 0, items: 0, deadLettered: 0, notices: 0, error: err };
      }
      reports.push(report);
      process.stdout.write(`${summary(report)}\n`);
    }
  } finally {
    await bus.close();
    await state.close();
  }
  const failed = reports.filter((r) => r.error).length;
  if (failed) {
    process.stderr.write(`${failed} of ${reports.length} collections failed; see \`rsmon collections status\`\n`);
    process.exitCode = EXIT_SOME_FAILED;
  }
}
