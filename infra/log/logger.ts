// Structured logs on stderr, so stdout stays free for data (JSON lines, case listings).
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'rsmon'): Logger {
  return pino(
    {
      name,
      level,
      // Defence in depth: config secrets are never passed to the logger, but if one slips into an object, it is hidden.
      redact: { paths: ['*.password', '*.apiKey', '*.ES_PASSWORD', '*.ES_API_KEY', '*.SMTP_URL', '*.authorization', '*.token'], censor: '***' },
    },
    pino.destination(2),
  );
}
