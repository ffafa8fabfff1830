// In-process A/B of two checkouts' enrichment (parse + validate + enrich + serialise of the sample
// items): both are loaded side by side and measured in alternating rounds, so the machine's load hits
// both alike. Rounds are timed in CPU time of the process (process.cpuUsage), not wall time: on a
// shared machine wall-time rounds varied 0.5x to 1.8x. Quote the median of B/A, and an A/A run's
// spread as the noise (docs/decisions/0038).
//   A=/path/to/base-worktree B=/path/to/this-worktree node --import tsx bench/enrich-ab.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const rootA = process.env.A ?? here;
const rootB = process.env.B ?? here;
const roundMs = Number(process.env.ROUND_MS ?? 450);
const rounds = Number(process.env.ROUNDS ?? 20);

type Run = (line: string) => string;

async function load(root: string): Promise<Run> {
  const { itemSchema } = (await import(`${root}/pipelines/contracts/item.ts`)) as typeof import('../pipelines/contracts/item.ts');
  const { createEnricher } = (await import(`${root}/pipelines/enrich/create-enricher.ts`)) as typeof import('../pipelines/enrich/create-enricher.ts');
  const { loadCatalogue } = (await import(`${root}/pipelines/firms/load-catalogue.ts`)) as typeof import('../pipelines/firms/load-catalogue.ts');
  const enrich = createEnricher({ catalogue: loadCatalogue({ includeSample: true }) });
  return (line) => JSON.stringify(enrich(itemSchema.parse(JSON.parse(line))));
}

const lines = readFileSync(`${rootB}/connectors/sample/items.jsonl`, 'utf8').split('\n').filter(Boolean);
const runA = await load(rootA);
const runB = await load(rootB);

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Items a second over one round of at least roundMs of CPU time. */
function measure(run: Run): number {
  let n = 0;
  let sink = 0;
  const t0 = cpuMs();
  let elapsed = 0;
  while (elapsed < roundMs) {
    for (const l of lines) sink += run(l).length;
    n += lines.length;
    elapsed = cpuMs() - t0;
  }
  if (sink === 0) throw new Error('nothing serialised');
  return (n / elapsed) * 1000;
}

for (let i = 0; i < 3; i++) {
  measure(runA);
  measure(runB);
}
const a: number[] = [];
const b: number[] = [];
const q: number[] = [];
for (let r = 0; r < rounds; r++) {
  // Which goes first alternates too.
  const [x, y] = r % 2 === 0 ? [measure(runA), measure(runB)] : [measure(runB), measure(runA)].reverse() as [number, number];
  a.push(x);
  b.push(y);
  q.push(y / x);
}
const median = (xs: number[]): number => [...xs].sort((s, t) => s - t)[xs.length >> 1]!;
console.log(
  `A ${median(a).toFixed(0)} items/s, B ${median(b).toFixed(0)} items/s, B/A median ${median(q).toFixed(3)} (min ${Math.min(...q).toFixed(3)}, max ${Math.max(...q).toFixed(3)}, ${rounds} rounds)`,
);
