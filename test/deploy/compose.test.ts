// docker-compose.yml, Dockerfile and .dockerignore, checked without a Docker engine: the file parses,
// every rsmon container's environment is accepted by loadConfig, addresses point at services and
// ports that exist, versions match what the engine tests run, commands are real CLI subcommands.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../infra/config/load-config.ts';
import { ES_VERSION } from '../../infra/engines/es-engine.ts';
import { SERVICE_NAMES } from '../../services/runtime/pipeline.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { REPO } from '../helpers/cli.ts';
import { commandOf, dependsOn, dockerIgnored, envOf, imageTag, loadCompose, parseDockerfile, publishedPorts, readDockerignore, type ComposeService } from './compose-file.ts';

/** `rsmon` subcommands a container may run (services/cli/main.ts; `setup`, `service` and `dashboards` included). */
const CLI_COMMANDS = ['run', 'service', 'setup', 'dashboards', 'import', 'cases', 'enrich', 'firms', 'engines'];

/** Compose service keys we use or might; an unknown key is almost always a typo Compose would reject. */
const SERVICE_KEYS = new Set([
  'image', 'build', 'command', 'entrypoint', 'environment', 'env_file', 'ports', 'expose', 'volumes', 'depends_on',
  'healthcheck', 'restart', 'deploy', 'profiles', 'ulimits', 'user', 'working_dir', 'networks', 'labels', 'logging',
  'stop_grace_period', 'stop_signal', 'init', 'tmpfs', 'mem_limit', 'cap_add', 'cap_drop', 'read_only', 'extra_hosts', 'secrets', 'configs',
]);
const CONDITIONS = new Set(['service_started', 'service_healthy', 'service_completed_successfully']);

const { compose, problems } = loadCompose();
const services = compose.services;
const names = Object.keys(services);
const isRsmon = (s: ComposeService) => s.build !== undefined;
const rsmonServices = Object.entries(services).filter(([, s]) => isRsmon(s));
const byImage = (repo: string) => Object.entries(services).find(([, s]) => s.image && imageTag(s.image).repo === repo);

function hostPort(addr: string): { host: string; port: number } {
  const u = new URL(addr.includes('://') ? addr : `tcp://${addr}`);
  return { host: u.hostname, port: Number(u.port) };
}

