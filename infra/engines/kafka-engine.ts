// Local Apache Kafka 4.x for development and CI: one KRaft node (broker+controller) on
// 127.0.0.1:9092 (controller 9093), run straight from Maven-resolved jars with the system JDK.
// No Docker and no Kafka tarball: both are unavailable on our machines, Maven Central is not.
//
// Why kafkajs 2.2.4 against 4.x: Kafka 4.0 removed old protocol versions (KIP-896), but every API
// kafkajs uses still has an overlapping version (it negotiates via ApiVersions). The smoke test
// test/engines/kafka-engine.test.ts proves it on each CI run; fall back to 3.9.x in the POM only
// if that test ever fails on protocol errors.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import {
  EngineError,
  engineDir,
  isPortOpen,
  pidRuns,
  readPid,
  removeFile,
  requireJava,
  runCommand,
  spawnDetached,
  stopProcess,
  tailFile,
  waitFor,
  withLock,
  writePid,
} from './engine-util.ts';
import { ensureKafkaClasspath, kafkaLayout, log4jConfig, serverProperties, type KafkaLayout, type KafkaPorts } from './kafka-engine-files.ts';

export interface KafkaEngineOptions {
  /** Parent of the per-engine folders; default <repo>/.engines. */
  workDir?: string;
  /** Broker port (clients); default 9092. The controller listens on `controllerPort` (9093). */
  port?: number;
  controllerPort?: number;
  /** How long to wait for a started broker to answer metadata requests; default 120 s. */
  startTimeoutMs?: number;
  /** Progress lines ("resolving jars…", "started in 14 s"); silent by default. */
  log?: (line: string) => void;
}

export interface KafkaHandle {
  brokers: string[];
  /** True when a healthy broker was already there and `up` did nothing. */
  alreadyRunning: boolean;
  pid: number | null;
  startupMs: number;
  mavenResolveMs: number;
}

export const KAFKA_HOST = '127.0.0.1';
// Put on the java command line so a pid file can be checked against pid reuse before we signal.
const PROCESS_TAG = '-Drsmon.engine=kafka';
const JAVA_MIN = 17; // Kafka 4.x brokers require Java 17.

function ports(opts: KafkaEngineOptions): KafkaPorts {
  return { host: KAFKA_HOST, port: opts.port ?? 9092, controllerPort: opts.controllerPort ?? 9093 };
}

export function layoutFor(opts: KafkaEngineOptions): KafkaLayout {
  return kafkaLayout(engineDir('kafka', opts.workDir));
}

/** Healthy = a kafkajs admin can connect and list topics (a full metadata round trip). */
export async function kafkaHealthy(brokers: string[], timeoutMs = 5_000): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'rsmon-engine-health',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 3_000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

function ourPid(layout: KafkaLayout): number | null {
  const pid = readPid(layout.pidFile);
  return pid !== null && pidRuns(pid, PROCESS_TAG) ? pid : null;
}

/**
 * A fresh random cluster id per data dir: 16 random bytes in URL-safe base64, as Kafka's Uuid. One
 * id in 32 would start with '-', which the StorageTool's argument parser takes for an option
 * ("argument --cluster-id/-t: expected one argument"); Kafka's own generator redraws those, so do we.
 */
