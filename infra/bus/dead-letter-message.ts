// A DeadLetter as a bus message, the same for every bus adapter (SQLite and Kafka): the value is
// the ORIGINAL bytes, untouched, so a fixed consumer can replay them; everything about the
// failure travels in `rs-*` headers.
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import type { BusMessage, OutgoingMessage } from '../ports/bus.ts';

export const DLQ_HEADERS = {
  error: 'rs-error',
  sourceTopic: 'rs-source-topic',
  sourcePartition: 'rs-source-partition',
  sourceOffset: 'rs-source-offset',
  attempts: 'rs-attempts',
  stage: 'rs-stage',
  record: 'rs-record',
  /** Set when the original message had no key (the bus key is then a stand-in, see below). */
  keyless: 'rs-keyless',
} as const;

// Headers are for a short reason, not a stack trace; Kafka's default max message is 1 MB.
const MAX_REASON_CHARS = 4_000;

export function toDeadLetterMessage(dl: DeadLetter): OutgoingMessage {
  const headers: Record<string, string> = {
    [DLQ_HEADERS.error]: dl.reason.length > MAX_REASON_CHARS ? `${dl.reason.slice(0, MAX_REASON_CHARS)}…` : dl.reason,
    [DLQ_HEADERS.sourceTopic]: dl.sourceTopic,
    [DLQ_HEADERS.stage]: dl.stage,
  };
  if (dl.partition !== undefined) headers[DLQ_HEADERS.sourcePartition] = String(dl.partition);
  if (dl.offset !== undefined) headers[DLQ_HEADERS.sourceOffset] = dl.offset;
  if (dl.attempts !== undefined) headers[DLQ_HEADERS.attempts] = String(dl.attempts);
  if (dl.record !== undefined) headers[DLQ_HEADERS.record] = dl.record;
  // The port needs a string key. Without one, the record locator (or source topic) keeps dead
  // letters of one file/topic together on one partition, in order.
  if (dl.key === null) headers[DLQ_HEADERS.keyless] = 'true';
  return { key: dl.key ?? dl.record ?? dl.sourceTopic, value: dl.value, headers };
}

/** The inverse, for DLQ tooling (inspect, replay): headers back into a DeadLetter. */
export function fromDeadLetterMessage(msg: BusMessage): DeadLetter {
  const h = msg.headers;
  const num = (v: string | undefined): number | undefined => (v === undefined || v === '' ? undefined : Number(v));
  return {
    value: msg.value,
    key: h[DLQ_HEADERS.keyless] === 'true' ? null : msg.key,
    reason: h[DLQ_HEADERS.error] ?? '',
    sourceTopic: h[DLQ_HEADERS.sourceTopic] ?? '',
    stage: h[DLQ_HEADERS.stage] ?? '',
    partition: num(h[DLQ_HEADERS.sourcePartition]),
    offset: h[DLQ_HEADERS.sourceOffset],
    attempts: num(h[DLQ_HEADERS.attempts]),
    record: h[DLQ_HEADERS.record],
  };
}
