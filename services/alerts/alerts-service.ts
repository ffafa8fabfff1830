// Alerts service: rs.cases and rs.items.enriched -> rules -> rs.alerts. Every alert is first written
// to the store's `alerts` index under an id derived from its deduplication key (rule, subject,
// level); a key already there is not published again, so a redelivered case or item never alerts
// twice. Digest rules only collect (status `pending`); the digest tick publishes them together.
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { caseSchema, type Case } from '../../pipelines/contracts/case.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { Alert } from '../../pipelines/contracts/alert.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import { alertItemSchema, type AlertItem } from '../../pipelines/alerts/alert-subjects.ts';
import { caseAlerts, caseWatchlistAlerts, itemAlerts } from '../../pipelines/alerts/evaluate-rules.ts';
import type { Watchlist } from '../../pipelines/watchlists/watchlists-file.ts';
import { decodeMessage } from '../runtime/decode-message.ts';
import { decodeShared } from '../runtime/shared-decode.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';

export interface AlertsServiceDeps {
  bus: Bus;
  store: Store;
  rules: AlertRule[];
  /** Case watchlists named by rules are matched here, on each case update. */
  watchlists?: readonly Watchlist[];
  log: Logger;
  now?: () => Date;
  /** How long an alert waits for its evidence items to be indexed (the index service runs alongside). */
  evidenceWaitMs?: number;
}

/** Most evidence items an alert lists; the case in the store has them all. */
const MAX_EVIDENCE = 20;
/**
 * The cases and index services read the same items in parallel, so a case can reach high before its
 * newest item is stored. A supervisor's mail without the evidence link is worth much less, so the
 * alert waits a little for it; past this it goes out naming the item without its link.
 */
const EVIDENCE_WAIT_MS = 15_000;

/**
 * Writes the alerts not yet known and publishes the immediate ones. Written before published: a
 * crash in between leaves an alert in the store that the mailer never saw, so publishing also
 * happens for a known key whose alert is still `written` (never for `published` or later).
 */
export async function emitAlerts(bus: Bus, store: Store, alerts: Alert[]): Promise<number> {
  const fresh: Alert[] = [];
  for (const a of alerts) {
    const known = await store.get('alerts', a.id);
    if (known && known.status !== 'written') continue;
    if (!fresh.some((f) => f.id === a.id)) fresh.push(a);
  }
  if (!fresh.length) return 0;
  await store.upsert('alerts', fresh.map((a) => ({ id: a.id, doc: { ...a, status: a.mode === 'digest' ? 'pending' : 'written' } })));
  const immediate = fresh.filter((a) => a.mode !== 'digest');
  if (immediate.length) {
    await bus.publish(TOPICS.alerts, immediate.map((a) => ({ key: a.id, value: JSON.stringify(a) })));
    await store.upsert('alerts', immediate.map((a) => ({ id: a.id, doc: { status: 'published' } })));
  }
  await store.refresh('alerts');
  return fresh.length;
}

export function createAlertsService(deps: AlertsServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const caseWatchlists = new Set((deps.watchlists ?? []).filter((w) => w.onCases).map((w) => w.name));

  async function storedItem(id: string, deadline: number): Promise<AlertItem | null> {
    for (let delay = 100; ; delay = Math.min(delay * 2, 2000)) {
      const doc = await deps.store.get('items', id);
      if (doc) {
        const parsed = alertItemSchema.safeParse(doc);
        if (parsed.success) return parsed.data;
        deps.log.warn({ itemId: id, issue: parsed.error.issues[0]?.message }, 'stored evidence item unreadable for the alert');
        return null;
      }
      if (Date.now() + delay > deadline) return null;
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  async function evidenceItems(c: Case): Promise<AlertItem[]> {
    const out: AlertItem[] = [];
    const deadline = Date.now() + (deps.evidenceWaitMs ?? EVIDENCE_WAIT_MS);
    for (const id of c.evidence.slice(0, MAX_EVIDENCE)) {
      const item = await storedItem(id, deadline);
      if (item) out.push(item);
      else {
        // Still not indexed (or unreadable): the alert names the item, the case in the store has it.
        deps.log.warn({ itemId: id, caseId: c.id }, 'evidence item not in the store: alert sent without its link');
        out.push({ id, url: null, text: '', collectedAt: '', enrichment: { links: [], watchlistHits: [] } });
      }
    }
    return out;
  }

  const hasCaseWatchlistRule = deps.rules.some((r) => 'watchlist' in r.when && caseWatchlists.has(r.when.watchlist));

  /** Whether emitAlerts would publish any of these: not in the store, or written but not yet published. */
  async function anyNotPublished(alerts: Alert[]): Promise<boolean> {
    for (const a of alerts) {
      const known = await deps.store.get('alerts', a.id);
      if (!known || known.status === 'written') return true;
    }
    return false;
  }

  async function alreadyAlerted(rule: string, caseId: string): Promise<boolean> {
    return (await deps.store.count('alerts', { rule, caseId })) > 0;
  }

  async function handleCases(batch: BusMessage[]) {
    const dead: DeadLetter[] = [];
    const alerts: Alert[] = [];
    for (const msg of batch) {
      const decoded = decodeShared(caseSchema, msg, 'alerts');
      if (decoded.tag !== 'ok') {
        dead.push(deadLetterFor(msg, 'alerts', decoded.reason));
        continue;
      }
      const c = decoded.value;
      const onCase = (r: AlertRule) => 'caseLevel' in r.when || ('watchlist' in r.when && caseWatchlists.has(r.when.watchlist));
      if (!deps.rules.some(onCase)) continue;
      const seen = new Map<string, boolean>();
      for (const r of deps.rules) if ('caseLevel' in r.when) seen.set(r.name, await alreadyAlerted(r.name, c.id));
      // Most case updates raise no new alert (the case's level was alerted already), and reading its
      // evidence items is most of this stage's work: they are read only when an alert may be new.
      // Case watchlist rules match on the items' text, so with one of those they are always read.
      const alerted = (r: string) => seen.get(r) ?? false;
      const mayAlert = hasCaseWatchlistRule || (await anyNotPublished(caseAlerts(deps.rules, c, [], now(), alerted)));
      if (!mayAlert) continue;
      const items = await evidenceItems(c);
      alerts.push(...caseAlerts(deps.rules, c, items, now(), alerted));
      alerts.push(...caseWatchlistAlerts(deps.rules, deps.watchlists ?? [], c, items, now()));
    }
    return { produced: await emitAlerts(deps.bus, deps.store, alerts), dead };
  }

  async function handleItems(batch: BusMessage[]) {
    const dead: DeadLetter[] = [];
    const alerts: Alert[] = [];
    for (const msg of batch) {
      const decoded = decodeMessage(alertItemSchema, msg.value);
      if (decoded.tag !== 'ok') dead.push(deadLetterFor(msg, 'alerts', decoded.reason));
      else alerts.push(...itemAlerts(deps.rules, decoded.value, now()));
    }
    return { produced: await emitAlerts(deps.bus, deps.store, alerts), dead };
  }

  return consumingService('alerts', deps.bus, deps.log, [
    { ...GROUPS.alertsCases, maxBatch: 200, handle: handleCases },
    { ...GROUPS.alertsItems, maxBatch: 200, handle: handleItems },
  ]);
}
