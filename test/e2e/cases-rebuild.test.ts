// `rsmon cases rebuild`: the full rebuild from stored evidence gives the cases the pipeline built,
// follows a changed scoring file, takes one pair alone, and refuses a pair it has no evidence for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { rsmon, tempDir, REPO } from '../helpers/cli.ts';

/** config/scoring.json with every weight doubled, written into `dir`. */
function doubledScoring(dir: string): string {
  const scoring = JSON.parse(readFileSync(join(REPO, 'config/scoring.json'), 'utf8')) as { weights: Record<string, number> };
  for (const k of Object.keys(scoring.weights)) scoring.weights[k] = scoring.weights[k]! * 2;
  const file = join(dir, 'scoring-doubled.json');
  writeFileSync(file, JSON.stringify(scoring));
  return file;
}

const withoutTime = (out: string) => out.trim().split('\n').map((l) => l.replace(/"updatedAt":"[^"]*"/, '')).sort();

test('cases rebuild: same cases as the pipeline; a changed scoring file changes them; one pair; an unknown pair is an error', { timeout: 300_000 }, async () => {
  const data = tempDir();
  assert.equal((await rsmon(['run', '--once', '--quiet', '--data', data])).code, 0);
  const before = withoutTime((await rsmon(['cases', '--json', '--data', data])).stdout);
  assert.ok(before.length > 10);

  const rebuilt = await rsmon(['cases', 'rebuild', '--data', data]);
  assert.equal(rebuilt.code, 0, rebuilt.stderr);
  assert.match(rebuilt.stdout, new RegExp(`rebuilt ${before.length} cases from \\d+ evidence documents`));
  assert.deepEqual(withoutTime((await rsmon(['cases', '--json', '--data', data])).stdout), before);

  // Every weight doubled: scores change, and the rebuild is what applies the new file.
  const file = doubledScoring(data);
  const first = JSON.parse(before[0]!) as { id: string; score: number };
  const one = await rsmon(['cases', 'rebuild', '--pair', first.id, '--data', data], { SCORING_FILE: file });
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stdout, /rebuilt 1 cases from \d+ evidence documents/);
  const after = (await rsmon(['cases', '--json', '--data', data])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; score: number });
  const changed = after.filter((c) => c.score !== (JSON.parse(before.find((b) => b.includes(`"id":${JSON.stringify(c.id)}`))!) as { score: number }).score);
  assert.deepEqual(changed.map((c) => c.id), [first.id], 'only the rebuilt pair follows the new scoring');

  const unknown = await rsmon(['cases', 'rebuild', '--pair', 'x:nobody|nofirm', '--data', data]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no evidence for pair "x:nobody\|nofirm"/);
});

test('a changed scoring file rescoring every case when the pipeline starts: no case left under the old rules', { timeout: 300_000 }, async () => {
  const data = tempDir();
  assert.equal((await rsmon(['run', '--once', '--quiet', '--data', data])).code, 0);
  type Scored = { id: string; score: number; level: string; scoring?: { version: number; hash: string } };
  const read = async () => (await rsmon(['cases', '--json', '--data', data])).stdout.trim().split('\n').map((l) => JSON.parse(l) as Scored);
  const before = await read();
  const oldHashes = new Set(before.map((c) => c.scoring?.hash));
  assert.equal(oldHashes.size, 1, 'every case carries the one stamp of the rules it was scored with');

  const file = doubledScoring(data);
  // No new items: only the start-up check can rescore anything.
  const run = await rsmon(['run', '--once', '--quiet', '--no-sample', '--data', data], { SCORING_FILE: file });
  assert.equal(run.code, 0, run.stderr);
  const after = await read();
  assert.equal(after.length, before.length);
  const newHashes = new Set(after.map((c) => c.scoring?.hash));
  assert.equal(newHashes.size, 1);
  assert.ok(!oldHashes.has([...newHashes][0]), `the stamp follows the rules: ${[...oldHashes].join()} -> ${[...newHashes].join()}\n${run.stderr}`);
  // The same as scoring everything from scratch under the new rules.
  const fresh = tempDir();
  assert.equal((await rsmon(['run', '--once', '--quiet', '--data', fresh], { SCORING_FILE: file })).code, 0);
  const scratch = withoutTime((await rsmon(['cases', '--json', '--data', fresh])).stdout);
  assert.deepEqual(withoutTime((await rsmon(['cases', '--json', '--data', data])).stdout), scratch);
  assert.ok(after.some((c) => c.score !== before.find((b) => b.id === c.id)!.score), 'the doubled weights changed scores');
});

test('rsmon cases | head: the reader leaving early is no crash', async () => {
  const data = tempDir();
  assert.equal((await rsmon(['run', '--once', '--quiet', '--data', data])).code, 0);
  const { spawn } = await import('node:child_process');
  const child = spawn('bash', ['-c', `node ${join(REPO, 'bin/rsmon.js')} cases --min-level none --data ${data} | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  await new Promise((r) => child.on('exit', r));
  assert.doesNotMatch(err, /EPIPE|Unhandled/);
  assert.equal(out.trim(), '0');
});
