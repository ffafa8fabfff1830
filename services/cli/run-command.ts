// `rsmon run [--once]`: the whole pipeline in one process. With --once it ingests what the
// connectors have now, waits until every consumer group has drained, prints the cases and exits.
import { createAdapters } from '../runtime/adapters.ts';
import { createServices, waitForDrain } from '../runtime/pipeline.ts';
import { ingestSource, type IngestProgress, type IngestSource } from '../ingest/ingest-service.ts';
import { checkpointCursorStore } from '../ingest/ingest-cursor.ts';
import { openCollectState } from '../collect/collect-state.ts';
import { alertsOptions } from './alerts-options.ts';
import { cliContext } from './context.ts';
import { progressPrinter } from './progress.ts';
import { fileSource, sampleSource } from './sources.ts';
import { readAllCases } from './read-cases.ts';
import { formatCase, levelAtLeast, sortCases } from './print-cases.ts';
import { terminalSafe } from './terminal-text.ts';
import { startEmbeddedCollector } from './run-collector.ts';
import { scheduleDigests } from '../alerts/digest.ts';
import { emlDir } from '../../infra/mail/mail-transport.ts';
import { redactUrl } from '../../infra/log/redact-url.ts';

export interface RunOptions {
  once?: boolean;
  data?: string;
  input?: string[];
  sample?: boolean;
  quiet?: boolean;
}

export async function runCommand(opts: RunOptions): Promise<void> {
  const ctx = cliContext(opts);
  const adapters = await createAdapters(ctx.config);
  const alerts = alertsOptions(ctx);
  const services = createServices({ bus: adapters.bus, store: adapters.store, log: ctx.log, catalogue: ctx.catalogue, scoring: ctx.scoring, maxBatch: ctx.config.ENRICH_BATCH, config: ctx.config, alerts, watchlists: ctx.watchlists() });
  const alertRules = alerts.rules;
  const state = openCollectState(ctx.config, ctx.dataDir);
  const cursors = checkpointCursorStore(state.checkpoints);

  const sources: IngestSource[] = (opts.input ?? []).map((f) => fileSource(f));
  if (sources.length === 0 && opts.sample !== false) sources.push(sampleSource());

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    for (const s of [...services].reverse()) await s.stop();
    await adapters.close();
    await state.close();
  };

  for (const s of services) await s.start();
  const ingested: IngestProgress[] = [];
  for (const source of sources) {
    const progress = progressPrinter();
    ingested.push(await ingestSource(source, { bus: adapters.bus, log: ctx.log, cursors, onProgress: progress.update }));
    progress.done();
  }

  if (!opts.once) {
    // The continuous form also collects: the configured collections that can run (credentials set,
    // or Telegram) on their schedules. --once never collects (`rsmon collect --once` does), so the
    // sample run (`npm start`) stays offline whatever COLLECTIONS_FILE holds.
    const collector = await startEmbeddedCollector(ctx, adapters.bus);
    const stopDigests = scheduleDigests({ bus: adapters.bus, store: adapters.store, log: ctx.log }, alertRules);
    process.stderr.write(`rsmon: pipeline running${collector ? `, collecting ${collector.names.join(', ')}` : ''}; Ctrl-C to stop\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await collector?.stop();
    stopDigests();
    await shutdown();
    return;
  }

  await waitForDrain(adapters.bus);
  await adapters.store.refresh();
  const cases = sortCases(await readAllCases(adapters.store));
  const itemCount = await adapters.store.count('items');
  const counters = Object.fromEntries(services.map((s) => [s.id, s.counters]));
  const alertCount = await adapters.store.count('alerts');
  const pendingDigest = await adapters.store.count('alerts', { status: 'pending' });
  const watchlists = ctx.watchlists().filter((w) => !w.onCases);
  const hits: Array<[string, number]> = [];
  for (const w of watchlists) hits.push([w.name, await adapters.store.count('items', { 'enrichment.watchlistHits.watchlist': w.name })]);
  await shutdown();

  if (opts.quiet) return;
  const out = process.stdout;
  for (const p of ingested) out.write(`ingested ${terminalSafe(p.source)}: ${p.records} records, ${p.published} published, ${p.deadLettered} dead-lettered${p.skipped ? `, ${p.skipped} skipped (already ingested)` : ''}\n`);
  out.write(`enriched ${counters.enrich?.produced ?? 0} items this run (${counters.enrich?.deadLettered ?? 0} dead-lettered); ${itemCount} items stored\n`);
  const by = (lvl: string) => cases.filter((c) => c.level === lvl).length;
  out.write(`cases: ${cases.length} person x firm pairs: ${by('high')} high, ${by('medium')} medium, ${by('low')} low, ${by('none')} none\n\n`);
  const shown = cases.filter((c) => levelAtLeast(c.level, 'medium'));
  out.write(shown.length ? 'Persons soliciting for third-country firms (medium and high):\n\n' : 'No case reached medium.\n');
  for (const c of shown) out.write(`${formatCase(c)}\n\n`);
  const low = cases.filter((c) => c.level === 'low');
  if (low.length) out.write(`${low.length} low cases (acting signs without EU nexus, or weak): rsmon cases --min-level low\n`);
  if (hits.length) out.write(`watchlists: ${hits.map(([n, c]) => `${terminalSafe(n)} ${c}`).join(', ')} items: rsmon search 'watchlist:NAME'\n`);
  const sent = counters.mailer?.produced ?? 0;
  const where = ctx.config.SMTP_URL ? `sent to ${redactUrl(ctx.config.SMTP_URL)}` : `written as .eml files in ${emlDir(ctx.dataDir)}`;
  if (!alertRules.length) out.write(`alerts: no rules (${terminalSafe(ctx.config.ALERTS_FILE)} not found)\n`);
  else out.write(`alerts: ${counters.alerts?.produced ?? 0} produced this run (${alertCount} stored, ${pendingDigest} waiting for a digest); ${sent} e-mails ${where}: rsmon alerts list\n`);
}
