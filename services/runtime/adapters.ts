// Chooses the adapters behind the ports from config. Engine clients are imported lazily so the
// embedded mode never loads kafkajs or the Elasticsearch client.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../../infra/config/load-config.ts';
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import { splitUrlCredentials } from '../../infra/log/redact-url.ts';
import { createLogger, type Logger } from '../../infra/log/logger.ts';
import { TOPIC_SPECS } from './topic-specs.ts';

export interface Adapters {
  bus: Bus;
  store: Store;
  close(): Promise<void>;
}

export async function createBus(config: Config, log: Logger = createLogger(config.LOG_LEVEL)): Promise<Bus> {
  const retry = { maxAttempts: config.CONSUMER_MAX_ATTEMPTS, retryBackoffMaxMs: config.CONSUMER_RETRY_MAX_MS };
  if (config.BUS === 'kafka') {
    const { createKafkaBus } = await import('../../infra/bus/kafka-bus.ts');
    return createKafkaBus({
      brokers: config.KAFKA_BROKERS.split(',').map((b) => b.trim()),
      clientId: config.KAFKA_CLIENT_ID,
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      heartbeatIntervalMs: Math.min(3_000, Math.floor(config.KAFKA_SESSION_TIMEOUT_MS / 3)),
      ...retry,
      // kafkajs' own logs go through our pino logger: its level and its redaction.
      logger: log,
      logLevel: config.LOG_LEVEL,
    });
  }
  const { createSqliteBus } = await import('../../infra/bus/sqlite-bus.ts');
  return createSqliteBus({ file: join(dataDir(config), 'bus.sqlite'), committedRetentionMs: config.BUS_COMMITTED_RETENTION_MS, ...retry });
}

/**
 * Where and how to reach Elasticsearch. `user:pass@` in ES_URL leaves the URL here, so no client
 * error or log line can quote it; ES_API_KEY, then ES_USERNAME/ES_PASSWORD, win over it.
 */
export function esConnection(config: Config): { node: string; auth?: { apiKey: string } | { username: string; password: string } } {
  const { url: node, username, password } = splitUrlCredentials(config.ES_URL);
  const auth = config.ES_API_KEY
    ? { apiKey: config.ES_API_KEY }
    : config.ES_USERNAME && config.ES_PASSWORD
      ? { username: config.ES_USERNAME, password: config.ES_PASSWORD }
      : username !== undefined
        ? { username, password: password ?? '' }
        : undefined;
  return { node, auth };
}

/** `readonly`: the embedded store must exist and is opened read-only (read commands). */
export async function createStore(config: Config, opts: { readonly?: boolean } = {}): Promise<Store> {
  if (config.STORE === 'elasticsearch') {
    const { createElasticsearchStore } = await import('../../infra/store/elasticsearch-store.ts');
    return createElasticsearchStore({ ...esConnection(config), indexPrefix: config.ES_INDEX_PREFIX });
  }
  const { createSqliteStore } = await import('../../infra/store/sqlite-store.ts');
  if (opts.readonly) return createSqliteStore({ file: join(resolve(config.DATA_DIR), 'store.sqlite'), readonly: true });
  return createSqliteStore({ file: join(dataDir(config), 'store.sqlite') });
}

export function dataDir(config: Config): string {
  const dir = resolve(config.DATA_DIR);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function createAdapters(config: Config, log?: Logger): Promise<Adapters> {
  const bus = await createBus(config, log);
  const store = await createStore(config);
  await bus.ensureTopics(TOPIC_SPECS);
  await store.ensureSchema();
  return {
    bus,
    store,
    async close() {
      await bus.close();
      await store.close();
    },
  };
}
