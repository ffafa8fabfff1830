// Runs the real `rsmon` command line as a child process, as a user or outside tool would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const RSMON = join(REPO, 'bin', 'rsmon.js');

export function tempDir(prefix = 'rsmon-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function startRsmon(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [RSMON, ...args], {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function rsmon(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startRsmon(args, env);
  let stdout = '';
  let stderr = '';
  // Decode as a stream: a chunk boundary can fall inside a multi-byte character (seen: "€" split in two).
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}
