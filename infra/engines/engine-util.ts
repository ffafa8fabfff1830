// Shared plumbing for the local engines (Kafka, Elasticsearch): run a command, find Java/Maven,
// start a detached process with a pid file, wait for health with a deadline, stop it for sure,
// and serialise concurrent starts with a lock. Nothing here knows about a specific engine.
import { spawn, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** An engine could not be provisioned, started or stopped; `message` says what to do about it. */
export class EngineError extends Error {
  constructor(message: string, opts?: { cause?: unknown }) {
    super(message, opts);
    this.name = 'EngineError';
  }
}

/** Repository root: this file lives at infra/engines/, two levels down. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Per-engine working folder under `.engines/` (gitignored): data, logs, pid file, cached jars. */
export function engineDir(engine: string, workDir?: string): string {
  const dir = path.join(workDir ?? path.join(REPO_ROOT, '.engines'), engine);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run a command to completion and capture its output. Rejects with an EngineError when the program
 * is missing (ENOENT) or the timeout passes; a non-zero exit is returned, not thrown, so callers
 * can word the error for their tool.
 */
export function runCommand(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGKILL');
          reject(new EngineError(`${cmd} ${args.join(' ')} did not finish within ${opts.timeoutMs} ms`));
        }, opts.timeoutMs)
      : undefined;
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      reject(
        err.code === 'ENOENT'
          ? new EngineError(`'${cmd}' was not found on PATH`, { cause: err })
          : new EngineError(`could not run ${cmd}: ${err.message}`, { cause: err }),
      );
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Last `n` lines of a text file, for error messages that point at a failing engine's log. */
export function tailFile(file: string, n = 30): string {
  try {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return lines.slice(-n - 1).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The java binary to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Checks that Java of at least `minMajor` is present; returns its major version. */
export async function requireJava(minMajor: number, env: NodeJS.ProcessEnv = process.env): Promise<{ bin: string; major: number }> {
  const bin = javaBinary(env);
  const hint = `install a JDK ${minMajor}+ (Debian: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME`;
  let res: RunResult;
  try {
    res = await runCommand(bin, ['-version'], { timeoutMs: 30_000 });
  } catch (err) {
    throw new EngineError(`Java is required but '${bin}' could not be run: ${hint}`, { cause: err });
  }
  // `java -version` prints to stderr: openjdk version "17.0.15" / "1.8.0_392" / "25".
  const m = /version "(\d+)(?:\.(\d+))?/.exec(res.stderr + res.stdout);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (res.code !== 0 || !Number.isFinite(major)) throw new EngineError(`'${bin} -version' failed: ${hint}\n${res.stderr}`);
  if (major < minMajor) throw new EngineError(`Java ${major} found at '${bin}', but ${minMajor}+ is needed: ${hint}`);
  return { bin, major };
}

/** Checks that Maven is present (it resolves engine jars from Maven Central into ~/.m2). */
export async function requireMaven(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const bin = env.MVN ?? 'mvn';
  const hint = 'install Maven 3.6+ (Debian: apt-get install -y maven) or set MVN to its path';
  try {
    const res = await runCommand(bin, ['-v', '-B'], { timeoutMs: 60_000 });
    if (res.code !== 0) throw new EngineError(`'${bin} -v' exited ${res.code}: ${hint}\n${res.stderr}`);
  } catch (err) {
    if (err instanceof EngineError && err.message.startsWith(`'${bin} -v' exited`)) throw err;
    throw new EngineError(`Maven is required but '${bin}' could not be run: ${hint}`, { cause: err });
  }
  return bin;
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

// ---- pid files and processes -------------------------------------------------------------

export function readPid(pidFile: string): number | null {
  try {
    const n = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

export function writePid(pidFile: string, pid: number): void {
  fs.writeFileSync(pidFile, `${pid}\n`);
}

export function removeFile(file: string): void {
  fs.rmSync(file, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: alive but not ours to signal; still counts as alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive and not a zombie (exited but not yet reaped by its parent). */
export function isRunning(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    // /proc/<pid>/stat: "pid (comm) S ..."; comm may contain spaces, so read after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

/**
 * True when `pid` is alive and its command line contains `needle`. Guards against pid reuse:
 * a stale pid file must never make us SIGKILL an unrelated process. Off Linux (no /proc) it
 * falls back to liveness only.
 */
export function pidRuns(pid: number, needle: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    // A zombie (exited, not yet reaped) has an empty cmdline: it is not running.
    return cmdline.includes(needle);
  } catch {
    return process.platform !== 'linux';
  }
}

/**
 * Start a long-running process detached from us (own process group, no stdio ties), so it
 * outlives the CLI that started it; stdout/stderr go to `logFile`. Returns its pid.
 */
export function spawnDetached(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string },
): number {
  const fd = fs.openSync(opts.logFile, 'a');
  try {
    const spawnOpts: SpawnOptions = { cwd: opts.cwd, env: opts.env ?? process.env, detached: true, stdio: ['ignore', fd, fd] };
    const child = spawn(cmd, args, spawnOpts);
    if (child.pid === undefined) throw new EngineError(`could not start ${cmd} (see ${opts.logFile})`);
    child.on('error', () => {}); // reported through the pid check and health wait instead
    child.unref();
    return child.pid;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Stop a process (and its process group, which a detached child leads): SIGTERM, wait up to
 * `graceMs` for it to exit, then SIGKILL. Resolves once it is gone.
 */
export async function stopProcess(pid: number, opts: { graceMs?: number } = {}): Promise<'terminated' | 'killed' | 'not-running'> {
  if (!isRunning(pid)) return 'not-running';
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig); // the whole group: java plus anything it forked
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + (opts.graceMs ?? 30_000);
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return 'terminated';
    await sleep(200);
  }
  signal('SIGKILL');
  for (let i = 0; i < 50 && isRunning(pid); i++) await sleep(100);
  return 'killed';
}

// ---- waiting ----------------------------------------------------------------------------------

/**
 * Poll `check` until it returns true or `timeoutMs` passes. `abort` lets the caller fail fast
 * (e.g. the process died) with its own message instead of waiting out the deadline.
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  opts: { timeoutMs: number; intervalMs?: number; abort?: () => string | null },
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const why = opts.abort?.();
    if (why) throw new EngineError(`${what}: ${why}`);
    if (await check().catch(() => false)) return;
    if (Date.now() >= deadline) throw new EngineError(`${what}: not ready within ${opts.timeoutMs} ms`);
    await sleep(opts.intervalMs ?? 500);
  }
}

/** True when something accepts TCP connections on host:port. */
export function isPortOpen(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function waitForPort(host: string, port: number, timeoutMs: number): Promise<void> {
  return waitFor(`port ${host}:${port}`, () => isPortOpen(host, port), { timeoutMs });
}

/** True when `url` answers with a status `ok` accepts (2xx by default) within `timeoutMs`. */
export async function httpHealthy(
  url: string,
  opts: { timeoutMs?: number; ok?: (status: number) => boolean; headers?: Record<string, string> } = {},
): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 2_000), headers: opts.headers });
    await res.body?.cancel();
    return (opts.ok ?? ((s) => s >= 200 && s < 300))(res.status);
  } catch {
    return false;
  }
}

export function waitForHttp(url: string, timeoutMs: number, opts: { ok?: (status: number) => boolean; headers?: Record<string, string> } = {}): Promise<void> {
  return waitFor(`HTTP ${url}`, () => httpHealthy(url, opts), { timeoutMs });
}

// ---- locking ------------------------------------------------------------------------------------

/**
 * Run `fn` holding an exclusive lock (a directory: mkdir is atomic). Parallel test files and a
 * CLI may start the same engine at once; the lock makes the second one see the first's broker
 * instead of racing it for the port. A lock whose holder died is taken over.
 */
export async function withLock<T>(lockDir: string, fn: () => Promise<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  const owner = path.join(lockDir, 'pid');
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(owner, String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readPid(owner);
      // No pid yet means the holder is between mkdir and write: give it a moment before judging.
      if (holder !== null && !isAlive(holder)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (holder === null) {
        const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
        if (age > 10_000) fs.rmSync(lockDir, { recursive: true, force: true });
      }
      if (Date.now() > deadline) throw new EngineError(`timed out waiting for lock ${lockDir} (held by pid ${holder ?? '?'})`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}