describe('docker-compose.yml', () => {
  it('parses as YAML (merge keys resolved) without errors or duplicate keys', () => {
    assert.deepEqual(problems, []);
    assert.equal(typeof services, 'object');
    for (const key of Object.keys(compose)) assert.ok(['name', 'services', 'volumes', 'networks'].includes(key) || key.startsWith('x-'), `top-level key ${key}`);
    for (const [name, s] of Object.entries(services)) {
      for (const key of Object.keys(s)) assert.ok(SERVICE_KEYS.has(key), `${name}: unknown service key "${key}"`);
      assert.ok(s.image || s.build, `${name}: needs an image or a build`);
    }
  });

  it('runs Kafka, Elasticsearch, Kibana, a mail catcher and the long-running rsmon services', () => {
    for (const repo of ['apache/kafka', 'docker.elastic.co/elasticsearch/elasticsearch', 'docker.elastic.co/kibana/kibana', 'axllent/mailpit']) {
      assert.ok(byImage(repo), `no service runs ${repo}`);
    }
    const running = rsmonServices.map(([, s]) => commandOf(s)).filter((c) => c[0] === 'service').map((c) => c[1]);
    assert.deepEqual(running.sort(), [...SERVICE_NAMES].sort());
    const [, enrich] = rsmonServices.find(([, s]) => commandOf(s).join(' ') === 'service enrich')!;
    assert.equal(enrich.deploy?.replicas, 2, 'two enrich workers');
    const raw = TOPIC_SPECS.find((t) => t.name === TOPICS.raw)!;
    assert.ok(raw.partitions >= 2, `${TOPICS.raw} has ${raw.partitions} partition(s): the second enrich worker would idle`);
  });

  it('pins Elasticsearch and Kibana to one version, the one the engine tests run', () => {
    const es = imageTag(byImage('docker.elastic.co/elasticsearch/elasticsearch')![1].image!).tag;
    const kibana = imageTag(byImage('docker.elastic.co/kibana/kibana')![1].image!).tag;
    assert.equal(kibana, es, 'Kibana must match Elasticsearch exactly');
    assert.equal(es, ES_VERSION, 'dashboards and templates are tested on ES_VERSION (infra/engines/es-engine.ts)');
    assert.match(es!, /^9\./);
  });

  it('pins Kafka to the version the engine tests run', () => {
    const pom = readFileSync(join(REPO, 'infra/engines/kafka/pom.xml'), 'utf8');
    const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)?.[1];
    assert.equal(imageTag(byImage('apache/kafka')![1].image!).tag, version);
  });

  it('pins every third-party image to a tag, never latest', () => {
    for (const [name, s] of Object.entries(services)) {
      if (isRsmon(s)) continue;
      const { tag } = imageTag(s.image!);
      assert.ok(tag && tag !== 'latest', `${name}: image ${s.image} is not pinned`);
    }
  });

  it('builds every rsmon container from the project Dockerfile, as one shared image', () => {
    assert.ok(rsmonServices.length >= 4);
    const images = new Set<string | undefined>();
    for (const [name, s] of rsmonServices) {
      const context = typeof s.build === 'string' ? s.build : s.build?.context;
      assert.equal(context, '.', `${name}: build context`);
      const dockerfile = typeof s.build === 'object' ? (s.build.dockerfile ?? 'Dockerfile') : 'Dockerfile';
      assert.ok(existsSync(join(REPO, dockerfile)), `${name}: ${dockerfile} missing`);
      images.add(s.image);
    }
    assert.equal(images.size, 1, 'one image name so Compose builds once');
  });

  it("gives every rsmon container an environment loadConfig accepts, for Kafka and Elasticsearch", () => {
    for (const [name, s] of rsmonServices) {
      const env = envOf(s);
      const config = loadConfig(env);
      assert.equal(config.BUS, 'kafka', name);
      assert.equal(config.STORE, 'elasticsearch', name);
      // loadConfig ignores unknown variables; a misspelt one (ES_URLS) would silently fall back to a default.
      const known = new Set(Object.keys(loadConfig(env)));
      for (const key of Object.keys(env)) assert.ok(known.has(key), `${name}: ${key} is not a setting of infra/config/load-config.ts`);
    }
  });

  it('points KAFKA_BROKERS at an advertised Kafka listener', () => {
    const [kafkaName, kafka] = byImage('apache/kafka')!;
    const kenv = envOf(kafka);
    const listeners = new Map(kenv.KAFKA_LISTENERS!.split(',').map((l) => { const [n, a] = l.split('://'); return [n!, Number(a!.split(':').pop())]; }));
    const advertised = kenv.KAFKA_ADVERTISED_LISTENERS!.split(',').map((l) => { const [n, a] = l.split('://'); return { name: n!, ...hostPort(a!) }; });
    for (const [name, s] of rsmonServices) {
      for (const broker of loadConfig(envOf(s)).KAFKA_BROKERS.split(',')) {
        const { host, port } = hostPort(broker.trim());
        assert.equal(host, kafkaName, `${name}: broker host ${host}`);
        const l = advertised.find((a) => a.host === host && a.port === port);
        assert.ok(l, `${name}: ${broker} is not an advertised listener (${kenv.KAFKA_ADVERTISED_LISTENERS})`);
        assert.equal(listeners.get(l.name), port, `${name}: listener ${l.name} does not listen on ${port}`);
      }
    }
    assert.match(kenv.KAFKA_CONTROLLER_QUORUM_VOTERS!, new RegExp(`^1@${kafkaName}:${listeners.get('CONTROLLER')}$`));
    assert.equal(kenv.KAFKA_AUTO_CREATE_TOPICS_ENABLE, 'false', 'topics come from infra/kafka/topics.json');
  });

  it("points ES_URL at the Elasticsearch service's HTTP port, and SMTP_URL at the mail catcher", () => {
    const [esName, es] = byImage('docker.elastic.co/elasticsearch/elasticsearch')!;
    const esPort = Number(envOf(es)['http.port'] ?? 9200);
    const [mailName] = byImage('axllent/mailpit')!;
    for (const [name, s] of rsmonServices) {
      const config = loadConfig(envOf(s));
      assert.deepEqual(hostPort(config.ES_URL), { host: esName, port: esPort }, `${name}: ES_URL`);
      if (config.SMTP_URL) assert.deepEqual(hostPort(config.SMTP_URL), { host: mailName, port: 1025 }, `${name}: SMTP_URL`);
    }
    // Kibana reads the same cluster.
    const [, kibana] = byImage('docker.elastic.co/kibana/kibana')!;
    assert.deepEqual(JSON.parse(envOf(kibana).ELASTICSEARCH_HOSTS!), [`http://${esName}:${esPort}`]);
  });

  it('publishes each host port once, and only on 127.0.0.1 (Elasticsearch security is off)', () => {
    const seen = new Map<string, string>();
    for (const [name, s] of Object.entries(services)) {
      for (const p of publishedPorts(s)) {
        assert.equal(p.hostIp, '127.0.0.1', `${name}: port ${p.hostPort} is published on all interfaces`);
        assert.ok(!seen.has(p.hostPort), `host port ${p.hostPort} published by ${seen.get(p.hostPort)} and ${name}`);
        seen.set(p.hostPort, name);
      }
      if (s.deploy?.replicas && s.deploy.replicas > 1) assert.equal(publishedPorts(s).length, 0, `${name}: replicas cannot share a host port`);
    }
    assert.equal(envOf(byImage('docker.elastic.co/elasticsearch/elasticsearch')![1])['xpack.security.enabled'], 'false');
  });

  it('has depends_on targets that exist, with conditions they can meet, and no cycles', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [dep, condition] of Object.entries(dependsOn(s))) {
        assert.ok(names.includes(dep), `${name} depends on unknown service ${dep}`);
        assert.ok(CONDITIONS.has(condition), `${name} -> ${dep}: condition ${condition}`);
        const target = services[dep]!;
        if (condition === 'service_healthy') assert.ok(target.healthcheck?.test && !target.healthcheck.disable, `${name} waits for ${dep} to be healthy, which has no healthcheck`);
        if (condition === 'service_completed_successfully') assert.ok(['no', undefined].includes(target.restart) || target.restart!.startsWith('on-failure'), `${dep} must be one-shot`);
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (n: string, path: string[]) => {
      assert.ok(!visiting.has(n), `dependency cycle: ${[...path, n].join(' -> ')}`);
      if (done.has(n)) return;
      visiting.add(n);
      for (const d of Object.keys(dependsOn(services[n]!))) visit(d, [...path, n]);
      visiting.delete(n);
      done.add(n);
    };
    for (const n of names) visit(n, []);
  });

  it('starts the pipeline services only after init set up topics and templates', () => {
    for (const [name, s] of rsmonServices) {
      const cmd = commandOf(s);
      if (cmd[0] !== 'service') continue;
      const deps = dependsOn(s);
      const init = Object.entries(deps).find(([d]) => commandOf(services[d]!)[0] === 'setup');
      assert.equal(init?.[1], 'service_completed_successfully', `${name} must wait for the setup service`);
      assert.ok(s.healthcheck?.test && !s.healthcheck.disable, `${name}: long-running service without healthcheck`);
      const port = loadConfig(envOf(s)).METRICS_PORT;
      assert.ok(port > 0, `${name}: METRICS_PORT serves /health`);
      assert.match(JSON.stringify(s.healthcheck.test), new RegExp(`:${port}/health`), `${name}: healthcheck must ask the metrics port`);
    }
  });

  it('runs only real CLI subcommands', () => {
    const [kibanaName, kibana] = byImage('docker.elastic.co/kibana/kibana')!;
    const kibanaPort = Number(publishedPorts(kibana)[0]?.target ?? 5601);
    let dashboards = 0;
    for (const [name, s] of rsmonServices) {
      const cmd = commandOf(s);
      assert.ok(CLI_COMMANDS.includes(cmd[0]!), `${name}: "${cmd[0]}" is not an rsmon subcommand`);
      if (cmd[0] === 'service') assert.ok(SERVICE_NAMES.includes(cmd[1] as never), `${name}: unknown service ${cmd[1]}`);
      if (cmd[0] === 'dashboards') {
        dashboards++;
        assert.equal(cmd[1], 'import');
        const url = cmd[cmd.indexOf('--kibana') + 1]!;
        assert.deepEqual(hostPort(url), { host: kibanaName, port: kibanaPort }, `${name}: --kibana ${url}`);
        assert.equal(dependsOn(s)[kibanaName], 'service_healthy', `${name} must wait for Kibana`);
      }
    }
    assert.equal(dashboards, 1, 'one service imports the dashboards');
    assert.ok(rsmonServices.some(([, s]) => commandOf(s)[0] === 'setup'), 'one service runs setup');
  });

  it('declares every named volume it mounts', () => {
    const declared = new Set(Object.keys(compose.volumes ?? {}));
    for (const [name, s] of Object.entries(services)) {
      for (const v of s.volumes ?? []) {
        const source = typeof v === 'string' ? v.split(':')[0]! : (v.source ?? '');
        if (source.startsWith('.') || source.startsWith('/')) continue; // bind mount
        assert.ok(declared.has(source), `${name}: volume ${source} not declared`);
      }
    }
  });
});

