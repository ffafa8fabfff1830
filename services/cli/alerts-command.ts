// `rsmon alerts list [--json]`: the alerts in the store, newest first, with where each went.
import { cliContext } from './context.ts';
import { createAdapters } from '../runtime/adapters.ts';
import { emlDir, emlFileName } from '../../infra/mail/mail-transport.ts';
import { terminalSafe } from './terminal-text.ts';
import { join } from 'node:path';

export async function alertsListCommand(opts: { data?: string; json?: boolean; limit?: string }): Promise<void> {
  const ctx = cliContext(opts);
  const adapters = await createAdapters(ctx.config);
  try {
    const size = Math.min(10_000, Math.max(1, Number(opts.limit ?? 100) || 100));
    const res = await adapters.store.search('alerts', { sort: [{ field: 'createdAt', order: 'desc' }], size });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(res.hits.map((h) => h.doc), null, 2)}\n`);
      return;
    }
    const out = process.stdout;
    out.write(`${res.total} alerts${ctx.config.SMTP_URL ? '' : ` (e-mails as .eml files in ${emlDir(ctx.dataDir)})`}\n`);
    for (const { doc } of res.hits) {
      const status = String(doc.status ?? '');
      const msgId = typeof doc.messageId === 'string' ? doc.messageId : null;
      const file = !ctx.config.SMTP_URL && msgId ? `  ${join(emlDir(ctx.dataDir), emlFileName(msgId))}` : '';
      out.write(`${terminalSafe(String(doc.createdAt ?? ''))}  ${terminalSafe(String(doc.rule ?? doc.kind ?? ''))}  ${status}  ${terminalSafe(String(doc.summary ?? ''))}${file}\n`);
    }
  } finally {
    await adapters.close();
  }
}
