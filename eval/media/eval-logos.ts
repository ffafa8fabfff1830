// npm run eval:media — precision and recall of the logo detector per firm on the generated evaluation
// set (eval/media/logo-eval-set.ts), overall by scale band, and a threshold sweep for calibration.
// Options: --count N (default 400), --seed S (default 2026), --dump DIR (writes the images as PNG),
// --candidates FILE (every verified candidate as a JSON line, with what it lies on: for refitting offline),
// --cand N (coarse candidates per mark; default: the detector's own), --diagnose (where each missed
// mark was lost: no coarse candidate, a candidate of the wrong size, edge score, a wordmark head
// whose name does not agree, or colour check),
// --misses (with --diagnose: every lost mark with its firm, source, scale and best candidate).
// Seeds (decision 0034): tune on seed 7, report seed 2026 (never looked at while tuning). Seed 31 was
// the development seed of decision 0031, so its figures flatter the detector.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { createLogoDetector, DEFAULT_THRESHOLD, SCORE_WIDTH, TAIL_MIN, calibrate, iou, type CandidateTrace } from '../../pipelines/media/logo-detector.ts';
import type { LogoMatch } from '../../pipelines/media/media-types.ts';
import { loadReferenceLogos } from '../../pipelines/media/reference-logos.ts';
import { generateLogoEvalSet, type Truth } from './logo-eval-set.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '400' }, seed: { type: 'string', default: '2026' }, dump: { type: 'string' }, cand: { type: 'string' }, diagnose: { type: 'boolean', default: false }, misses: { type: 'boolean', default: false }, candidates: { type: 'string' } } });
const catalogue = loadCatalogue();
const refs = await loadReferenceLogos({ firmIds: catalogue.firms.map((f) => f.id) });
const floor = 0.3;
let traces: CandidateTrace[] = [];
const detect = createLogoDetector(refs, {
  threshold: floor,
  ...(values.cand ? { candidatesPerMark: Number(values.cand) } : {}),
  ...(values.diagnose || values.candidates ? { trace: (t: CandidateTrace) => traces.push(t) } : {}),
});
/** Where each placed mark ended, at the detector's threshold, by scale band (--diagnose). */
const stages = new Map<string, number>();
/** Each mark lost at the threshold, with where and what it is (--misses, with --diagnose). */
const missed: string[] = [];

interface Scored { firmId: string; edge: number; tp: boolean; truth?: Truth }
const scored: Scored[] = [];
const truths: { truth: Truth; best: number }[] = [];
let images = 0;
const falseMatches: string[] = [];
if (values.candidates) writeFileSync(values.candidates, '');
let ms = 0;
for await (const ev of generateLogoEvalSet({ seed: Number(values.seed), count: Number(values.count), refs })) {
  images++;
  if (values.dump) {
    mkdirSync(values.dump, { recursive: true });
    await sharp(ev.image.data, { raw: { width: ev.image.width, height: ev.image.height, channels: 4 } }).png().toFile(join(values.dump, `${ev.id}.png`));
  }
  traces = [];
  const t0 = performance.now();
  const found: LogoMatch[] = detect(ev.image);
  ms += performance.now() - t0;
  const entries = ev.truth.map((truth) => ({ truth, best: 0 }));
  for (const m of found) {
    const edge = toEdge(m.score);
    const hit = entries.find((e) => e.truth.firmId === m.firmId && iou(e.truth.region, m.region) >= 0.3);
    if (hit) hit.best = Math.max(hit.best, edge);
    scored.push({ firmId: m.firmId, edge, tp: Boolean(hit), truth: hit?.truth });
  }
  truths.push(...entries);
  if (values.candidates) {
    // every verified candidate with what it lies on, for refitting acceptance rules offline
    const lines = traces.map((t) => {
      const truth = ev.truth.find((tr) => iou(tr.region, t.region) >= 0.3);
      const decoy = ev.decoys.find((d) => iou(d.region, t.region) >= 0.3);
      const on = truth ? (truth.firmId === t.firmId ? 'tp' : `firm:${truth.firmId}`) : decoy ? `decoy:${decoy.name}` : 'background';
      return JSON.stringify({ id: ev.id, bg: ev.background, inv: ev.inverted, on, scale: truth?.scale, ...t });
    });
    if (lines.length) appendFileSync(values.candidates, lines.join('\n') + '\n');
  }
  for (const m of found) {
    const edge = toEdge(m.score);
    if (edge < DEFAULT_THRESHOLD || entries.some((e) => e.truth.firmId === m.firmId && iou(e.truth.region, m.region) >= 0.3)) continue;
    const truth = ev.truth.find((tr) => iou(tr.region, m.region) >= 0.3);
    const decoy = ev.decoys.find((d) => iou(d.region, m.region) >= 0.3);
    falseMatches.push(`${ev.id} ${ev.background}${ev.inverted ? ' inverted' : ''}: ${m.firmId} score ${edge.toFixed(3)} on ${truth ? `a ${truth.firmId} mark` : decoy ? `decoy ${decoy.name}` : 'background'}`);
  }
  if (values.diagnose) {
    for (const e of entries) {
      const key = `${e.truth.scale >= 0.1 ? '>=10%' : '5-10%'} ${stage(e.truth, e.best)}`;
      stages.set(key, (stages.get(key) ?? 0) + 1);
      if (values.misses && e.best < DEFAULT_THRESHOLD) missed.push(`${ev.id} ${ev.background}${ev.inverted ? ' inverted' : ''} q${ev.quality}: ${e.truth.firmId} ${e.truth.source} scale ${e.truth.scale.toFixed(3)}: ${stage(e.truth, e.best)}${bestOver(e.truth)}`);
    }
  }
}

