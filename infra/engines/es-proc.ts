// Command helpers for the Elasticsearch engine: `run` never throws on a failed or missing command
// (the ES set-up words its own errors, e.g. for useradd or unzip), unlike engine-util's runCommand.
import { execFile } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command to completion without a shell (no quoting surprises); never throws on exit code. */
export function run(cmd: string, args: string[], opts: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { cwd: opts.cwd, env: opts.env ?? process.env, timeout: opts.timeoutMs ?? 600_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 127) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) || (err && code === 127 ? err.message : '') });
      },
    );
  });
}

export async function commandExists(cmd: string): Promise<boolean> {
  return (await run('sh', ['-c', `command -v ${cmd}`])).code === 0;
}

// Process and lock helpers shared with the Kafka engine.
export { isAlive, readPid, sleep } from './engine-util.ts';
export { withLock as withDirLock } from './engine-util.ts';
