// Crash safety: SIGKILL `rsmon run --once` mid-run several times, then let it finish. Every item
// must be stored exactly once and the cases must equal those of an uninterrupted run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { rsmon, startRsmon, tempDir, REPO } from '../helpers/cli.ts';
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

const sampleIds = readFileSync(join(REPO, 'connectors/sample/items.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { id: string }).id);

test('SIGKILL mid-run, restart: every item stored once, no case lost or doubled', { timeout: 300_000 }, async () => {
  const clean = tempDir();
  const t0 = Date.now();
  const ref = await rsmon(['run', '--once', '--quiet', '--data', clean]);
  const cleanMs = Date.now() - t0;
  assert.equal(ref.code, 0, ref.stderr);
  const refCases = (await rsmon(['cases', '--json', '--data', clean])).stdout.trim().split('\n').sort();
  assert.ok(refCases.length > 10);

  const crashed = tempDir();
  let kills = 0;
  for (const fraction of [0.35, 0.5, 0.65, 0.8, 0.95]) {
    const child = startRsmon(['run', '--once', '--quiet', '--data', crashed]);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const timer = setTimeout(() => {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        kills++;
      }
    }, Math.round(cleanMs * fraction));
    await exited;
    clearTimeout(timer);
  }
  assert.ok(kills >= 3, `only ${kills} runs were killed mid-way; the crash test proved too little`);
  const final = await rsmon(['run', '--once', '--quiet', '--data', crashed]);
  assert.equal(final.code, 0, final.stderr);

  const ids = await storedItemIds(crashed);
  assert.equal(ids.length, new Set(ids).size, 'an item is stored twice');
  assert.deepEqual(ids.sort(), [...new Set(sampleIds)].sort(), 'stored items differ from the input');
  const cases = (await rsmon(['cases', '--json', '--data', crashed])).stdout.trim().split('\n').sort();
  const diff = caseDiff(cases, refCases, ['after crashes', 'uninterrupted']);
  assert.ok(cases.length === refCases.length && cases.every((c, i) => c === refCases[i]), diff);
  console.log(`crash test: ${kills} SIGKILLs at 35-95% of a ${cleanMs} ms run; ${ids.length} items stored once; ${cases.length} cases identical`);
});