/** The best verified candidate of the mark's firm over its truth box (--misses): what the fine pass made of it. */
function bestOver(truth: Truth): string {
  const over = traces.filter((c) => c.firmId === truth.firmId && iou(c.region, truth.region) >= 0.3);
  if (!over.length) return '';
  const top = over.reduce((a, c) => (c.edge * c.colour > a.edge * a.colour ? c : a));
  return ` (coarse ${top.coarse.toFixed(2)}, edge ${top.edge.toFixed(2)}, colour ${top.colour.toFixed(2)}${top.features?.tail !== undefined && top.features.head ? `, tail ${top.features.tail.toFixed(2)}` : ''})`;
}

function stage(truth: Truth, best: number): string {
  if (best >= DEFAULT_THRESHOLD) return 'found';
  const mine = traces.filter((c) => c.firmId === truth.firmId);
  const over = mine.filter((c) => iou(c.region, truth.region) >= 0.3);
  if (over.length === 0) {
    const inside = mine.some((c) => {
      const cx = c.region.x + c.region.width / 2;
      const cy = c.region.y + c.region.height / 2;
      return cx > truth.region.x && cx < truth.region.x + truth.region.width && cy > truth.region.y && cy < truth.region.y + truth.region.height;
    });
    return inside ? 'candidate of the wrong size' : 'no coarse candidate';
  }
  const top = over.reduce((a, c) => (c.edge > a.edge ? c : a));
  if (top.edge < DEFAULT_THRESHOLD) return 'fine edge score under the threshold';
  // a wordmark's head is reported only with its name (decision 0051): where a head's edges agree and
  // its name does not, the name holds the mark back whatever the head's colour (decision 0057)
  if (over.some((c) => c.features?.head && c.edge >= DEFAULT_THRESHOLD && (c.features.tail ?? 1) < TAIL_MIN)) return 'wordmark head, name under TAIL_MIN';
  if (top.edge * top.colour < DEFAULT_THRESHOLD) return 'colour check';
  return 'lost to an overlapping match';
}

function toEdge(score: number): number {
  // invert the logistic of calibrate() at the evaluation's floor threshold
  return floor + SCORE_WIDTH * Math.log(score / (1 - score));
}

const out = (s: string): boolean => process.stdout.write(`${s}\n`);
out(`seed ${values.seed}, images ${images}, logos placed ${truths.length}, detection ${(ms / images).toFixed(1)} ms/image`);
out('\nthreshold sweep:');
out('edge   precision recall(>=10%) recall(5-10%) recall(all)');
for (const th of [...new Set([0.4, 0.45, 0.5, 0.55, DEFAULT_THRESHOLD, 0.6, 0.65, 0.7, 0.75, 0.8])].sort((a, b) => a - b)) {
  const det = scored.filter((s) => s.edge >= th);
  const p = det.filter((s) => s.tp).length / Math.max(1, det.length);
  const big = truths.filter((t) => t.truth.scale >= 0.1);
  const r10 = big.filter((t) => t.best >= th).length / Math.max(1, big.length);
  const small = truths.filter((t) => t.truth.scale < 0.1);
  const r5 = small.filter((t) => t.best >= th).length / Math.max(1, small.length);
  const rAll = truths.filter((t) => t.best >= th).length / Math.max(1, truths.length);
  out(`${th.toFixed(2)}   ${p.toFixed(3)}     ${r10.toFixed(3)}         ${r5.toFixed(3)}         ${rAll.toFixed(3)}`);
}
const th = DEFAULT_THRESHOLD;
out(`\nper firm at the detector's threshold ${th} (score ${calibrate(th, th).toFixed(2)}):`);
out('firm        placed  TP  FP  precision  recall(>=10%)  recall(5-10%)');
const firms = [...new Set([...truths.map((t) => t.truth.firmId), ...scored.map((s) => s.firmId)])].sort();
for (const firm of firms) {
  const det = scored.filter((s) => s.firmId === firm && s.edge >= th);
  const tp = det.filter((s) => s.tp).length;
  const mine = truths.filter((t) => t.truth.firmId === firm);
  const big = mine.filter((t) => t.truth.scale >= 0.1);
  const small = mine.filter((t) => t.truth.scale < 0.1);
  const rate = (xs: typeof mine): string => (xs.length ? (xs.filter((t) => t.best >= th).length / xs.length).toFixed(3) : '  -  ');
  out(`${firm.padEnd(11)} ${String(mine.length).padStart(6)} ${String(tp).padStart(3)} ${String(det.length - tp).padStart(3)}  ${(tp / Math.max(1, det.length)).toFixed(3)}      ${rate(big)}          ${rate(small)}`);
}
out('\nrecall by scale band:');
for (const [lo, hi] of [[0.05, 0.07], [0.07, 0.1], [0.1, 0.15], [0.15, 0.25], [0.25, 0.41]] as const) {
  const band = truths.filter((t) => t.truth.scale >= lo && t.truth.scale < hi);
  out(`${lo.toFixed(2)}-${hi.toFixed(2)}  n=${String(band.length).padStart(4)}  recall ${(band.filter((t) => t.best >= th).length / Math.max(1, band.length)).toFixed(3)}`);
}
out(`\nfalse matches at the threshold ${th}:`);
for (const f of falseMatches) out(`  ${f}`);
if (values.diagnose) {
  out(`\nwhere marks were lost at the threshold ${th}:`);
  for (const [key, n] of [...stages].sort()) out(`${key.padEnd(44)} ${n}`);
  if (values.misses) {
    out('\nmarks lost:');
    for (const m of missed) out(`  ${m}`);
  }
}
