// Runs a command with a directory (or file) it cannot write to, also when the tests run as root (CI does),
// where `chmod a-w` stops nothing. In order of preference:
//  - not root: chmod a-w is enough (the caller does it);
//  - root: a read-only bind mount of the directory in a private mount namespace (`unshare -m`),
//    so the command sees EROFS where a normal user sees EACCES; the mount ends with the command;
//  - root without CAP_SYS_ADMIN: run as nobody (setpriv), if that user can run this Node.
// Each way is checked with a write probe before use: a helper that leaves the directory writable
// would make a read-only test pass for the wrong reason.
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Wrap = (argv: string[]) => string[];

const direct: Wrap = (argv) => argv;
const roBindMount =
  (dir: string): Wrap =>
  (argv) => ['unshare', '-m', 'sh', '-c', 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"', 'sh', dir, ...argv];
const asNobody: Wrap = (argv) => ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', ...argv];

function run(argv: string[]) {
  return spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8' });
}

/**
 * A wrapper under which `dir` (already chmod a-w by the caller) cannot be written, proven by a
 * probe that tries to create a file there (or, for a file, to open it for writing) with this Node.
 * Throws, explaining, when none works.
 */
export function readOnlyWrapper(dir: string): { wrap: Wrap; how: string } {
  const isDir = statSync(dir).isDirectory();
  const candidates: Array<{ wrap: Wrap; how: string }> =
    process.getuid?.() === 0
      ? [
          { wrap: roBindMount(dir), how: 'root: read-only bind mount (unshare -m)' },
          { wrap: asNobody, how: 'root: running as nobody (setpriv)' },
        ]
      : [{ wrap: direct, how: `uid ${process.getuid?.()}: chmod a-w` }];
  const probeFile = isDir ? join(dir, '.write-probe') : dir;
  const probe = `try { require('fs').closeSync(require('fs').openSync(${JSON.stringify(probeFile)}, ${isDir ? "'w'" : "'r+'"})); console.log('WRITABLE') } catch (e) { console.log(e.code) }`;
  const tried: string[] = [];
  for (const c of candidates) {
    const r = run(c.wrap([process.execPath, '-e', probe]));
    const out = r.stdout.trim();
    if (isDir) rmSync(probeFile, { force: true });
    if (r.status === 0 && (out === 'EACCES' || out === 'EROFS')) return c;
    tried.push(`${c.how}: ${out || r.stderr.trim() || `exit ${r.status}`}`);
  }
  throw new Error(`cannot make ${dir} unwritable for a child process (${tried.join('; ')})`);
}
