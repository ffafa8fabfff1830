// The files a local single-node Kafka needs: the broker classpath (resolved once by Maven from
// infra/engines/kafka/pom.xml, cached under .engines/kafka/lib), server.properties and a log4j2
// config. Kept apart from kafka-engine.ts so the process handling there stays readable.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EngineError, REPO_ROOT, requireMaven, runCommand, sha256File, tailFile } from './engine-util.ts';

export const KAFKA_POM = path.join(REPO_ROOT, 'infra', 'engines', 'kafka', 'pom.xml');

export interface KafkaLayout {
  root: string;
  lib: string;
  data: string;
  logs: string;
  pidFile: string;
  properties: string;
  log4j: string;
  lockDir: string;
  leasesDir: string;
  /** Present while the running broker was started by ensureKafkaForTests (so tests may stop it). */
  ownedByTestsMarker: string;
}

export function kafkaLayout(root: string): KafkaLayout {
  const layout: KafkaLayout = {
    root,
    lib: path.join(root, 'lib'),
    data: path.join(root, 'data'),
    logs: path.join(root, 'logs'),
    pidFile: path.join(root, 'kafka.pid'),
    properties: path.join(root, 'server.properties'),
    log4j: path.join(root, 'log4j2.xml'),
    lockDir: path.join(root, 'start.lock'),
    leasesDir: path.join(root, 'test-leases'),
    ownedByTestsMarker: path.join(root, 'started-by-tests'),
  };
  for (const d of [layout.data, layout.logs, layout.leasesDir]) fs.mkdirSync(d, { recursive: true });
  return layout;
}

/**
 * Make sure `layout.lib` holds the broker jars for the current POM. Maven copies them out of
 * ~/.m2 (downloading only what is missing), so a second machine-local run costs ~2 s and a run
 * with the jars already in .engines costs nothing and needs no Maven at all. The POM's hash is
 * the cache key: editing the Kafka version re-resolves.
 */
export async function ensureKafkaClasspath(layout: KafkaLayout, log: (line: string) => void): Promise<{ resolvedMs: number }> {
  const stamp = path.join(layout.lib, '.pom-sha256');
  const want = sha256File(KAFKA_POM);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === want) return { resolvedMs: 0 };

  const mvn = await requireMaven();
  const started = Date.now();
  const tmp = `${layout.lib}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const mavenLog = path.join(layout.logs, 'maven.log');
  log(`resolving Kafka broker jars with Maven (first run downloads ~60 MB into ~/.m2; log: ${mavenLog})`);
  const res = await runCommand(
    mvn,
    ['-B', '-q', '-f', KAFKA_POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`],
    { timeoutMs: 15 * 60_000 },
  );
  fs.writeFileSync(mavenLog, res.stdout + res.stderr);
  if (res.code !== 0 || !fs.existsSync(tmp)) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new EngineError(`Maven could not resolve the Kafka broker from ${KAFKA_POM} (exit ${res.code}):\n${tailFile(mavenLog)}`);
  }
  // Swap in whole, so a crash mid-copy never leaves a half classpath that looks cached.
  fs.writeFileSync(path.join(tmp, '.pom-sha256'), want);
  fs.rmSync(layout.lib, { recursive: true, force: true });
  fs.renameSync(tmp, layout.lib);
  const resolvedMs = Date.now() - started;
  log(`Kafka broker jars ready in ${resolvedMs} ms`);
  return { resolvedMs };
}

export interface KafkaPorts {
  host: string;
  port: number;
  controllerPort: number;
}

/** Single-node combined broker+controller, tuned for a 2-core dev/CI box, not for production. */
export function serverProperties(layout: KafkaLayout, p: KafkaPorts): string {
  return [
    '# Written by infra/engines/kafka-engine.ts on every start; edit that file, not this one.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@${p.host}:${p.controllerPort}`,
    `listeners=PLAINTEXT://${p.host}:${p.port},CONTROLLER://${p.host}:${p.controllerPort}`,
    // Clients get this address back in metadata: it must be the one they can reach.
    `advertised.listeners=PLAINTEXT://${p.host}:${p.port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${layout.data}`,
    // One broker: every internal topic must be satisfiable with a single replica.
    'default.replication.factor=1',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'min.insync.replicas=1',
    // 50 offset partitions (the default) make the first group join slow on 2 cores; 8 is plenty here.
    'offsets.topic.num.partitions=8',
    // Tests join groups constantly; the 3 s default delay would only slow every one of them.
    'group.initial.rebalance.delay.ms=0',
    // Topics come from infra/kafka/topics.json via Bus.ensureTopics; an auto-created topic would
    // silently get 1 partition and broker-default retention instead.
    'auto.create.topics.enable=false',
    'num.partitions=1',
    '',
  ].join('\n');
}

export function log4jConfig(layout: KafkaLayout): string {
  const logs = layout.logs.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by infra/engines/kafka-engine.ts. Broker log: server.log, rolled at 20 MB (3 kept). -->
<Configuration status="WARN">
  <Appenders>
    <RollingFile name="server" fileName="${logs}/server.log" filePattern="${logs}/server.log.%i">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
      <Policies><SizeBasedTriggeringPolicy size="20 MB"/></Policies>
      <DefaultRolloverStrategy max="3"/>
    </RollingFile>
  </Appenders>
  <Loggers>
    <Logger name="kafka.request.logger" level="WARN"/>
    <Logger name="org.apache.kafka.common.utils.AppInfoParser" level="WARN"/>
    <Root level="INFO"><AppenderRef ref="server"/></Root>
  </Loggers>
</Configuration>
`;
}
