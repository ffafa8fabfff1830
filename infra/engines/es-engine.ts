// Local Elasticsearch engine for development and CI: the integ-test zip from Maven Central (the only
// registry we can reach), unpacked under .engines/elasticsearch, run as a dedicated system user
// (Elasticsearch refuses to run as root), single node on 127.0.0.1, small heap.
// The integ-test zip is a stripped server: no analysis-common, painless, ILM, data streams and no `GET /`,
// so readiness is judged by /_cluster/health only, and features are detected, never assumed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@elastic/elasticsearch';
import { findJavaHome } from './es-java.ts';
import { commandExists, isAlive, readPid, run, sleep, withDirLock } from './es-proc.ts';
import { redactUrl } from '../log/redact-url.ts';

/** Newest 9.x integ-test zip Maven Central serves (its metadata index lists none: 9.2.8 was probed directly). */
export const ES_VERSION = '9.2.8';
export const ES_ARTIFACT = `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip`;
export const ES_USER = 'rsmon-es';
export const ES_DEFAULT_PORT = 9200;
const HEAP = '-Xms512m -Xmx512m';
const START_TIMEOUT_MS = 180_000;

export interface EsEngineOptions {
  /** Where the engine lives; default <repo>/.engines/elasticsearch. */
  workDir?: string;
  port?: number;
  /** Progress lines (download, unpack, start); default stderr. */
  log?: (line: string) => void;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Paths {
  workDir: string;
  home: string;
  dist: string;
  config: string;
  data: string;
  logs: string;
  tmp: string;
  run: string;
  pid: string;
  launcherPid: string;
  console: string;
  lock: string;
  leases: string;
  startedByTests: string;
}

/**
 * The node runs as another user, who needs to traverse every folder above its files. A checkout under
 * /root (mode 700) is not traversable, so the runtime then lives under /var/lib/rsmon-es instead,
 * at a path derived from the work dir so that status/stop find it again.
 */
function traversableByOthers(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      if ((statSync(d).mode & 0o001) === 0) return false;
    } catch {
      // Not created yet: its parent decides.
    }
    if (dirname(d) === d) return true;
  }
}

function paths(opts: EsEngineOptions = {}): Paths {
  const workDir = resolve(opts.workDir ?? process.env.RSMON_ES_WORKDIR ?? join(REPO_ROOT, '.engines', 'elasticsearch'));
  const needsOtherUser = process.getuid?.() === 0;
  const home =
    needsOtherUser && !traversableByOthers(workDir)
      ? join('/var/lib/rsmon-es', createHash('sha1').update(workDir).digest('hex').slice(0, 12))
      : workDir;
  const runDir = join(home, 'run');
  return {
    workDir,
    home,
    dist: join(home, `elasticsearch-${ES_VERSION}`),
    config: join(home, 'config'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    tmp: join(home, 'tmp'),
    run: runDir,
    pid: join(runDir, 'elasticsearch.pid'),
    launcherPid: join(runDir, 'launcher.pid'),
    console: join(home, 'logs', 'console.log'),
    lock: join(workDir, '.lock'),
    leases: join(workDir, 'leases'),
    startedByTests: join(workDir, 'started-by-tests'),
  };
}

export function esUrl(opts: EsEngineOptions = {}): string {
  return `http://127.0.0.1:${opts.port ?? ES_DEFAULT_PORT}`;
}

const defaultLog = (line: string) => process.stderr.write(`[es-engine] ${line}\n`);

async function health(url: string, waitMs = 0): Promise<'green' | 'yellow' | 'red' | null> {
  try {
    const q = waitMs > 0 ? `?wait_for_status=yellow&timeout=${Math.ceil(waitMs / 1000)}s` : '';
    const res = await fetch(`${url}/_cluster/health${q}`, { signal: AbortSignal.timeout(waitMs + 3_000) });
    if (!res.ok && res.status !== 408) return null;
    const body = (await res.json()) as { status?: string; cluster_name?: string };
    return body.status === 'green' || body.status === 'yellow' || body.status === 'red' ? body.status : null;
  } catch {
    return null;
  }
}

export async function elasticsearchStatus(opts: EsEngineOptions = {}): Promise<'up' | 'down'> {
  const s = await health(esUrl(opts));
  return s === 'green' || s === 'yellow' ? 'up' : 'down';
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no console log)';
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host: '127.0.0.1', port });
    sock.setTimeout(1_000);
    sock.once('connect', () => (sock.destroy(), resolve(true)));
    sock.once('timeout', () => (sock.destroy(), resolve(false)));
    sock.once('error', () => resolve(false));
  });
}

