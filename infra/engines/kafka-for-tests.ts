// Kafka for test files. Reuses a healthy broker (KAFKA_BROKERS, else 127.0.0.1:9092) or starts
// one. In CI (CI=true) a broker that cannot start is an error, never a skip; elsewhere the
// returned `skip` reason lets a developer without Java run the rest of the suite.
//
// node --test runs files in parallel processes, so a broker the tests started is shared by lease:
// one file per test process under .engines/kafka/test-leases, taken in the same lock as the start
// (so no other process can stop the broker in between). The last release stops it. A detached
// reaper (kafka-test-reaper.ts) stops it too when every lease holder died without releasing
// (test runner killed, timeout): nothing keeps running after a failed run. A broker started by
// `engines:up` is never stopped here.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineError, REPO_ROOT, isRunning, removeFile, withLock } from './engine-util.ts';
import type { KafkaLayout } from './kafka-engine-files.ts';
import { KAFKA_HOST, kafkaHealthy, layoutFor, startKafkaLocked, stopKafkaLocked, type KafkaEngineOptions, type KafkaHandle } from './kafka-engine.ts';

export interface KafkaTestEnv {
  brokers: string[];
  /** Drop this process's lease; stops the broker if tests started it and no one else holds it. */
  release(): Promise<void>;
}

// Another process may hold the lock through a first Maven download plus broker start.
const LOCK_WAIT_MS = 20 * 60_000;
const inCi = (): boolean => process.env.CI === 'true';

export async function ensureKafkaForTests(opts: KafkaEngineOptions = {}): Promise<KafkaTestEnv | { skip: string }> {
  const external = process.env.KAFKA_BROKERS?.split(',').map((b) => b.trim()).filter(Boolean);
  if (external?.length && external.join(',') !== `${KAFKA_HOST}:${opts.port ?? 9092}`) {
    if (await kafkaHealthy(external)) return { brokers: external, release: async () => {} };
    const msg = `KAFKA_BROKERS=${external.join(',')} is set but no broker answers there`;
    if (inCi()) throw new EngineError(msg);
    return { skip: msg };
  }

  const layout = layoutFor(opts);
  const lease = path.join(layout.leasesDir, String(process.pid));
  let handle: KafkaHandle;
  try {
    handle = await withLock(layout.lockDir, async () => {
      const h = await startKafkaLocked({ ...opts, startTimeoutMs: opts.startTimeoutMs ?? 180_000 }, layout);
      if (!h.alreadyRunning) fs.writeFileSync(layout.ownedByTestsMarker, String(process.pid));
      fs.writeFileSync(lease, '');
      return h;
    }, { timeoutMs: LOCK_WAIT_MS });
  } catch (err) {
    const first = (err as Error).message;
    if (inCi()) throw new EngineError(`Kafka is required in CI (CI=true) and could not be started: ${first}`, { cause: err });
    return { skip: `no Kafka broker (set CI=true to make this an error): ${first.split('\n')[0]}` };
  }
  if (!handle.alreadyRunning) startReaper(layout);

  let released = false;
  return {
    brokers: handle.brokers,
    release: async () => {
      if (released) return;
      released = true;
      await withLock(layout.lockDir, async () => {
        removeFile(lease);
        if (liveLeases(layout) === 0 && fs.existsSync(layout.ownedByTestsMarker)) await stopKafkaLocked(opts, layout);
      });
    },
  };
}

/** Counts leases whose process still runs, deleting the others. Call with the lock held. */
export function liveLeases(layout: KafkaLayout): number {
  let live = 0;
  for (const f of fs.readdirSync(layout.leasesDir)) {
    const pid = Number(f);
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) live++;
    else removeFile(path.join(layout.leasesDir, f));
  }
  return live;
}

function startReaper(layout: KafkaLayout): void {
  const script = fileURLToPath(new URL('./kafka-test-reaper.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, layout.root], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => {}); // best effort: release() is the normal path
  child.unref();
}
