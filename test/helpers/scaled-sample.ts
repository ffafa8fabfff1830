// The bundled sample repeated `copies` times with distinct ids: more batches per run, so a fault can
// strike between two of them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.ts';

export function scaledSample(dir: string, copies: number): { file: string; ids: string[] } {
  const lines = readFileSync(join(REPO, 'connectors/sample/items.jsonl'), 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  const ids: string[] = [];
  for (let k = 0; k < copies; k++) {
    for (const l of lines) {
      const item = JSON.parse(l) as { id: string };
      item.id = copies === 1 ? item.id : `${item.id}-c${k}`;
      ids.push(item.id);
      out.push(JSON.stringify(item));
    }
  }
  const file = join(dir, `sample-x${copies}.jsonl`);
  writeFileSync(file, `${out.join('\n')}\n`);
  return { file, ids };
}