/** The zip from ~/.m2 when Maven already has it (offline re-runs), else fetched by Maven. */
async function ensureDistribution(p: Paths, log: (l: string) => void): Promise<void> {
  if (existsSync(join(p.dist, 'bin', 'elasticsearch'))) return;
  const m2Zip = join(homedir(), '.m2', 'repository', 'org', 'elasticsearch', 'distribution', 'integ-test-zip', 'elasticsearch', ES_VERSION, `elasticsearch-${ES_VERSION}.zip`);
  let zip = m2Zip;
  const downloadDir = join(p.home, 'download');
  if (!existsSync(m2Zip)) {
    if (!(await commandExists('mvn'))) {
      throw new Error(`Maven (mvn) is not installed; it fetches ${ES_ARTIFACT} from Maven Central. Install it: apt-get install -y maven`);
    }
    log(`downloading ${ES_ARTIFACT} with Maven (~100 MB, once; cached in ~/.m2)`);
    const t0 = Date.now();
    const r = await run('mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=${ES_ARTIFACT}`, `-DoutputDirectory=${downloadDir}`], { cwd: p.home });
    if (r.code !== 0) throw new Error(`mvn dependency:copy ${ES_ARTIFACT} failed (exit ${r.code}):\n${(r.stdout + r.stderr).slice(-3000)}`);
    log(`downloaded in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    zip = existsSync(m2Zip) ? m2Zip : join(downloadDir, `elasticsearch-${ES_VERSION}.zip`);
  }
  // Unpack beside the target and rename, so an interrupted unpack is never mistaken for a complete one.
  const staging = join(p.home, `.unpack-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const t0 = Date.now();
  if (await commandExists('unzip')) {
    const r = await run('unzip', ['-q', zip, '-d', staging]);
    if (r.code !== 0) throw new Error(`unzip ${zip} failed: ${r.stderr}`);
  } else {
    // A fresh Debian has no unzip, but the JDK we need anyway has `jar`; it drops the exec bits, restored below.
    const jar = join(findJavaHome(), 'bin', 'jar');
    const r = await run(jar, ['xf', zip], { cwd: staging });
    if (r.code !== 0) throw new Error(`jar xf ${zip} failed: ${r.stderr}`);
    await run('sh', ['-c', `chmod -R a+rX "${staging}" && chmod a+x "${staging}"/elasticsearch-${ES_VERSION}/bin/*`]);
  }
  renameSync(join(staging, `elasticsearch-${ES_VERSION}`), p.dist);
  rmSync(staging, { recursive: true, force: true });
  rmSync(downloadDir, { recursive: true, force: true });
  log(`unpacked in ${((Date.now() - t0) / 1000).toFixed(1)}s into ${p.dist}`);
}

async function ensureUser(): Promise<void> {
  if ((await run('id', ['-u', ES_USER])).code === 0) return;
  const r = await run('useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', ES_USER]);
  // A parallel starter may have created it in between.
  if (r.code !== 0 && (await run('id', ['-u', ES_USER])).code !== 0) throw new Error(`useradd ${ES_USER} failed: ${r.stderr.trim()}`);
}

function hasModule(p: Paths, name: string): boolean {
  return existsSync(join(p.dist, 'modules', name));
}

/** Our settings, rewritten on every start so a changed port or version is never stale. */
function writeConfig(p: Paths, port: number): void {
  mkdirSync(p.config, { recursive: true });
  const distConfig = join(p.dist, 'config');
  // jvm.options, log4j2 etc. come from the distribution once; ES adds its keystore beside them itself.
  for (const f of readdirSync(distConfig)) {
    const src = join(distConfig, f);
    if (statSync(src).isFile() && !existsSync(join(p.config, f))) copyFileSync(src, join(p.config, f));
  }
  mkdirSync(join(p.config, 'jvm.options.d'), { recursive: true });
  const lines = [
    '# Written by infra/engines/es-engine.ts on every start; edit that file, not this one.',
    'cluster.name: rsmon-dev',
    'node.name: rsmon-es-1',
    `path.data: ${p.data}`,
    `path.logs: ${p.logs}`,
    'network.host: 127.0.0.1',
    `http.port: ${port}`,
    // Transport on an ephemeral port so a second local node (another work dir) does not clash on 9300.
    'transport.port: 0',
    'discovery.type: single-node',
    // Dev disks are often nearly full; watermarks would make indices read-only mid-test.
    'cluster.routing.allocation.disk.threshold_enabled: false',
    'action.destructive_requires_name: true',
  ];
  // This zip does carry x-pack-security (on by default, it would demand TLS and passwords); the setting
  // is unknown on a node without that module and would stop it from starting, hence the check.
  if (hasModule(p, 'x-pack-security')) lines.push('xpack.security.enabled: false');
  writeFileSync(join(p.config, 'elasticsearch.yml'), lines.join('\n') + '\n');
}

async function launch(p: Paths, port: number, log: (l: string) => void): Promise<void> {
  const javaHome = findJavaHome();
  const asRoot = process.getuid?.() === 0;
  for (const d of [p.data, p.logs, p.tmp, p.run]) mkdirSync(d, { recursive: true });
  writeConfig(p, port);
  if (asRoot) {
    await ensureUser();
    const r = await run('chown', ['-R', `${ES_USER}:${ES_USER}`, p.config, p.data, p.logs, p.tmp, p.run]);
    if (r.code !== 0) throw new Error(`chown for ${ES_USER} failed: ${r.stderr}`);
  }
  rmSync(p.pid, { force: true });
  const bin = join(p.dist, 'bin', 'elasticsearch');
  const [cmd, args] = asRoot ? ['runuser', ['-u', ES_USER, '--', bin, '-p', p.pid]] : [bin, ['-p', p.pid]];
  const out = openSync(p.console, 'a');
  writeFileSync(p.console, `\n--- start ${new Date().toISOString()} java=${javaHome} ---\n`, { flag: 'a' });
  // A clean environment: a stray JAVA_TOOL_OPTIONS or _JAVA_OPTIONS from the caller must not reach the node.
  const child = spawn(cmd, args as string[], {
    cwd: p.logs, // jvm.options writes gc.log relative to the working directory
    detached: true, // own process group: stop() can signal the launcher and the server together
    stdio: ['ignore', out, out],
    env: {
      PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
      LANG: 'C.UTF-8',
      HOME: p.home,
      ES_JAVA_HOME: javaHome,
      ES_PATH_CONF: p.config,
      ES_TMPDIR: p.tmp,
      ES_JAVA_OPTS: HEAP,
    },
  });
  closeSync(out);
  if (child.pid === undefined) throw new Error(`could not spawn ${cmd}`);
  writeFileSync(p.launcherPid, String(child.pid));
  child.unref();
  log(`launched pid ${child.pid} (java ${javaHome}); logs in ${p.logs}`);
}

async function waitHealthy(p: Paths, url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const s = await health(url, 2_000);
    if (s === 'green' || s === 'yellow') return;
    const launcher = readPid(p.launcherPid);
    if (launcher !== null && !isAlive(launcher)) {
      throw new Error(`Elasticsearch exited during startup. Last lines of ${p.console}:\n${tail(p.console)}`);
    }
    await sleep(1_000);
  }
  throw new Error(`Elasticsearch not healthy after ${START_TIMEOUT_MS / 1000}s. Last lines of ${p.console}:\n${tail(p.console)}`);
}

async function startLocked(p: Paths, opts: EsEngineOptions): Promise<{ url: string; started: boolean }> {
  const url = esUrl(opts);
  const log = opts.log ?? defaultLog;
  if ((await elasticsearchStatus(opts)) === 'up') return { url, started: false };
  const launcher = readPid(p.launcherPid);
  if (launcher !== null && isAlive(launcher)) {
    // Started by someone (a crashed starter?) and still coming up: wait for it rather than launch twice.
    await waitHealthy(p, url);
    return { url, started: false };
  }
  const port = opts.port ?? ES_DEFAULT_PORT;
  if (await portInUse(port)) {
    throw new Error(`port ${port} is in use by something that is not a healthy Elasticsearch (no green/yellow /_cluster/health); stop it or pick another port`);
  }
  const t0 = Date.now();
  await ensureDistribution(p, log);
  await launch(p, port, log);
  try {
    await waitHealthy(p, url);
  } catch (e) {
    await stopProcesses(p); // a failed start leaves nothing running
    throw e;
  }
  log(`up at ${url} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return { url, started: true };
}

/** Idempotent: returns at once when a healthy node already answers on the port. */
export async function startElasticsearch(opts: EsEngineOptions = {}): Promise<{ url: string }> {
  const p = paths(opts);
  mkdirSync(p.workDir, { recursive: true });
  mkdirSync(p.home, { recursive: true });
  const { url } = await withDirLock(p.lock, () => startLocked(p, opts));
  return { url };
}

async function killAndWait(pid: number, group: boolean, timeoutMs: number): Promise<void> {
  const target = group ? -pid : pid;
  const send = (sig: NodeJS.Signals) => {
    try {
      process.kill(target, sig);
    } catch {
      // already gone
    }
  };
  send('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);
  if (isAlive(pid)) {
    send('SIGKILL');
    while (isAlive(pid) && Date.now() < deadline + 5_000) await sleep(100);
  }
}

async function stopProcesses(p: Paths): Promise<void> {
  const server = readPid(p.pid);
  const launcher = readPid(p.launcherPid);
  // The server first, gracefully (it flushes shards on SIGTERM), then whatever is left of the launcher group.
  if (server !== null && isAlive(server)) await killAndWait(server, false, 30_000);
  if (launcher !== null && isAlive(launcher)) await killAndWait(launcher, true, 10_000);
  rmSync(p.pid, { force: true });
  rmSync(p.launcherPid, { force: true });
}

/** Stops the node this work dir started; a node we did not start (no pid file) is left alone. */
export async function stopElasticsearch(opts: EsEngineOptions = {}): Promise<void> {
  const p = paths(opts);
  if (!existsSync(p.workDir)) return;
  await withDirLock(p.lock, async () => {
    await stopProcesses(p);
    rmSync(p.startedByTests, { force: true });
    rmSync(p.leases, { recursive: true, force: true });
  });
}

export interface EsCapabilities {
  ilm: boolean;
  analysisCommon: boolean;
  painless: boolean;
  dataStreams: boolean;
  /** Modules present on every node. */
  modules: string[];
}

/** What the cluster can do, from the modules and plugins every node reports (a feature is usable only if all nodes have it). */
export async function detectEsCapabilities(client: Client): Promise<EsCapabilities> {
  const res = (await client.nodes.info({ metric: 'plugins', filter_path: 'nodes.*.modules.name,nodes.*.plugins.name' })) as unknown as {
    nodes?: Record<string, { modules?: Array<{ name: string }>; plugins?: Array<{ name: string }> }>;
  };
  const nodes = Object.values(res.nodes ?? {});
  const perNode = nodes.map((n) => new Set([...(n.modules ?? []), ...(n.plugins ?? [])].map((m) => m.name)));
  const mods = [...(perNode[0] ?? [])].filter((name) => perNode.every((s) => s.has(name))).sort();
  const has = (...names: string[]) => names.some((x) => mods.includes(x));
  return {
    ilm: has('x-pack-ilm'),
    analysisCommon: has('analysis-common'),
    painless: has('lang-painless'),
    dataStreams: has('x-pack-data-streams', 'data-streams'),
    modules: mods,
  };
}

export type EsTestHandle = { url: string; skip?: undefined; release: () => Promise<void> } | { skip: string; url?: undefined; release: () => Promise<void> };

function pruneLeases(p: Paths): string[] {
  mkdirSync(p.leases, { recursive: true });
  const live: string[] = [];
  for (const f of readdirSync(p.leases)) {
    if (isAlive(Number(f)) && Number(f) !== process.pid) live.push(f);
    else if (Number(f) !== process.pid) rmSync(join(p.leases, f), { force: true });
  }
  return live;
}

/**
 * For test files: start (or reuse) the node and hold a lease on it. `release()` stops the node when the
 * last test process lets go, but only if tests started it, so a developer's own node survives a test run.
 * In CI (CI=true) a node that cannot start is an error, never a skip; elsewhere the tests are skipped
 * with the reason, unless RSMON_REQUIRE_ENGINES=1.
 */
export async function ensureElasticsearchForTests(opts: EsEngineOptions = {}): Promise<EsTestHandle> {
  const p = paths(opts);
  const mustRun = process.env.CI === 'true' || process.env.RSMON_REQUIRE_ENGINES === '1';
  // An ES_URL other than our local default means "test against that cluster": reuse, never start or stop it.
  const external = process.env.ES_URL?.replace(/\/+$/, '');
  if (external && external !== esUrl(opts)) {
    const s = await health(external);
    if (s === 'green' || s === 'yellow') return { url: external, release: async () => {} };
    const msg = `ES_URL=${redactUrl(external)} is set but no healthy cluster answers there`;
    if (mustRun) throw new Error(msg);
    return { skip: msg, release: async () => {} };
  }
  mkdirSync(p.workDir, { recursive: true });
  mkdirSync(p.home, { recursive: true });
  let url: string;
  try {
    url = await withDirLock(p.lock, async () => {
      const r = await startLocked(p, opts);
      if (r.started) writeFileSync(p.startedByTests, String(process.pid));
      mkdirSync(p.leases, { recursive: true });
      writeFileSync(join(p.leases, String(process.pid)), '');
      return r.url;
    });
  } catch (e) {
    const msg = `Elasticsearch test node could not start: ${(e as Error).message}`;
    if (mustRun) throw new Error(msg, { cause: e });
    return { skip: msg, release: async () => {} };
  }
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await withDirLock(p.lock, async () => {
      rmSync(join(p.leases, String(process.pid)), { force: true });
      if (pruneLeases(p).length === 0 && existsSync(p.startedByTests)) {
        await stopProcesses(p);
        rmSync(p.startedByTests, { force: true });
      }
    });
  };
  return { url, release };
}
