// One run of one collection: page by page, archive the raw bytes, map them, publish the items and
// the refused records, and only then advance the cursor. The order is what makes a crash safe: a
// page archived but not published is fetched again; a page published but whose cursor was not
// saved is published again, and ids (<platform>:<native id>) make that a no-op downstream.
import type { Bus, OutgoingMessage } from '../../infra/ports/bus.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { EvidenceArchive } from '../../infra/evidence/file-archive.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { publishDeadLetters } from '../../services/runtime/dead-letter.ts';
import type { CheckpointStore } from './checkpoints.ts';
import type { Collection } from './collections-file.ts';
import { CollectError } from './collect-errors.ts';
import type { MappedPage, PageContext } from './mapped-page.ts';

export interface FetchedPage {
  /** The response bytes as received, with our own credentials masked (never archive a secret). */
  bytes: Buffer;
  /** Other responses the page was built from (a listing, channel facts): archived too, as evidence. */
  extraBytes?: Buffer[];
  /** Human-readable origin of the page, e.g. `search "bybit" page 2`: becomes source.query. */
  label: string;
  map(ctx: PageContext): MappedPage;
  /** The collection's cursor once this page is published. */
  cursor: Record<string, unknown>;
  /** HTTP requests made to get this page (retries included). */
  requests: number;
  /** Quota units spent (YouTube), keyed by quota day. */
  quota?: { day: string; units: number };
}

export interface Source {
  /** `quota`: units spent per quota day so far (from the checkpoint), for sources with a daily budget. */
  pages(collection: Collection, cursor: Record<string, unknown>, state: { quota: Readonly<Record<string, number>> }): AsyncIterable<FetchedPage>;
}

export interface RunReport {
  collection: string;
  pages: number;
  requests: number;
  items: number;
  deadLettered: number;
  notices: number;
  error: CollectError | null;
}

export interface RunDeps {
  bus: Bus;
  archive: EvidenceArchive;
  checkpoints: CheckpointStore;
  log: Logger;
  now?: () => Date;
  /** Asked after each published page: true stops the run there (SIGTERM finishes the page in hand). */
  shouldStop?: () => boolean;
  /** Called after each published page (metrics of a long-lived collect service). */
  onPage?: (page: { items: number; requests: number; quotaUnits: number }) => void;
}

export async function runCollection(collection: Collection, source: Source, deps: RunDeps): Promise<RunReport> {
  const now = deps.now ?? (() => new Date());
  const cp = await deps.checkpoints.get(collection.name);
  cp.lastRunAt = now().toISOString();
  const report: RunReport = { collection: collection.name, pages: 0, requests: 0, items: 0, deadLettered: 0, notices: 0, error: null };
  let stopped = false;
  try {
    for await (const page of source.pages(collection, cp.cursor, { quota: { ...cp.quota } })) {
      for (const extra of page.extraBytes ?? []) await deps.archive.put(extra);
      const entry = await deps.archive.put(page.bytes);
      const mapped = page.map({ collectedAt: now().toISOString(), query: `${collection.name}: ${page.label}`, pageSha256: entry.sha256 });
      const items: OutgoingMessage[] = [];
      const dead: DeadLetter[] = [];
      for (const r of mapped.records) {
        if (r.result.tag === 'ok') items.push({ key: r.result.value.id, value: JSON.stringify(r.result.value) });
        else if (r.result.tag === 'dlq') {
          dead.push({ value: r.raw, key: null, reason: r.result.reason, sourceTopic: `collect:${collection.name}`, stage: 'collect', record: `${entry.ref}#${r.pointer}` });
        }
      }
      if (items.length) await deps.bus.publish(TOPICS.raw, items);
      await publishDeadLetters(deps.bus, dead);
      for (const d of dead) deps.log.warn({ collection: collection.name, record: d.record, reason: d.reason }, 'dead-lettered');
      for (const n of mapped.notices) deps.log.info({ collection: collection.name, page: page.label }, `platform notice: ${n}`);
      report.pages++;
      report.requests += page.requests;
      report.items += items.length;
      report.deadLettered += dead.length;
      report.notices += mapped.notices.length;
      cp.cursor = page.cursor;
      cp.pages++;
      cp.requests += page.requests;
      cp.items += items.length;
      if (page.quota) cp.quota = { [page.quota.day]: (cp.quota[page.quota.day] ?? 0) + page.quota.units };
      await deps.checkpoints.put(collection.name, cp);
      deps.onPage?.({ items: items.length, requests: page.requests, quotaUnits: page.quota?.units ?? 0 });
      if (deps.shouldStop?.()) {
        stopped = true;
        break;
      }
    }
    // A run stopped early is not a success: the next run goes on from the saved cursor.
    if (!stopped) {
      cp.lastSuccessAt = now().toISOString();
      cp.lastError = null;
    }
  } catch (e) {
    const err = e instanceof CollectError ? e : new CollectError('transient', (e as Error).message, { cause: e });
    report.error = err;
    if (err.cursor) cp.cursor = err.cursor;
    cp.lastError = `${err.kind}: ${err.message}`;
    deps.log.error({ collection: collection.name, kind: err.kind }, `collection failed: ${err.message}`);
  }
  await deps.checkpoints.put(collection.name, cp);
  return report;
}
