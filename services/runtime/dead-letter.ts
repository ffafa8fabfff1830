// Sends refused input to rs.dlq with its original bytes, so nothing is lost and every refusal has a reason.
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import { toDeadLetterMessage } from '../../infra/bus/dead-letter-message.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';

/** `attempts`: deliveries it took here (default 1); added to those a replayed message already carries. */
export function deadLetterFor(msg: BusMessage, stage: string, reason: string, attempts = 1): DeadLetter {
  return {
    value: msg.value,
    key: msg.key,
    reason,
    sourceTopic: msg.topic,
    stage,
    partition: msg.partition,
    offset: msg.offset,
    attempts: (Number(msg.headers['rs-attempts'] ?? '0') || 0) + attempts,
  };
}

export async function publishDeadLetters(bus: Bus, letters: DeadLetter[]): Promise<void> {
  if (letters.length) await bus.publish(TOPICS.dlq, letters.map(toDeadLetterMessage));
}
