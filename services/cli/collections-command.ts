// `rsmon collections status [--json]`: per collection, when it last ran and succeeded, what it has
// gathered, where its cursor stands, when it runs next and the last error (credentials, quota...).
import { createTask } from 'node-cron';
import type { Collection } from '../../connectors/collect/collections-file.ts';
import { collectionsWithWatchlists } from './load-collections.ts';
import { missingCredentials } from '../../connectors/collect/create-source.ts';
import type { Checkpoint } from '../../connectors/collect/checkpoints.ts';
import { checkpointStoreFor } from './collect-command.ts';
import { cliContext } from './context.ts';
import { terminalSafe, terminalSafeJson } from './terminal-text.ts';

export interface CollectionStatus {
  name: string;
  platform: string;
  schedule: string;
  timezone: string;
  nextRun: string | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  items: number;
  pages: number;
  requests: number;
  cursor: Record<string, unknown>;
  quota: Record<string, number>;
  missingCredentials: string[];
}

function nextRun(c: Collection): string | null {
  // A task that is created, asked and destroyed: node-cron computes the next time in the zone.
  const task = createTask(c.schedule, () => undefined, { timezone: c.timezone });
  try {
    // getNextRun() answers null for a task that is not started; getNextRuns computes from the pattern alone.
    return task.getNextRuns(1)[0]?.toISOString() ?? null;
  } finally {
    void task.destroy();
  }
}

export function collectionStatus(c: Collection, cp: Checkpoint, missing: string[]): CollectionStatus {
  return {
    name: c.name,
    platform: c.platform,
    schedule: c.schedule,
    timezone: c.timezone,
    nextRun: nextRun(c),
    lastRunAt: cp.lastRunAt,
    lastSuccessAt: cp.lastSuccessAt,
    lastError: cp.lastError,
    items: cp.items,
    pages: cp.pages,
    requests: cp.requests,
    cursor: cp.cursor,
    quota: cp.quota,
    missingCredentials: missing,
  };
}

export async function collectionsStatusCommand(opts: { data?: string; json?: boolean }): Promise<void> {
  const ctx = cliContext(opts);
  const collections = collectionsWithWatchlists(ctx).collections;
  const checkpoints = await checkpointStoreFor(ctx).all();
  if (!collections.length) process.stderr.write(`${ctx.config.COLLECTIONS_FILE} lists no collections\n`);
  for (const c of collections) {
    const s = collectionStatus(c, checkpoints[c.name] ?? (await checkpointStoreFor(ctx).get(c.name)), missingCredentials(c.platform, ctx.config));
    if (opts.json) {
      process.stdout.write(`${terminalSafeJson(s)}\n`);
      continue;
    }
    const lines = [
      `${s.name} (${s.platform}) ${s.schedule} ${s.timezone}`,
      `  last run: ${s.lastRunAt ?? 'never'}   last success: ${s.lastSuccessAt ?? 'never'}   next run: ${s.nextRun ?? 'unknown'}`,
      `  items: ${s.items}   pages: ${s.pages}   requests: ${s.requests}${Object.keys(s.quota).length ? `   quota units: ${Object.entries(s.quota).map(([d, u]) => `${d} ${u}`).join(', ')}` : ''}`,
      `  cursor: ${terminalSafe(JSON.stringify(s.cursor))}`,
      ...(s.missingCredentials.length ? [`  missing credentials: ${s.missingCredentials.join(', ')}`] : []),
      ...(s.lastError ? [`  last error: ${terminalSafe(s.lastError)}`] : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

/** What each collection sends to its platform: its own terms, and a watchlist's translated query with what was dropped. */
export function collectionsQueriesCommand(names: string[], opts: { data?: string; json?: boolean }): void {
  const ctx = cliContext(opts, process.env, 'read');
  const { collections, translations } = collectionsWithWatchlists(ctx);
  const chosen = names.length ? collections.filter((c) => names.includes(c.name)) : collections;
  const unknown = names.filter((n) => !collections.some((c) => c.name === n));
  if (unknown.length) throw new Error(`no collection ${unknown.map((n) => `"${n}"`).join(', ')} in ${ctx.config.COLLECTIONS_FILE}`);
  for (const c of chosen) {
    const t = translations.get(c.name);
    const searches = c.platform === 'x' ? c.search : c.platform === 'youtube' ? c.search.map((s) => s.q) : c.platform === 'telegram' ? [] : c.searchTerms;
    const row = { name: c.name, platform: c.platform, watchlist: c.watchlist ?? null, searches, fromWatchlist: t?.searches ?? [], notes: t?.notes ?? [] };
    if (opts.json) {
      process.stdout.write(`${terminalSafeJson(row)}\n`);
      continue;
    }
    const lines = [`${terminalSafe(c.name)} (${c.platform})${c.watchlist ? `, watchlist ${terminalSafe(c.watchlist)}` : ''}`];
    for (const s of searches) lines.push(`  search: ${terminalSafe(s)}${row.fromWatchlist.includes(s) ? '   (from the watchlist)' : ''}`);
    for (const n of row.notes) lines.push(`  note: ${terminalSafe(n)}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
