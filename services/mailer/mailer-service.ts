// Mailer service: rs.alerts -> e-mail. The store's `alerts` index is the outbox: an alert is marked
// `sent` only after the SMTP server accepted it (or the .eml file is written). A failed send throws a
// retriable error, so the bus redelivers the batch after back-off: an outage delays mail, loses none.
// An alert already `sent` is skipped, and the Message-ID derives from the deduplication key, so a
// redelivery sends nothing twice (and a receiving server can drop a duplicate by Message-ID).
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { alertSchema } from '../../pipelines/contracts/alert.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { composeAlert } from '../../infra/mail/compose-alert.ts';
import type { MailTransport } from '../../infra/mail/mail-transport.ts';
import { decodeMessage } from '../runtime/decode-message.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';

export interface MailerServiceDeps {
  bus: Bus;
  store: Store;
  transport: MailTransport;
  from: string;
  /** Recipients for alerts that name none (ALERT_TO). */
  defaultTo?: string[];
  log: Logger;
  now?: () => Date;
}

export function createMailerService(deps: MailerServiceDeps) {
  const now = deps.now ?? (() => new Date());

  async function handle(batch: BusMessage[]) {
    const dead: DeadLetter[] = [];
    let sent = 0;
    for (const msg of batch) {
      const decoded = decodeMessage(alertSchema, msg.value);
      if (decoded.tag !== 'ok') {
        dead.push(deadLetterFor(msg, 'mailer', decoded.reason));
        continue;
      }
      const alert = decoded.value;
      const known = await deps.store.get('alerts', alert.id);
      if (known?.status === 'sent') continue;
      const to = alert.to?.length ? alert.to : (deps.defaultTo ?? []);
      if (!to.length) {
        dead.push(deadLetterFor(msg, 'mailer', `alert ${alert.id}: no recipient (rule "to" or ALERT_TO)`));
        continue;
      }
      const mail = composeAlert(alert);
      await deps.transport.send(mail, { from: deps.from, to });
      await deps.store.upsert('alerts', [{ id: alert.id, doc: { status: 'sent', sentAt: now().toISOString(), messageId: mail.messageId, sentTo: deps.transport.target } }]);
      deps.log.info({ alert: alert.id, rule: alert.rule, messageId: mail.messageId }, 'alert sent');
      sent++;
    }
    if (sent) await deps.store.refresh('alerts');
    return { produced: sent, dead };
  }

  return consumingService('mailer', deps.bus, deps.log, [{ ...GROUPS.mailer, maxBatch: 50, handle }]);
}
