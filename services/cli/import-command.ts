// `rsmon import FILE`: JSON lines (or CSV with --mapping) into rs.items.raw, then by default
// process them through the pipeline so the cases are ready when the command returns.
import { readFileSync } from 'node:fs';
import { createAdapters } from '../runtime/adapters.ts';
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
  const adapters = await createAdapters(ctx.config);
  const state = openCollectState(ctx.config, ctx.dataDir);
  const services = opts.process === false ? [] : createServices({ bus: adapters.bus, store: adapters.store, log: ctx.log, catalogue: ctx.catalogue, scoring: ctx.scoring, config: ctx.config, alerts: alertsOptions(ctx.config, ctx.dataDir) });
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
