// The one place environment variables are read. Everything else receives a typed Config.
import { z } from 'zod';
import { formatIssues } from '../../pipelines/step-result.ts';
import { redactUrl } from '../log/redact-url.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * A platform base URL (replaces the scheme and host of the real endpoint; paths are kept). Plain
 * http is accepted only for loopback hosts: test servers and local proxies, never the network.
 */
const baseUrl = (fallback: string) =>
  z
    .string()
    .url()
    .refine((u) => {
      const url = new URL(u);
      if (url.protocol === 'https:') return true;
      return url.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
    }, 'must be https (plain http only for loopback hosts)')
    .default(fallback);

const envSchema = z.object({
  BUS: z.enum(['sqlite', 'kafka']).default('sqlite'),
  STORE: z.enum(['sqlite', 'elasticsearch']).default('sqlite'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Embedded SQLite driver; unset: node:sqlite where Node has it, else better-sqlite3 (infra/sqlite/open-database.ts reads it). */
  SQLITE_DRIVER: z.enum(['better-sqlite3', 'node-sqlite']).optional(),
  /**
   * Embedded bus: ms a message is kept after every consumer group of its topic committed past it
   * (rs.dlq excepted, kept for its topic retention); -1 keeps to topic retention. Decision 0029.
   */
  BUS_COMMITTED_RETENTION_MS: z.coerce.number().int().min(-1).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
  KAFKA_CLIENT_ID: z.string().default('rsmon'),
  /** How long a dead consumer holds its partitions before the group moves them (kafkajs default 30 s). */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(30_000),
  ES_URL: z.string().url().default('http://127.0.0.1:9200'),
  ES_USERNAME: z.string().optional(),
  ES_PASSWORD: z.string().optional(),
  ES_API_KEY: z.string().optional(),
  ES_INDEX_PREFIX: z.string().regex(/^[a-z0-9_-]*$/).default('rs-'),

  /** Shortener expansion makes outbound requests: off unless asked for. */
  LINK_EXPANSION: bool.default(false),
  LINK_EXPANSION_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  LINK_EXPANSION_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  LINK_EXPANSION_MAX_BYTES: z.coerce.number().int().min(1_024).max(10_000_000).default(262_144),

  /** Media stage (issue 11): fetches and analyses item images; outbound requests, so off unless asked for. */
  MEDIA_ANALYSIS: bool.default(false),
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1_024).max(50_000_000).default(10_000_000),
  MEDIA_MAX_PIXELS: z.coerce.number().int().min(1_000).max(400_000_000).default(40_000_000),
  MEDIA_MAX_REDIRECTS: z.coerce.number().int().min(0).max(10).default(3),
  MEDIA_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** Directory under which media[].path of imports may be read; unset: local paths are refused. */
  MEDIA_LOCAL_DIR: z.string().optional(),

  FIRMS_FILE: z.string().optional(),
  SCORING_FILE: z.string().optional(),

  KIBANA_URL: z.string().url().optional(),
  KIBANA_USERNAME: z.string().optional(),
  KIBANA_PASSWORD: z.string().optional(),
  KIBANA_API_KEY: z.string().optional(),

  SMTP_URL: z.string().optional(),
  ALERT_FROM: z.string().default('rsmon@localhost'),
  ALERT_TO: z.string().optional(),
  /** Alert rules (config/alerts.yaml); a missing file means no rules. */
  ALERTS_FILE: z.string().min(1).default('config/alerts.yaml'),
  /** Watchlists (config/watchlists.yaml); a missing file means none. */
  WATCHLISTS_FILE: z.string().min(1).default('config/watchlists.yaml'),

  /** What to collect from the platforms (connectors/collect/collections-file.ts). */
  COLLECTIONS_FILE: z.string().min(1).default('config/collections.yaml'),
  /** Content-addressed raw responses; default <DATA_DIR>/evidence. Services of a deployment share it. */
  EVIDENCE_DIR: z.string().min(1).optional(),
  /** `rsmon service collect`: a dead holder's lease is taken over within this time. */
  COLLECT_LEASE_TTL_MS: z.coerce.number().int().min(1_000).default(30_000),
  X_BEARER_TOKEN: z.string().optional(),
  YOUTUBE_API_KEY: z.string().optional(),
  META_ACCESS_TOKEN: z.string().optional(),
  TIKTOK_CLIENT_KEY: z.string().optional(),
  TIKTOK_CLIENT_SECRET: z.string().optional(),
  X_API_URL: baseUrl('https://api.x.com'),
  YOUTUBE_API_URL: baseUrl('https://www.googleapis.com'),
  META_GRAPH_URL: baseUrl('https://graph.facebook.com'),
  META_GRAPH_VERSION: z.string().regex(/^v\d+\.\d+$/).default('v23.0'),
  TIKTOK_API_URL: baseUrl('https://open.tiktokapis.com'),
  TELEGRAM_WEB_URL: baseUrl('https://t.me'),

  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /**
   * Deliveries of a batch failing with a retriable error (store or broker unavailable) before its
   * messages go to rs.dlq with their attempts; with the back-off below the default spans ~6 minutes.
   */
  CONSUMER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(20),
  /** Cap of the doubling back-off (from 100 ms) between those deliveries. */
  CONSUMER_RETRY_MAX_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** /livez turns red when a consumer with lag has made no progress for this long. */
  CONSUMER_STALL_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
  ENRICH_BATCH: z.coerce.number().int().min(1).max(10_000).default(200),
});

export type Config = z.infer<typeof envSchema>;

/** Variables that hold secrets: never logged, never echoed in errors. */
export const SECRET_KEYS = [
  'ES_PASSWORD', 'ES_API_KEY', 'KIBANA_PASSWORD', 'KIBANA_API_KEY', 'SMTP_URL',
  'X_BEARER_TOKEN', 'YOUTUBE_API_KEY', 'META_ACCESS_TOKEN', 'TIKTOK_CLIENT_KEY', 'TIKTOK_CLIENT_SECRET',
] as const;

export function loadConfig(env: Record<string, string | undefined>): Config {
  // Empty strings mean "unset" (docker-compose writes them for blank variables).
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') cleaned[key] = v;
  }
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) throw new Error(`invalid configuration: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

/** Variables that hold a URL, which may carry `user:pass@` or a credential in its query. */
const URL_KEYS = ['ES_URL', 'KIBANA_URL'] as const;

/** A copy of the config safe to log. */
export function redactConfig(config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  for (const k of SECRET_KEYS) if (out[k] !== undefined) out[k] = '***';
  for (const k of URL_KEYS) {
    const v = out[k];
    if (typeof v === 'string') out[k] = redactUrl(v);
  }
  return out;
}
