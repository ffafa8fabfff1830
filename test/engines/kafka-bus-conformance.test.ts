// The shared Bus port conformance suite, run against the Kafka bus on the real local broker.
import { after, test } from 'node:test';
import { createKafkaBus } from '../../infra/bus/kafka-bus.ts';
import { ensureKafkaForTests } from '../../infra/engines/kafka-for-tests.ts';
import { runBusConformance } from '../infra/conformance/bus-conformance.ts';

const env = await ensureKafkaForTests();

if ('skip' in env) {
  test('kafka bus conformance', { skip: env.skip }, () => {});
} else {
  after(() => env.release());
  runBusConformance(
    async () =>
      createKafkaBus({
        brokers: env.brokers,
        clientId: 'rsmon-conformance',
        logLevel: 'error',
        // Short sessions so a member that left uncleanly does not stall the next test's rebalance.
        sessionTimeoutMs: 6_000,
        rebalanceTimeoutMs: 10_000,
        heartbeatIntervalMs: 1_000,
      }),
    // Group joins take a few seconds on 2 cores; 4 partitions like the items topics.
    { name: 'kafka', partitions: 4, timeoutMs: 30_000 },
  );
}