describe('Dockerfile and .dockerignore', () => {
  const instrs = parseDockerfile(readFileSync(join(REPO, 'Dockerfile'), 'utf8'));
  const lastFrom = instrs.map((x) => x.op).lastIndexOf('FROM');
  const final = instrs.slice(lastFrom);
  const ignore = readDockerignore();
  // Runtime code: every folder tsconfig type-checks except tests and benchmarks.
  const tsconfig = JSON.parse(readFileSync(join(REPO, 'tsconfig.json'), 'utf8')) as { include: string[] };
  const runtimeDirs = tsconfig.include.filter((d) => !['test', 'bench'].includes(d) && existsSync(join(REPO, d)));

  it('runs node 24 LTS on bookworm-slim as a non-root user with the rsmon entrypoint', () => {
    assert.match(final[0]!.args, /^node:24-bookworm-slim(\s|$)/);
    for (const from of instrs.filter((x) => x.op === 'FROM')) assert.match(from.args, /^node:24-bookworm-slim/);
    const user = final.filter((x) => x.op === 'USER').pop()?.args;
    assert.ok(user && !['root', '0'].includes(user.split(':')[0]!), `final USER is ${user ?? '(root by default)'}`);
    assert.deepEqual(JSON.parse(final.find((x) => x.op === 'ENTRYPOINT')!.args), ['node', 'bin/rsmon.js']);
    const install = instrs.filter((x) => x.op === 'RUN' && /npm (ci|install)/.test(x.args));
    assert.ok(install.length > 0 && install.every((x) => /npm ci --omit=dev/.test(x.args)), 'production dependencies only, from the lockfile');
  });

  it('copies every runtime folder, and the build context keeps them', () => {
    const copied = final.filter((x) => x.op === 'COPY' && !x.args.startsWith('--from')).flatMap((x) => x.args.split(/\s+/).filter((a) => !a.startsWith('--')).slice(0, -1));
    for (const dir of runtimeDirs) assert.ok(copied.includes(dir), `Dockerfile does not COPY ${dir}/`);
    for (const src of copied) {
      assert.ok(existsSync(join(REPO, src)), `COPY ${src}: not in the repo`);
      assert.ok(!dockerIgnored(ignore, src), `COPY ${src}: excluded by .dockerignore`);
    }
    for (const f of ['bin/rsmon.js', 'services/cli/main.ts', 'dashboards/kibana/rsmon.ndjson', 'infra/kafka/topics.json', 'infra/elasticsearch/templates/items.json', 'config/scoring.json']) {
      assert.ok(existsSync(join(REPO, f)), f);
      assert.ok(!dockerIgnored(ignore, f), `${f} is needed at runtime but excluded by .dockerignore`);
    }
  });

  it('keeps dev state, tests and secrets out of the build context', () => {
    for (const p of ['.git/HEAD', 'node_modules/yaml/package.json', '.engines/elasticsearch/x', 'data/bus.sqlite', 'test/deploy/compose.test.ts', 'pipelines/links/link-enricher.test.ts', '.env', 'bench/enrich-bench.ts']) {
      assert.ok(dockerIgnored(ignore, p), `${p} would be sent to the Docker daemon`);
    }
  });
});
