// `rsmon service collect`: runs each configured collection on its cron schedule in its time zone,
// while holding the deployment's collect lease. Never two runs of one collection at once (a tick
// that finds the previous run still going is skipped). Stopping (SIGTERM, or losing the lease)
// finishes the page in hand: the page is published and its cursor saved before the run ends.
import { createTask, type ScheduledTask } from 'node-cron';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Bus } from '../../infra/ports/bus.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { Config } from '../../infra/config/load-config.ts';
import type { EvidenceArchive } from '../../infra/evidence/file-archive.ts';
import type { Collection } from '../../connectors/collect/collections-file.ts';
import type { CheckpointStore } from '../../connectors/collect/checkpoints.ts';
import type { CollectLease, LeaseHolder } from '../../connectors/collect/collect-lease.ts';
import { createSource } from '../../connectors/collect/create-source.ts';
import { CollectError } from '../../connectors/collect/collect-errors.ts';
import { runCollection, type Source } from '../../connectors/collect/run-collection.ts';
import type { Service, ServiceHealth } from '../runtime/service.ts';

export interface CollectServiceDeps {
  config: Config;
  collections: Collection[];
  bus: Bus;
  archive: EvidenceArchive;
  checkpoints: CheckpointStore;
  lease: CollectLease;
  log: Logger;
  /** Tests build sources against local servers; the default reads credentials from config. */
  sourceFor?: (c: Collection) => Source;
}

export interface CollectMetrics {
  items: Record<string, number>;
  pages: Record<string, number>;
  requests: Record<string, number>;
  quotaUnits: Record<string, number>;
  /** `${collection}\u0000${kind}` -> count */
  errors: Record<string, number>;
  lastSuccess: Record<string, number>;
}

export interface CollectService extends Service {
  metrics: CollectMetrics;
  registerMetrics(registry: Registry): void;
}

const add = (m: Record<string, number>, k: string, n: number) => void (m[k] = (m[k] ?? 0) + n);

