// The shared Bus port conformance suite, run against the Kafka bus on the real local broker.
import { after, test } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import { createKafkaBus } from '../../infra/bus/kafka-bus.ts';
import { ensureKafkaForTests } from '../../infra/engines/kafka-for-tests.ts';
import type { Bus } from '../../infra/ports/bus.ts';
import { runBusConformance } from '../infra/conformance/bus-conformance.ts';

const env = await ensureKafkaForTests();

if ('skip' in env) {
  test('kafka bus conformance', { skip: env.skip }, () => {});
} else {
  // The suite makes random topics; delete the ones this process made so a reused dev broker does
  // not pile them up (each leftover topic slows the broker's next start).
  const created = new Set<string>();
  after(async () => {
    const admin = new Kafka({ clientId: 'rsmon-conformance-cleanup', brokers: env.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [...created] }).catch(() => {});
    await admin.disconnect();
    await env.release();
  });
  const recordTopics = (bus: Bus): Bus => ({
    kind: bus.kind,
    ensureTopics: async (specs) => {
      for (const s of specs) created.add(s.name);
      await bus.ensureTopics(specs);
    },
    publish: (topic, messages) => bus.publish(topic, messages),
    subscribe: (opts) => bus.subscribe(opts),
    lag: (group, topic) => bus.lag(group, topic),
    close: () => bus.close(),
  });
  runBusConformance(
    async () =>
      recordTopics(createKafkaBus({
        brokers: env.brokers,
        clientId: 'rsmon-conformance',
        logLevel: 'error',
        // Short sessions so a member that left uncleanly does not stall the next test's rebalance.
        sessionTimeoutMs: 6_000,
        rebalanceTimeoutMs: 10_000,
        heartbeatIntervalMs: 1_000,
      })),
    // Group joins take a few seconds on 2 cores; 4 partitions like the items topics.
    { name: 'kafka', partitions: 4, timeoutMs: 30_000 },
  );
}
