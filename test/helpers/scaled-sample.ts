// The bundled sample repeated `copies` times with distinct ids: more batches per run, so a fault can
// strike between two of them.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
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

export interface GeneratedSample {
  file: string;
  items: number;
  /** Bytes of the generated JSON lines without their newlines: the "item's JSON size" of issue 9. */
  jsonBytes: number;
}

/**
 * `total` items cycled from the bundled sample, each with a new id and its own evidence hash (a
 * copy is a different post, so it must not share the original's evidence). `hotAuthors` authors
 * (the busiest of the ground truth's soliciting persons) get `hotItems` items each first, so their person x firm pairs reach the
 * sizes a busy channel has after a year (issue 9: pairs with 10,000+ items).
 */
export function generatedSample(dir: string, total: number, opts: { hotAuthors?: number; hotItems?: number } = {}): GeneratedSample {
  const lines = readFileSync(join(REPO, 'connectors/sample/items.jsonl'), 'utf8').split('\n').filter(Boolean);
  type Item = { id: string; platform: string; author: { handle?: string }; evidence?: { sha256: string; rawRef?: string } };
  const items = lines.map((l) => JSON.parse(l) as Item);
  const byAuthor = new Map<string, Item[]>();
  const person = (it: Item) => `${it.platform}:${it.author.handle ?? ''}`;
  for (const it of items) byAuthor.set(person(it), [...(byAuthor.get(person(it)) ?? []), it]);
  // Hot authors are taken from the ground truth's soliciting persons: the sample's busiest authors
  // name no firm, and a hot author without a pair would leave every pair small.
  const truth = JSON.parse(readFileSync(join(REPO, 'connectors/sample/ground-truth.json'), 'utf8')) as { pairs: { person: string; expected: string }[] };
  const promoters = new Set(truth.pairs.filter((p) => p.expected === 'soliciting').map((p) => p.person));
  const hot = [...byAuthor.entries()]
    .filter(([who]) => promoters.has(who))
    .map(([, group]) => group)
    .sort((a, b) => b.length - a.length)
    .slice(0, opts.hotAuthors ?? 0);
  const hotItems = opts.hotItems ?? 0;
  const file = join(dir, `generated-${total}.jsonl`);
  const fd = openSync(file, 'w');
  let n = 0;
  let jsonBytes = 0;
  const emit = (src: Item) => {
    const id = `${src.id}-g${n}`;
    const copy: Item = { ...src, id };
    if (src.evidence) {
      copy.evidence = { ...src.evidence, sha256: createHash('sha256').update(`${src.evidence.sha256}:${id}`).digest('hex') };
      if (src.evidence.rawRef !== undefined) copy.evidence.rawRef = `${src.evidence.rawRef}-g${n}`;
    }
    const json = JSON.stringify(copy);
    jsonBytes += Buffer.byteLength(json);
    writeSync(fd, `${json}\n`);
    n++;
  };
  for (const group of hot) for (let k = 0; k < hotItems && n < total; k++) emit(group[k % group.length]!);
  for (let k = 0; n < total; k++) emit(items[k % items.length]!);
  closeSync(fd);
  return { file, items: n, jsonBytes };
}