export function createCollectService(deps: CollectServiceDeps): CollectService {
  const { lease, log } = deps;
  const metrics: CollectMetrics = { items: {}, pages: {}, requests: {}, quotaUnits: {}, errors: {}, lastSuccess: {} };
  const running = new Map<string, Promise<void>>();
  let tasks: ScheduledTask[] = [];
  let holding = false;
  let stopping = false;
  let holder: LeaseHolder | null = null;
  let leaseError: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let leaseLoop: Promise<void> = Promise.resolve();

  async function runOne(c: Collection): Promise<void> {
    if (running.has(c.name)) {
      log.warn({ collection: c.name }, 'previous run still going; this tick is skipped');
      return;
    }
    const run = (async () => {
      let source: Source;
      try {
        source = deps.sourceFor ? deps.sourceFor(c) : createSource(c, deps.config);
      } catch (e) {
        const err = e instanceof CollectError ? e : new CollectError('config', (e as Error).message, { cause: e });
        add(metrics.errors, `${c.name}\u0000${err.kind}`, 1);
        const cp = await deps.checkpoints.get(c.name);
        cp.lastRunAt = new Date().toISOString();
        cp.lastError = `${err.kind}: ${err.message}`;
        await deps.checkpoints.put(c.name, cp);
        log.error({ collection: c.name, kind: err.kind }, `collection cannot run: ${err.message}`);
        return;
      }
      const report = await runCollection(c, source, {
        bus: deps.bus,
        archive: deps.archive,
        checkpoints: deps.checkpoints,
        log,
        shouldStop: () => stopping || !holding,
        onPage: (p) => {
          add(metrics.pages, c.name, 1);
          add(metrics.items, c.name, p.items);
          add(metrics.requests, c.name, p.requests);
          add(metrics.quotaUnits, c.name, p.quotaUnits);
        },
      });
      if (report.error) add(metrics.errors, `${c.name}\u0000${report.error.kind}`, 1);
      else if (!stopping && holding) metrics.lastSuccess[c.name] = Date.now() / 1000;
      log.info({ collection: c.name, pages: report.pages, items: report.items, requests: report.requests, error: report.error?.kind ?? null }, 'collection run finished');
    })()
      .catch((e: unknown) => log.error({ collection: c.name, err: (e as Error).message }, 'collection run crashed'))
      .finally(() => running.delete(c.name));
    running.set(c.name, run);
    await run;
  }

  function schedule(): void {
    tasks = deps.collections.map((c) =>
      createTask(c.schedule, () => runOne(c), { timezone: c.timezone, name: `collect:${c.name}`, noOverlap: true }),
    );
    for (const t of tasks) void t.start();
  }

  async function unschedule(): Promise<void> {
    for (const t of tasks) await t.destroy();
    tasks = [];
  }

  async function tick(): Promise<void> {
    try {
      const now = Date.now();
      const had = holding;
      holding = await lease.tryAcquire(now);
      leaseError = null;
      holder = holding ? { holder: lease.owner, expiresAt: now + lease.ttlMs } : await lease.current(now);
      if (holding && !had) {
        log.info({ owner: lease.owner }, 'collect lease taken: scheduling collections');
        schedule();
      } else if (!holding && had) {
        log.warn({ owner: lease.owner, holder: holder?.holder }, 'collect lease lost: runs stop after their page');
        await unschedule();
      }
    } catch (e) {
      // The lease store is unreachable: we cannot prove we still hold it, so stop collecting.
      leaseError = (e as Error).message;
      if (holding) {
        holding = false;
        await unschedule();
      }
      log.error({ err: leaseError }, 'collect lease check failed');
    }
  }

  return {
    id: 'collect',
    metrics,
    async start() {
      await tick();
      // Renew well inside the TTL: two missed renewals still leave a third chance.
      timer = setInterval(() => {
        leaseLoop = leaseLoop.then(tick);
      }, Math.max(250, Math.floor(lease.ttlMs / 3)));
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      await leaseLoop;
      await unschedule();
      await Promise.all(running.values());
      if (holding) await lease.release().catch((e: unknown) => log.warn({ err: (e as Error).message }, 'lease release failed'));
      holding = false;
    },
    health(): ServiceHealth {
      const state = holding ? 'collecting' : leaseError ? 'lease-unavailable' : 'standby';
      return {
        ok: leaseError === null,
        detail: {
          state,
          owner: lease.owner,
          ...(holding ? {} : { waitingFor: holder ? { holder: holder.holder, expiresAt: new Date(holder.expiresAt).toISOString() } : null }),
          running: [...running.keys()],
          collections: deps.collections.map((c) => c.name),
          ...(leaseError ? { error: leaseError } : {}),
        },
      };
    },
    registerMetrics(registry) {
      const counter = (name: string, help: string, m: Record<string, number>) =>
        new Counter({
          name,
          help,
          labelNames: ['collection'],
          registers: [registry],
          collect() {
            this.reset();
            for (const [k, v] of Object.entries(m)) this.inc({ collection: k }, v);
          },
        });
      counter('rsmon_collect_items_total', 'Items fetched and published to rs.items.raw', metrics.items);
      counter('rsmon_collect_pages_total', 'Pages fetched, archived and published', metrics.pages);
      counter('rsmon_collect_requests_total', 'HTTP requests to platform APIs (retries included)', metrics.requests);
      counter('rsmon_collect_quota_units_total', 'Platform quota units spent (YouTube)', metrics.quotaUnits);
      new Counter({
        name: 'rsmon_collect_api_errors_total',
        help: 'Failed collection runs by error kind',
        labelNames: ['collection', 'kind'],
        registers: [registry],
        collect() {
          this.reset();
          for (const [k, v] of Object.entries(metrics.errors)) {
            const [collection, kind] = k.split('\u0000');
            this.inc({ collection: collection!, kind: kind! }, v);
          }
        },
      });
      new Gauge({
        name: 'rsmon_collect_last_success_timestamp_seconds',
        help: 'When each collection last completed a run (Unix time)',
        labelNames: ['collection'],
        registers: [registry],
        collect() {
          for (const [k, v] of Object.entries(metrics.lastSuccess)) this.set({ collection: k }, v);
        },
      });
      new Gauge({
        name: 'rsmon_collect_lease_held',
        help: '1 while this process holds the collect lease',
        registers: [registry],
        collect() {
          this.set(holding ? 1 : 0);
        },
      });
    },
  };
}
