// Detached watchdog started with a test-owned broker (see kafka-for-tests.ts): every 2 s it checks
// the test leases, and once no lease holder is alive it stops the broker. It exits as soon as the
// broker is no longer test-owned (released normally, or `engines:down`).
// Usage: node --import tsx infra/engines/kafka-test-reaper.ts <.engines/kafka dir>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sleep, withLock } from './engine-util.ts';
import { kafkaLayout } from './kafka-engine-files.ts';
import { stopKafkaLocked } from './kafka-engine.ts';
import { liveLeases } from './kafka-for-tests.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: kafka-test-reaper.ts <kafka engine dir>');
const layout = kafkaLayout(root);
const opts = { workDir: path.dirname(root) };

for (;;) {
  await sleep(2_000);
  const done = await withLock(layout.lockDir, async () => {
    if (!fs.existsSync(layout.ownedByTestsMarker)) return true;
    if (liveLeases(layout) > 0) return false;
    await stopKafkaLocked(opts, layout);
    return true;
  });
  if (done) break;
}
