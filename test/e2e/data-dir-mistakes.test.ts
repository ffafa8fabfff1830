// Class "--data mistakes" (issue 6, class 8): a typo in --data for a read command used to create an
// empty store and print nothing; a read-only data dir failed with "attempt to write a readonly
// database", naming no file. Read commands now refuse a missing data dir or store, naming the path
// and creating nothing, and open the store read-only; write commands name the file they cannot write.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { REPO, RSMON, rsmon, tempDir } from '../helpers/cli.ts';
import { readOnlyWrapper, type Wrap } from '../helpers/read-only-dir.ts';

const root = tempDir('rsmon-data-dir-');
// Traversable by every user: one way to run as root with an unwritable dir is to run as nobody.
chmodSync(root, 0o755);
after(() => {
  // Writable again first: a non-root user cannot delete files from a 0555 directory.
  for (const d of readdirSync(root)) chmodSync(join(root, d), 0o755);
  rmSync(root, { recursive: true, force: true });
});

/** Name, size and mtime of every file: what a read command must leave exactly as it found it. */
function snapshot(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((f) => {
      const s = statSync(join(dir, f));
      return `${f} ${s.size} ${s.mtimeMs}`;
    });
}

async function rsmonWrapped(wrap: Wrap, args: string[]) {
  const [cmd, ...rest] = wrap([process.execPath, RSMON, ...args]);
  const child = spawn(cmd!, rest, { cwd: REPO, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

test('--data mistakes: a typo in --data for a read command exits non-zero, names the path and creates nothing', async () => {
  const typo = join(root, 'dtaa');
  for (const args of [['cases'], ['cases', '--json'], ['firms', 'list']]) {
    const r = await rsmon([...args, '--data', typo]);
    assert.notEqual(r.code, 0, `${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, /data directory .* does not exist/, args.join(' '));
    assert.ok(r.stderr.includes(typo), `${args.join(' ')} must name ${typo}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.equal(existsSync(typo), false, `${args.join(' ')} created ${typo}`);
  }
  // DATA_DIR is named as deliberately as --data.
  const viaEnv = await rsmon(['cases'], { DATA_DIR: typo });
  assert.notEqual(viaEnv.code, 0);
  assert.ok(viaEnv.stderr.includes(typo), viaEnv.stderr);
  assert.equal(existsSync(typo), false);
});

test('--data mistakes: a data dir without a store makes `cases` fail naming the store file, and stays empty', async () => {
  const empty = join(root, 'empty');
  mkdirSync(empty);
  const r = await rsmon(['cases', '--data', empty]);
  assert.notEqual(r.code, 0);
  assert.ok(r.stderr.includes(join(empty, 'store.sqlite')), r.stderr);
  assert.deepEqual(readdirSync(empty), []);
});

test('--data mistakes: a read-only data dir still serves `cases`; a write command names the file and the cause', { timeout: 120_000 }, async () => {
  const data = join(root, 'ro');
  const filled = await rsmon(['run', '--once', '--quiet', '--data', data]);
  assert.equal(filled.code, 0, filled.stderr);
  const expected = await rsmon(['cases', '--json', '--data', data]);
  assert.equal(expected.code, 0, expected.stderr);
  assert.ok(expected.stdout.trim().split('\n').length > 10, 'the sample run yields cases');

  for (const f of readdirSync(data)) chmodSync(join(data, f), 0o444);
  chmodSync(data, 0o555);
  // Proven unwritable for the child (see the helper): as root through a read-only bind mount
  // (EROFS), otherwise through the file modes (EACCES).
  const { wrap, how } = readOnlyWrapper(data);
  const before = snapshot(data);

  const read = await rsmonWrapped(wrap, ['cases', '--json', '--data', data]);
  assert.equal(read.code, 0, `${how}: ${read.stderr}`);
  assert.equal(read.stdout, expected.stdout, how);
  const text = await rsmonWrapped(wrap, ['cases', '--data', data]);
  assert.equal(text.code, 0, `${how}: ${text.stderr}`);
  assert.match(text.stdout, /score/);
  assert.deepEqual(snapshot(data), before, `${how}: a read command changed the data dir`);

  const write = await rsmonWrapped(wrap, ['run', '--once', '--quiet', '--no-sample', '--data', data]);
  assert.notEqual(write.code, 0, how);
  assert.ok(write.stderr.includes(join(data, 'bus.sqlite')), `${how}: must name the file: ${write.stderr}`);
  assert.match(write.stderr, /cannot open for writing .*not writable by this user/, how);
  assert.doesNotMatch(write.stderr, /^\s+at /m, 'an error message, not a stack trace');
  assert.deepEqual(snapshot(data), before, how);
});

test('--data mistakes: a read-only store file in a writable data dir fails the write command at open, naming the file', { timeout: 120_000 }, async () => {
  const data = join(root, 'ro-file');
  const filled = await rsmon(['setup', '--data', data]);
  assert.equal(filled.code, 0, filled.stderr);
  const store = join(data, 'store.sqlite');
  chmodSync(store, 0o444);
  const { wrap, how } = readOnlyWrapper(store);
  const write = await rsmonWrapped(wrap, ['run', '--once', '--quiet', '--no-sample', '--data', data]);
  assert.notEqual(write.code, 0, how);
  assert.ok(write.stderr.includes(store), `${how}: must name ${store}: ${write.stderr}`);
  assert.match(write.stderr, /cannot open for writing \(attempt to write a readonly database/, how);
  const read = await rsmonWrapped(wrap, ['cases', '--json', '--data', data]);
  assert.equal(read.code, 0, `${how}: ${read.stderr}`);
});
