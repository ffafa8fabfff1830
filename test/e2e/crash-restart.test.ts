// Crash safety: SIGKILL `rsmon run --once` mid-run several times, then let it finish. Every item
// must be stored exactly once and the cases must equal those of an uninterrupted run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { rsmon, startRsmon, tempDir } from '../helpers/cli.ts';
import { scaledSample } from '../helpers/scaled-sample.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { caseDiff } from '../helpers/case-diff.ts';

async function storedItemIds(data: string): Promise<string[]> {
  const store = createSqliteStore({ file: join(data, 'store.sqlite') });
  try {
    const ids: string[] = [];
    for (let from = 0; ; from += 1000) {
      const page = await store.search('items', { from, size: 1000, sort: [{ field: 'id', order: 'asc' }] });
      ids.push(...page.hits.map((h) => h.id));
      if (page.hits.length < 1000) break;
    }
    return ids;
  } finally {
    await store.close();
  }
}

/** Items in the store now; 0 before the first run has created it. */
async function storedCount(data: string): Promise<number> {
  const file = join(data, 'store.sqlite');
  if (!existsSync(file)) return 0;
  let store;
  try {
    store = createSqliteStore({ file, readonly: true });
  } catch {
    return 0; // the file exists, its tables not yet: the read-only open refuses it
  }
  try {
    return await store.count('items');
  } catch {
    return 0; // the schema is still being created
  } finally {
    await store.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('SIGKILL mid-run, restart: every item stored once, no case lost or doubled', { timeout: 600_000 }, async () => {
  // Three copies of the sample: enough batches that a run is still going when progress shows.
  const input = scaledSample(tempDir(), 3);
  const clean = tempDir();
  const ref = await rsmon(['run', '--once', '--quiet', '--data', clean, '--input', input.file]);
  assert.equal(ref.code, 0, ref.stderr);
  const refCases = (await rsmon(['cases', '--json', '--data', clean])).stdout.trim().split('\n').sort();
  assert.ok(refCases.length > 10);

  // Each run is killed once the store holds 20%, 40%, 60%, 80% of the items (and more than the run
  // before left): the kill falls mid-work however fast or slow the machine is, where a kill on a
  // timer could come after the run had ended.
  const crashed = tempDir();
  const killedAt: number[] = [];
  for (const fraction of [0.2, 0.4, 0.6, 0.8]) {
    const before = await storedCount(crashed);
    const target = Math.max(before + 1, Math.floor(input.ids.length * fraction));
    const child = startRsmon(['run', '--once', '--quiet', '--data', crashed, '--input', input.file]);
    let exited = false;
    const done = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
    while (!exited) {
      const now = await storedCount(crashed);
      if (now >= target && !exited) {
        child.kill('SIGKILL');
        killedAt.push(now);
        break;
      }
      await sleep(20);
    }
    await done;
  }
  assert.ok(killedAt.length >= 3, `only ${killedAt.length} runs were killed mid-way; the crash test proved too little`);
  assert.ok(killedAt.every((n) => n < input.ids.length), `a kill came after the last item was stored: ${killedAt.join(', ')}`);
  const final = await rsmon(['run', '--once', '--quiet', '--data', crashed, '--input', input.file]);
  assert.equal(final.code, 0, final.stderr);

  const ids = await storedItemIds(crashed);
  assert.equal(ids.length, new Set(ids).size, 'an item is stored twice');
  assert.deepEqual(ids.sort(), [...input.ids].sort(), 'stored items differ from the input');
  const cases = (await rsmon(['cases', '--json', '--data', crashed])).stdout.trim().split('\n').sort();
  const diff = caseDiff(cases, refCases, ['after crashes', 'uninterrupted']);
  assert.ok(cases.length === refCases.length && cases.every((c, i) => c === refCases[i]), diff);
  console.log(`crash test: SIGKILLs at ${killedAt.join(', ')} of ${input.ids.length} items stored; ${ids.length} items stored once; ${cases.length} cases identical`);
});
