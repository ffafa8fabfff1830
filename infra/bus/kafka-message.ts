// kafkajs message <-> port message. Kafka headers are bytes and may repeat; the port has a
// string map, so values are decoded as UTF-8 and the last occurrence of a name wins.
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { BusMessage, OutgoingMessage } from '../ports/bus.ts';

export function headersToMap(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const v = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (v === undefined) continue;
    out[name] = typeof v === 'string' ? v : v.toString('utf8');
  }
  return out;
}

export function toBusMessage(topic: string, partition: number, m: KafkaMessage): BusMessage {
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key === null || m.key === undefined ? null : m.key.toString('utf8'),
    // A tombstone (null value) never comes from our producers; surface it as empty bytes.
    value: m.value ?? Buffer.alloc(0),
    headers: headersToMap(m.headers),
  };
}

export function toKafkaMessage(m: OutgoingMessage): Message {
  return { key: m.key, value: m.value, headers: m.headers };
}
