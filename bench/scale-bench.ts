// Embedded pipeline at scale (issue 9): `rsmon run --once --no-sample --quiet --input FILE` in a
// child process on generated items (new ids and evidence hashes; 3 promoting authors with up to
// 10,000 items each, so their pairs are as large as a busy channel's), one fresh data dir per size.
// Prints items/s per size, the ratio largest/smallest, and data-dir bytes per item against the
// items' own JSON bytes per item; items per CPU-second also net of a 10-item run's CPU (start-up).
// BENCH_SCALE_SIZES=10000,40000 for a quicker run.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RSMON, REPO, tempDir } from '../test/helpers/cli.ts';
import { generatedSample } from '../test/helpers/scaled-sample.ts';
import { dirBytes } from '../test/helpers/dir-bytes.ts';

const sizes = (process.env.BENCH_SCALE_SIZES ?? '10000,40000,160000').split(',').map((s) => Number(s.trim()));
if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('BENCH_SCALE_SIZES: comma-separated positive integers');
const hotItems = Number(process.env.BENCH_SCALE_HOT_ITEMS ?? 10_000);

/**
 * CPU seconds (user + system) of this process's waited-for children, from /proc (Linux; null
 * elsewhere). On a shared machine wall time mostly measures the neighbours; CPU time per item is
 * what the code costs, so the bench prints both.
 */
function childCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5) (cutime, cstime), counted here from field 3 (state) on; clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** One `rsmon run --once` on `size` generated items in a fresh data dir: wall and CPU seconds, data-dir and JSON bytes. */
/** The item count of the largest case in a data dir: shows the run had the pairs of 10,000+ items issue 9 asks for. */
function largestPair(data: string): number {
  const r = spawnSync(process.execPath, [RSMON, 'cases', '--json', '--data', data], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`rsmon cases failed (exit ${r.status}): ${r.stderr}`);
  return Math.max(0, ...r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { itemCount: number }).itemCount));
}

function runOnce(size: number): { secs: number; cpuSecs: number | null; dataBytes: number; jsonBytes: number; largestPair: number } {
  const work = tempDir('rsmon-scale-');
  const data = join(work, 'data');
  // Hot pairs only where they fit: a quarter of the run at most, so most pairs stay ordinary.
  const gen = generatedSample(work, size, { hotAuthors: 3, hotItems: Math.min(hotItems, Math.floor(size / 12)) });
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  // BENCH_RSMON: another checkout's bin/rsmon.js, for before/after figures on the same items.
  const r = spawnSync(process.execPath, [process.env.BENCH_RSMON ?? RSMON, 'run', '--once', '--no-sample', '--quiet', '--input', gen.file], {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: data },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const secs = (performance.now() - t0) / 1000;
  const cpu1 = childCpuSeconds();
  if (r.status !== 0) throw new Error(`rsmon run failed on ${size} items (exit ${r.status})`);
  const out = { secs, cpuSecs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, dataBytes: dirBytes(data), jsonBytes: gen.jsonBytes, largestPair: largestPair(data) };
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  return out;
}

// What a run costs whatever its size (loading modules and models, opening and closing the files):
// about 5 CPU-seconds here, a third of the 10k run, so the per-item figures below also come net of
// it. Without that, the smallest size looks slowest and the ratio hides what grows with the data.
const fixedCpu = runOnce(10).cpuSecs;
if (fixedCpu !== null) console.log(`start-up and shutdown (a 10-item run): CPU ${fixedCpu.toFixed(1)} s`);

const rows: Array<{ size: number; perSec: number; perCpuSec: number | null; perNetCpuSec: number | null }> = [];
for (const size of sizes) {
  const run = runOnce(size);
  const { secs, cpuSecs } = run;
  const dataPerItem = run.dataBytes / size;
  const jsonPerItem = run.jsonBytes / size;
  const netCpu = cpuSecs === null || fixedCpu === null ? null : cpuSecs - fixedCpu;
  const row = { size, perSec: size / secs, perCpuSec: cpuSecs ? size / cpuSecs : null, perNetCpuSec: netCpu && netCpu > 0 ? size / netCpu : null };
  rows.push(row);
  console.log(
    `${size} items: ${secs.toFixed(1)} s, ${row.perSec.toFixed(0)} items/s` +
      (cpuSecs === null ? '' : `; CPU ${cpuSecs.toFixed(1)} s, ${row.perCpuSec!.toFixed(0)} items per CPU-second`) +
      (row.perNetCpuSec === null ? '' : ` (${row.perNetCpuSec.toFixed(0)} net of start-up)`) +
      `; data dir ${dataPerItem.toFixed(0)} B/item ` +
      `= ${(dataPerItem / jsonPerItem).toFixed(2)}x the item JSON (${jsonPerItem.toFixed(0)} B/item); largest pair ${run.largestPair} items`,
  );
}
if (rows.length > 1) {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  console.log(`items/s at ${last.size} / items/s at ${first.size}: ${(last.perSec / first.perSec).toFixed(2)}`);
  if (first.perCpuSec && last.perCpuSec) console.log(`items per CPU-second at ${last.size} / at ${first.size}: ${(last.perCpuSec / first.perCpuSec).toFixed(2)}`);
  if (first.perNetCpuSec && last.perNetCpuSec) console.log(`items per CPU-second net of start-up at ${last.size} / at ${first.size}: ${(last.perNetCpuSec / first.perNetCpuSec).toFixed(2)}`);
}
