// `rsmon import FILE`: JSON lines (or CSV with --mapping) into rs.items.raw, then by default
// process them through the pipeline so the cases are ready when the command returns.
import { readFileSync } from 'node:fs';
import { createAdapters, createBus } from '../runtime/adapters.ts';
import { TOPIC_SPECS } from '../runtime/topic-specs.ts';
import { createServices, waitForDrain } from '../runtime/pipeline.ts';
import { alertsOptions } from './alerts-options.ts';
import { ingestSource } from '../ingest/ingest-service.ts';
import { checkpointCursorStore } from '../ingest/ingest-cursor.ts';
import { openCollectState } from '../collect/collect-state.ts';
import { cliContext } from './context.ts';
import { progressPrinter } from './progress.ts';
import { fileSource } from './sources.ts';

export async function importCommand(
  file: string,
  opts: { data?: string; mapping?: string; process?: boolean; encoding?: string; delimiter?: string },
): Promise<void> {
  const ctx = cliContext(opts);
  let mapping: Record<string, unknown> | undefined;
  if (opts.mapping) {
    try {
      mapping = JSON.parse(readFileSync(opts.mapping, 'utf8'));
    } catch (err) {
      throw new Error(`mapping file ${opts.mapping}: ${(err as Error).message}`);
    }
  }
  const source = fileSource(file, { csvMapping: mapping, csv: { encoding: opts.encoding, delimiter: opts.delimiter } });
  // --no-process only publishes, so it opens the bus alone: with Kafka up, an import goes on while
  // the store (Elasticsearch) is down, and the index service catches up when it is back.
  const adapters = opts.process === false ? await busOnly(ctx.config, ctx.log) : await createAdapters(ctx.config);
  const state = openCollectState(ctx.config, ctx.dataDir);
  const services = !adapters.store ? [] : createServices({ bus: adapters.bus, store: adapters.store, log: ctx.log, catalogue: ctx.catalogue, scoring: ctx.scoring, config: ctx.config, alerts: alertsOptions(ctx), watchlists: ctx.watchlists() });
  try {
    for (const s of services) await s.start();
    const progress = progressPrinter();
    const p = await ingestSource(source, { bus: adapters.bus, log: ctx.log, cursors: checkpointCursorStore(state.checkpoints), onProgress: progress.update });
    progress.done();
    if (services.length) await waitForDrain(adapters.bus);
    process.stdout.write(`imported ${file}: ${p.records} records, ${p.published} published, ${p.deadLettered} dead-lettered${p.skipped ? `, ${p.skipped} skipped (already imported)` : ''}\n`);
  } finally {
    for (const s of [...services].reverse()) await s.stop();
    await adapters.close();
    await state.close();
  }
}

async function busOnly(config: Parameters<typeof createBus>[0], log: Parameters<typeof createBus>[1]) {
  const bus = await createBus(config, log);
  await bus.ensureTopics(TOPIC_SPECS);
  return { bus, store: undefined, close: () => bus.close() };
}
