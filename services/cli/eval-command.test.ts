// `rsmon eval` as a command: corpora read from a directory, a missing corpus reported, splits chosen.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURE } from '../../pipelines/eval/test-fixture.ts';
import { formatReport, runEval } from './eval-command.ts';

test('rsmon eval: a missing corpus is reported, not a crash; --split heldout shows only that split', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rsmon-eval-'));
  writeFileSync(join(dir, 'posts.jsonl'), FIXTURE.map((r) => JSON.stringify(r)).join('\n'));
  const report = runEval({ split: 'heldout', corpora: dir });
  assert.deepEqual(report.splits.map((s) => s.split), ['heldout']);
  const out = formatReport(report);
  assert.match(out, /links: corpus missing/);
  assert.match(out, /language: corpus missing/);
  assert.match(out, /promo_code +P 1\.000 +R 1\.000 +F1 1\.000 +\(tp 1 fp 0 fn 0\)/);
  assert.throws(() => runEval({ split: 'train', corpora: dir }), /--split/);
});
