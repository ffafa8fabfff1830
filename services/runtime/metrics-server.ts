// Health and Prometheus metrics for a service process:
// - GET /readyz: 200 when the broker and the store answer (services/runtime/probes.ts);
// - GET /livez: 200 unless a consumer with lag has made no progress for CONSUMER_STALL_MS;
// - GET /health: 200 when every service is up (its consumers joined), live and ready; 503 otherwise;
// - GET /metrics: consumer lag, throughput, retries, DLQ count.
import { createServer, type Server } from 'node:http';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import { createProbes } from './probes.ts';
import type { ConsumerProgress, Service, ServiceCounters } from './service.ts';

export interface MetricsServerOptions {
  port: number;
  host?: string;
  bus: Bus;
  /** Probed by /readyz; without it only the broker is. */
  store?: Store;
  services: Array<Service & { counters: ServiceCounters; progress?: () => ConsumerProgress[] }>;
  groups: Array<{ group: string; topic: string }>;
  /** /livez turns red after this long without progress while there is lag. Default 120 s. */
  stallMs?: number;
  /** Service-specific metrics (e.g. the collect service's) registered on the same registry. */
  registerExtra?: (registry: Registry) => void;
}

export function metricsRegistry(opts: Omit<MetricsServerOptions, 'port' | 'host'>): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rsmon_' });
  const counter = (name: string, help: string, key: keyof ServiceCounters) =>
    new Counter({
      name,
      help,
      labelNames: ['service'],
      registers: [registry],
      collect() {
        // prom-client counters only go up; the service counters do too, so setting the total is safe.
        this.reset();
        for (const s of opts.services) this.inc({ service: s.id }, s.counters[key]);
      },
    });
  counter('rsmon_messages_consumed_total', 'Messages consumed from the bus', 'consumed');
  counter('rsmon_messages_produced_total', 'Messages produced or documents written', 'produced');
  counter('rsmon_dead_lettered_total', 'Messages sent to the dead-letter topic', 'deadLettered');
  counter('rsmon_retries_total', 'Batches retried after an error', 'retries');
  new Gauge({
    name: 'rsmon_consumer_lag',
    help: 'Messages not yet committed by the consumer group',
    labelNames: ['group', 'topic'],
    registers: [registry],
    async collect() {
      for (const g of opts.groups) {
        try {
          this.set({ group: g.group, topic: g.topic }, await opts.bus.lag(g.group, g.topic));
        } catch {
          // Lag is advisory; a broker hiccup must not break the scrape.
        }
      }
    },
  });
  opts.registerExtra?.(registry);
  return registry;
}

export function startMetricsServer(opts: MetricsServerOptions): Promise<Server> {
  const registry = metricsRegistry(opts);
  const probes = createProbes({
    bus: opts.bus,
    store: opts.store,
    groups: opts.groups,
    progress: () => opts.services.flatMap((s) => s.progress?.() ?? []),
    stallMs: opts.stallMs ?? 120_000,
  });
  const json = (res: import('node:http').ServerResponse, ok: boolean, body: object) =>
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok, ...body }));

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET') {
        res.writeHead(404).end();
      } else if (req.url === '/readyz') {
        const r = await probes.readiness();
        json(res, r.ok, { checks: r.checks });
      } else if (req.url === '/livez') {
        const l = await probes.liveness();
        json(res, l.ok, { checks: l.checks });
      } else if (req.url === '/health') {
        const services = opts.services.map((s) => ({ id: s.id, ...s.health() }));
        const [ready, live] = await Promise.all([probes.readiness(), probes.liveness()]);
        json(res, services.every((h) => h.ok) && ready.ok && live.ok, { services, ready, live });
      } else if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
      } else {
        res.writeHead(404).end();
      }
    } catch (err) {
      res.writeHead(500).end(String((err as Error).message));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve(server));
  });
}
