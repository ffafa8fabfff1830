// npm run eval:media (second part) — share of rendered codes and URLs that OCR reads exactly.
// Options: --count N (default 120), --seed S (default 7).
import { parseArgs } from 'node:util';
import { createTextReader } from '../../pipelines/media/ocr-reader.ts';
import { generateOcrEvalSet } from './ocr-eval-set.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '120' }, seed: { type: 'string', default: '7' } } });
const reader = await createTextReader();
const byKey = new Map<string, { n: number; ok: number }>();
let n = 0;
let ok = 0;
const t0 = performance.now();
try {
  for await (const c of generateOcrEvalSet(Number(values.seed), Number(values.count))) {
    const { text } = await reader.read(c.image);
    const hit = text.replace(/\s+/g, ' ').includes(c.expected);
    n++;
    if (hit) ok++;
    for (const key of [`font ${c.font}`, `size ${c.size}px`, c.expected.includes('/') ? 'kind url' : 'kind code']) {
      const e = byKey.get(key) ?? { n: 0, ok: 0 };
      e.n++;
      if (hit) e.ok++;
      byKey.set(key, e);
    }
  }
} finally {
  await reader.close();
}
const out = (s: string): boolean => process.stdout.write(`${s}\n`);
out(`\nOCR: ${n} rendered codes/URLs, read exactly ${ok} (${(ok / n).toFixed(3)}), ${((performance.now() - t0) / n).toFixed(0)} ms/image`);
for (const [k, v] of [...byKey].sort()) out(`  ${k.padEnd(30)} ${v.ok}/${v.n}  ${(v.ok / v.n).toFixed(3)}`);
