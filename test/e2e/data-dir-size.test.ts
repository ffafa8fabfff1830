// Storage per item (issue 9): the embedded data dir must not keep every item in the bus log
// forever, nor grow without bound per item. The bound is measured against the generated items'
// own JSON, never a hard-coded size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rsmon, tempDir } from '../helpers/cli.ts';
import { generatedSample } from '../helpers/scaled-sample.ts';
import { openDatabase } from '../../infra/sqlite/open-database.ts';
import { dirBytes } from '../helpers/dir-bytes.ts';

// Measured 2026-12-05: 5.7x at 3,000 items, 5x at 10,000 once `fields` holds only the queried paths
// (decision 0029; 15x before); 3.1x at 3,000 and 2.8x at 10,000 with documents stored deflated
// (decision 0035). The margin absorbs SQLite page rounding on another machine and the fixed cost of
// a small run; issue 9's aim, 3x, is for large runs (npm run bench:scale).
const MAX_DATA_BYTES_PER_JSON_BYTE = 4;

test('bus log keeps no committed item and the data dir stays within its bound per item', async () => {
  const work = tempDir();
  const data = join(work, 'data');
  const gen = generatedSample(work, 3000);
  const r = await rsmon(['run', '--once', '--no-sample', '--quiet', '--input', gen.file], { DATA_DIR: data });
  assert.equal(r.code, 0, r.stderr);

  const bus = openDatabase(join(data, 'bus.sqlite'));
  const left = bus.prepare("SELECT topic, COUNT(*) AS n FROM messages WHERE topic <> 'rs.dlq' GROUP BY topic").all();
  bus.close();
  assert.deepEqual(left, [], 'every group committed past these: compaction must have removed them');

  const ratio = dirBytes(data) / gen.jsonBytes;
  console.log(`data dir: ${ratio.toFixed(2)}x the items' JSON`);
  assert.ok(ratio <= MAX_DATA_BYTES_PER_JSON_BYTE, `data dir is ${ratio.toFixed(2)}x the items' JSON (bound ${MAX_DATA_BYTES_PER_JSON_BYTE}x)`);
});
