// Shared by the alert tests: a real SMTP server (smtp-server, in-process; mails parsed with
// mailparser) and the embedded pipeline services wired to it.
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import type { Watchlist } from '../../pipelines/watchlists/watchlists-file.ts';
import { createServices, type ServiceName } from '../../services/runtime/pipeline.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import type { Bus } from '../../infra/ports/bus.ts';
import { tempDir } from './cli.ts';

export interface Smtp {
  port: number;
  mails: ParsedMail[];
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function smtpServer(port = 0): Promise<Smtp> {
  const mails: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  const self: Smtp = {
    port,
    mails,
    async start() {
      server = new SMTPServer({
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _session, cb) {
          simpleParser(stream).then((m) => {
            mails.push(m);
            cb();
          }, cb);
        },
      });
      const s = server;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(self.port, '127.0.0.1', () => resolve());
      });
      self.port = (s.server.address() as { port: number }).port;
    },
    async stop() {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  await self.start();
  return self;
}

export async function harness(names: ServiceName[], rules: AlertRule[], smtpUrl?: string, watchlists: Watchlist[] = []) {
  const dir = tempDir();
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  const store = createSqliteStore({ file: join(dir, 'store.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  await store.ensureSchema();
  const log = createLogger('silent');
  const services = createServices({ bus, store, log, catalogue: loadCatalogue({ dataDir: dir }), scoring: loadScoring(), alerts: { rules, smtpUrl, from: 'rsmon@nca.example', dataDir: dir }, watchlists }, names);
  for (const s of services) await s.start();
  return {
    dir, bus, store, log, services,
    async close() {
      for (const s of [...services].reverse()) await s.stop();
      await bus.close();
      await store.close();
    },
  };
}

export async function drained(bus: Bus, groups: Array<{ group: string; topic: string }>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 3) {
    if (Date.now() > deadline) throw new Error('not drained in time');
    let lag = 0;
    for (const g of groups) lag += await bus.lag(g.group, g.topic);
    quiet = lag === 0 ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function byMessageId(mails: ParsedMail[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const mail of mails) m.set(mail.messageId ?? '', (m.get(mail.messageId ?? '') ?? 0) + 1);
  return m;
}

