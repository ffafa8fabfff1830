// Retries and liveness (issue 6, class 10): kafkajs' own log lines go through the project's pino
// logger (its level, its redaction), not raw onto stderr. No broker needed: a closed port makes
// kafkajs log its connection errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { createLogger } from '../log/logger.ts';
import { createKafkaBus } from './kafka-bus.ts';

test('retries and liveness: kafkajs logs go through the pino logger with its level and redaction', { timeout: 60_000 }, async () => {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));

  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger('error', 'rsmon', sink);
  const bus = createKafkaBus({ brokers: [`127.0.0.1:${port}`], clientId: 'log-test', logger, logLevel: 'error', publishAttempts: 1 });
  await assert.rejects(bus.publish('t', [{ key: 'k', value: 'v' }]));
  await bus.close();
  // A secret that reaches the logger in a log object is censored, whoever logs it.
  logger.error({ password: 'hunter2', sasl: { mechanism: 'plain', password: 'hunter2' } }, 'probe');

  const fromKafkajs = lines.filter((l) => typeof l.namespace === 'string');
  assert.ok(fromKafkajs.length > 0, `no kafkajs line reached the logger: ${JSON.stringify(lines).slice(0, 500)}`);
  for (const l of fromKafkajs) {
    assert.equal(l.name, 'rsmon');
    assert.ok(typeof l.level === 'number' && l.level >= 50, `a line below the configured level: ${JSON.stringify(l)}`);
  }
  assert.ok(!JSON.stringify(lines).includes('hunter2'), 'a secret was logged');
});
