// `rsmon cases rebuild [--pair KEY]`: every case (or one pair's) rebuilt from all stored evidence with
// today's scoring and catalogue, published to rs.cases and stored by the index service before the
// command returns.
import { createAdapters } from '../runtime/adapters.ts';
import { createServices, waitForDrain } from '../runtime/pipeline.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { rebuildCases } from '../cases/rebuild-cases.ts';
import { cliContext } from './context.ts';

export async function casesRebuildCommand(opts: { data?: string; pair?: string }): Promise<void> {
  const ctx = cliContext(opts);
  const adapters = await createAdapters(ctx.config, ctx.log);
  const index = createServices({ bus: adapters.bus, store: adapters.store, log: ctx.log, catalogue: ctx.catalogue, scoring: ctx.scoring, config: ctx.config }, ['index']);
  let progress = false;
  try {
    for (const s of index) await s.start();
    const r = await rebuildCases(
      {
        bus: adapters.bus, store: adapters.store, catalogue: ctx.catalogue, scoring: ctx.scoring,
        onProgress: (p) => (progress = process.stderr.write(`\rrebuilding: ${p.pairs} cases from ${p.evidence} evidence documents`)),
      },
      { pair: opts.pair },
    );
    if (progress) process.stderr.write('\n');
    if (opts.pair && r.pairs === 0) throw new Error(`no evidence for pair ${JSON.stringify(opts.pair)} (a pair key is "<platform>:<handle>|<firm id>", as \`rsmon cases --json\` shows in "id")`);
    // Stored before returning: the index service's group has read everything published.
    await waitForDrain(adapters.bus, { groups: [GROUPS.indexCases] });
    process.stdout.write(`rebuilt ${r.pairs} cases from ${r.evidence} evidence documents\n`);
  } finally {
    for (const s of [...index].reverse()) await s.stop();
    await adapters.close();
  }
}
