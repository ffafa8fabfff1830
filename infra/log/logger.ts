// Structured logs on stderr, so stdout stays free for data (JSON lines, case listings).
import { pino, type DestinationStream, type Logger } from 'pino';
import { redactSecretsInText } from './redact-url.ts';

export type { Logger };

/** How deep a logged object is searched for strings that may quote a URL with credentials. */
const MAX_DEPTH = 4;

/**
 * A copy of a logged value with URL credentials masked in every string. Library errors quote the URL
 * they failed on (`connect ECONNREFUSED http://user:pass@es:9200`), so path-based redaction alone,
 * which only knows field names, cannot catch them.
 */
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactSecretsInText(value);
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (value instanceof Error) {
    const err = pino.stdSerializers.err(value);
    return scrub({ ...err }, depth + 1);
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
  return out;
}

/** `destination` is for tests that read what was logged; default stderr. */
export function createLogger(level: string, name = 'rsmon', destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      name,
      level,
      // Defence in depth: config secrets are never passed to the logger, but if one slips into an object, it is hidden.
      // Top-level keys too: kafkajs' log entries arrive flattened into the log object.
      redact: { paths: ['password', 'apiKey', 'authorization', 'token', 'sasl', '*.sasl', '*.password', '*.apiKey', '*.ES_PASSWORD', '*.ES_API_KEY', '*.SMTP_URL', '*.authorization', '*.token'], censor: '***' },
      hooks: {
        // Runs only for enabled levels, so a silenced debug line costs nothing here.
        logMethod(args, method) {
          // pino files a leading Error under `err`; keep that shape once it is a plain object.
          const scrubbed = args.map((a, i) => (i === 0 && a instanceof Error ? { err: scrub(a) } : scrub(a)));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
