// Child process for the "consumer dies before commit" test: joins the group, reports the first
// batch it is handed on stdout, then hangs in `handle` until the parent SIGKILLs it. Not a test
// file itself (no .test.ts), run by kafka-bus.test.ts.
import { createKafkaBus } from '../../infra/bus/kafka-bus.ts';

const [brokers = '', group = '', topic = ''] = process.argv.slice(2);
// Our stdin is a pipe from the test: when the test process dies, so do we (no orphan consumer).
process.stdin.resume();
process.stdin.on('end', () => process.exit(1));
const bus = createKafkaBus({
  brokers: brokers.split(','),
  clientId: 'rsmon-crash-child',
  logLevel: 'nothing',
  sessionTimeoutMs: 6_000,
  rebalanceTimeoutMs: 10_000,
  heartbeatIntervalMs: 1_000,
});
await bus.subscribe({
  group,
  topic,
  maxBatch: 5,
  handle: async (batch) => {
    process.stdout.write(`${JSON.stringify(batch.map((m) => m.offset))}\n`);
    await new Promise(() => {}); // never resolves: nothing gets committed
  },
});
