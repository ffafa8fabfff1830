// A progress line on stderr: rewritten in place on a terminal, a line every few seconds otherwise
// (CI logs and pipes should not fill with carriage returns).
import type { IngestProgress } from '../ingest/ingest-service.ts';

export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): { update: (p: IngestProgress) => void; done: () => void } {
  const tty = Boolean(stream.isTTY);
  const every = tty ? 200 : 5_000;
  let last = 0;
  let pending: IngestProgress | null = null;
  const line = (p: IngestProgress) =>
    `ingest ${p.source}: ${p.records} records, ${p.published} published, ${p.deadLettered} dead-lettered${p.skipped ? `, ${p.skipped} already ingested` : ''}`;
  return {
    update(p) {
      pending = p;
      const now = Date.now();
      if (now - last < every) return;
      last = now;
      stream.write(tty ? `\r${line(p)}\x1b[K` : `${line(p)}\n`);
      pending = null;
    },
    done() {
      if (pending) stream.write(tty ? `\r${line(pending)}\x1b[K\n` : `${line(pending)}\n`);
      else if (tty && last) stream.write('\n');
    },
  };
}
