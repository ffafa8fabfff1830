// Structured logs on stderr, so stdout stays free for data (JSON lines, case listings).
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** `destination` is for tests that read what was logged; default stderr. */
export function createLogger(level: string, name = 'rsmon', destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      name,
      level,
      // Defence in depth: config secrets are never passed to the logger, but if one slips into an object, it is hidden.
      // Top-level keys too: kafkajs' log entries arrive flattened into the log object.
      redact: { paths: ['password', 'apiKey', 'authorization', 'token', 'sasl', '*.sasl', '*.password', '*.apiKey', '*.ES_PASSWORD', '*.ES_API_KEY', '*.SMTP_URL', '*.authorization', '*.token'], censor: '***' },
    },
    destination,
  );
}
