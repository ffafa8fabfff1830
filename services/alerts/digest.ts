// Digest rules: their alerts wait in the store (`pending`); at each cron time one digest alert
// carries every alert pending since the last digest, and they become `digested`. The tick takes
// the time as an argument, so a test drives it with its own clock; node-cron calls it in production.
import cron from 'node-cron';
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { alertSchema, type Alert } from '../../pipelines/contracts/alert.ts';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import { alertId } from '../../pipelines/alerts/evaluate-rules.ts';
import { emitAlerts } from './alerts-service.ts';

/** Most alerts one digest carries; the rest wait for the next one. */
const MAX_PARTS = 500;

/** Publishes the rule's digest for the tick at `at`; returns how many alerts it carried (0: none sent). */
export async function digestTick(deps: { bus: Bus; store: Store }, rule: AlertRule, at: Date): Promise<number> {
  await deps.store.refresh('alerts');
  const res = await deps.store.search('alerts', { filters: { rule: rule.name, status: 'pending' }, sort: [{ field: 'createdAt', order: 'asc' }], size: MAX_PARTS });
  const parts: Alert[] = [];
  for (const h of res.hits) {
    const p = alertSchema.safeParse(h.doc);
    if (p.success) parts.push(p.data);
  }
  if (!parts.length) return 0;
  // Keyed by the tick's minute: a tick run twice (restart, two replicas) publishes one digest.
  const dedupKey = `${rule.name}|digest|${at.toISOString().slice(0, 16)}`;
  const digest: Alert = {
    id: alertId(dedupKey),
    dedupKey,
    kind: 'digest',
    rule: rule.name,
    to: rule.to,
    mode: 'immediate',
    caseId: null,
    itemId: null,
    watchlistId: null,
    level: null,
    summary: `digest ${rule.name}: ${parts.length} alert${parts.length === 1 ? '' : 's'} since the last digest`,
    createdAt: at.toISOString(),
    parts,
  };
  await emitAlerts(deps.bus, deps.store, [digest]);
  await deps.store.upsert('alerts', parts.map((p) => ({ id: p.id, doc: { status: 'digested', digestId: digest.id } })));
  await deps.store.refresh('alerts');
  return parts.length;
}

/**
 * Runs the digests due at `at` (a rule's cron time, in its time zone, at minute precision). The
 * production clock calls it every minute; a test calls it with its own clock.
 */
export async function runDueDigests(deps: { bus: Bus; store: Store }, rules: AlertRule[], at: Date): Promise<Record<string, number>> {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  const out: Record<string, number> = {};
  for (const r of rules) {
    if (r.mode !== 'digest' || !r.schedule) continue;
    const task = cron.createTask(r.schedule, () => {}, { timezone: r.timezone });
    const due = task.match(minute);
    await task.destroy();
    if (due) out[r.name] = await digestTick(deps, r, minute);
  }
  return out;
}

/** Starts node-cron tasks for the digest rules; returns a stop function. */
export function scheduleDigests(deps: { bus: Bus; store: Store; log: Logger }, rules: AlertRule[]): () => void {
  const tasks = rules
    .filter((r) => r.mode === 'digest' && r.schedule)
    .map((r) =>
      cron.schedule(r.schedule!, () => {
        digestTick(deps, r, new Date()).catch((err: unknown) => deps.log.error({ rule: r.name, err: (err as Error).message }, 'digest failed; the alerts stay pending for the next one'));
      }, { timezone: r.timezone, name: `digest-${r.name}` }),
    );
  return () => {
    for (const t of tasks) void t.stop();
  };
}