export function newClusterId(random: (n: number) => Buffer = randomBytes): string {
  for (;;) {
    const id = random(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

async function formatStorage(java: string, layout: KafkaLayout): Promise<void> {
  if (fs.existsSync(path.join(layout.data, 'meta.properties'))) return;
  const clusterId = newClusterId();
  // 4.x still ships the Scala entry point kafka.tools.StorageTool (in kafka_2.13).
  const res = await runCommand(
    java,
    ['-Xmx256m', `-Dlog4j2.configurationFile=${layout.log4j}`, `-Dkafka.logs.dir=${layout.logs}`, '-cp', `${layout.lib}/*`,
      'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', layout.properties, '--ignore-formatted'],
    { timeoutMs: 120_000 },
  );
  fs.writeFileSync(path.join(layout.logs, 'storage-format.log'), res.stdout + res.stderr);
  if (res.code !== 0) throw new EngineError(`kafka StorageTool format failed (exit ${res.code}):\n${res.stdout}${res.stderr}`);
}

/**
 * Start the broker unless a healthy one is already there (then a no-op). Idempotent and safe to
 * call from several processes at once. On failure nothing is left running.
 */
export async function startKafka(opts: KafkaEngineOptions = {}): Promise<KafkaHandle> {
  const layout = layoutFor(opts);
  // Long lock wait: another process may be in the middle of a first Maven download.
  return withLock(layout.lockDir, () => startKafkaLocked(opts, layout), { timeoutMs: 20 * 60_000 });
}

/** startKafka for a caller that already holds `layout.lockDir` (the test lease code). */
export async function startKafkaLocked(opts: KafkaEngineOptions, layout: KafkaLayout): Promise<KafkaHandle> {
  const p = ports(opts);
  const brokers = [`${p.host}:${p.port}`];
  const log = opts.log ?? (() => {});
  const timeoutMs = opts.startTimeoutMs ?? 120_000;
  const existing = ourPid(layout);
  if (await kafkaHealthy(brokers)) {
    log(`Kafka already up on ${brokers[0]}${existing ? ` (pid ${existing})` : ' (not started by rsmon)'}`);
    return { brokers, alreadyRunning: true, pid: existing, startupMs: 0, mavenResolveMs: 0 };
  }
  if (existing) {
    // Ours but not answering (hung, or still starting after a timed-out `up`): start afresh.
    log(`Kafka pid ${existing} is not healthy; restarting it`);
    await stopProcess(existing, { graceMs: 15_000 });
    removeFile(layout.pidFile);
  }
  for (const port of [p.port, p.controllerPort]) {
    if (await isPortOpen(p.host, port)) {
      throw new EngineError(`port ${p.host}:${port} is in use by another process (not a healthy Kafka started by rsmon); free it or stop that process`);
    }
  }

  const { bin: java } = await requireJava(JAVA_MIN);
  const { resolvedMs } = await ensureKafkaClasspath(layout, log);
  fs.writeFileSync(layout.properties, serverProperties(layout, p));
  fs.writeFileSync(layout.log4j, log4jConfig(layout));
  await formatStorage(java, layout);

  const started = Date.now();
  const stdoutLog = path.join(layout.logs, 'kafka.out');
  fs.writeFileSync(stdoutLog, `--- start ${new Date().toISOString()}\n`, { flag: 'a' });
  const pid = spawnDetached(
    java,
    [
      PROCESS_TAG,
      '-Xms256m',
      '-Xmx512m',
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${layout.log4j}`,
      `-Dkafka.logs.dir=${layout.logs}`,
      '-cp',
      `${layout.lib}/*`,
      'kafka.Kafka',
      layout.properties,
    ],
    { cwd: layout.root, logFile: stdoutLog },
  );
  writePid(layout.pidFile, pid);
  log(`Kafka starting (pid ${pid}); logs in ${layout.logs}`);
  try {
    await waitFor(`Kafka on ${brokers[0]}`, () => kafkaHealthy(brokers, 3_000), {
      timeoutMs,
      intervalMs: 500,
      abort: () => (pidRuns(pid, PROCESS_TAG) ? null : 'the broker process exited'),
    });
  } catch (err) {
    await stopProcess(pid, { graceMs: 5_000 });
    removeFile(layout.pidFile);
    const server = path.join(layout.logs, 'server.log');
    throw new EngineError(
      `${(err as Error).message}\n--- ${stdoutLog}\n${tailFile(stdoutLog, 20)}\n--- ${server}\n${tailFile(server, 40)}`,
      { cause: err },
    );
  }
  const startupMs = Date.now() - started;
  log(`Kafka up on ${brokers[0]} in ${startupMs} ms (pid ${pid})`);
  return { brokers, alreadyRunning: false, pid, startupMs, mavenResolveMs: resolvedMs };
}

/** SIGTERM, wait (Kafka shuts down cleanly in a few seconds), then SIGKILL; removes the pid file. */
export async function stopKafka(opts: KafkaEngineOptions = {}): Promise<void> {
  const layout = layoutFor(opts);
  await withLock(layout.lockDir, () => stopKafkaLocked(opts, layout), { timeoutMs: 60_000 });
}

/** stopKafka for a caller that already holds `layout.lockDir`. */
export async function stopKafkaLocked(opts: KafkaEngineOptions, layout: KafkaLayout): Promise<void> {
  const log = opts.log ?? (() => {});
  const pid = ourPid(layout);
  if (pid === null) {
    log('Kafka is not running (no live pid file)');
  } else {
    const how = await stopProcess(pid, { graceMs: 30_000 });
    log(`Kafka pid ${pid} ${how}`);
  }
  removeFile(layout.pidFile);
  removeFile(layout.ownedByTestsMarker);
}

export async function kafkaStatus(opts: KafkaEngineOptions = {}): Promise<'up' | 'down'> {
  const p = ports(opts);
  return (await kafkaHealthy([`${p.host}:${p.port}`])) ? 'up' : 'down';
}
