// Where the evaluation placed each sample wordmark (one that begins with an icon), what the fine pass makes of it
// there (decision 0055): the whole wordmark's edge score and colour factor, and those of its name alone at the
// size of its letters, beside whether the detector found the mark. An oracle for candidates: a mark whose
// edges do not agree at its true pose cannot be found by any better coarse candidate. The pose is the
// placed reference image's own centre and length, read from where the generator put its corners
// (decision 0057; the truth box's centre, used before, can be off by more than the fine pass reaches).
// Usage: node --import tsx eval/media/probe-wordmarks.ts --seed 7 --count 400 [--lines]
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { createLogoDetector, createPoseProbe, DEFAULT_THRESHOLD, iou, type PoseProbe } from '../../pipelines/media/logo-detector.ts';
import { loadReferenceLogos } from '../../pipelines/media/reference-logos.ts';
import { generateLogoEvalSet, type Truth } from './logo-eval-set.ts';
import { homography, type Point } from './warp.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '400' }, seed: { type: 'string', default: '7' }, lines: { type: 'boolean', default: false } } });
const catalogue = loadCatalogue();
const refs = await loadReferenceLogos({ firmIds: catalogue.firms.map((f) => f.id) });
const detect = createLogoDetector(refs);
const probe = createPoseProbe(refs);
interface Row { band: string; found: boolean; whole: PoseProbe; name: PoseProbe }
const rows: Row[] = [];
for await (const ev of generateLogoEvalSet({ seed: Number(values.seed), count: Number(values.count), refs })) {
  const found = detect(ev.image);
  for (const t of ev.truth) {
    // the sample firms' wordmark files (config/logos/<firm>/wordmark.png), not their icons
    if (!/wordmark\.[a-z]+$/.test(t.source)) continue;
    const r = t.region;
    const ref = refs.find((x) => x.firmId === t.firmId && x.source === t.source);
    if (!ref) continue;
    const pose = placedPose(t, ref.image.width, ref.image.height);
    const p = probe(ev.image, t.firmId, pose.cx, pose.cy, pose.long);
    if (!p) continue;
    const hit = found.some((m) => m.firmId === t.firmId && iou(m.region, r) >= 0.3);
    rows.push({ band: t.scale >= 0.1 ? '>=10%' : '5-10%', found: hit, ...p });
    if (values.lines) process.stdout.write(`${ev.id} ${t.firmId} ${t.scale.toFixed(3)} ${hit ? 'found' : 'lost '} whole edge ${p.whole.edge.toFixed(2)} colour ${p.whole.colour.toFixed(2)}  name edge ${p.name.edge.toFixed(2)} colour ${p.name.colour.toFixed(2)}\n`);
  }
}
const th = DEFAULT_THRESHOLD;
process.stdout.write(`\nwordmarks at their true pose, seed ${values.seed}: edge score >= ${th} (and with colour factor >= 0.5)\n`);
for (const band of ['>=10%', '5-10%']) {
  for (const found of [true, false]) {
    const rs = rows.filter((r) => r.band === band && r.found === found);
    const n = (f: (r: Row) => boolean): number => rs.filter(f).length;
    process.stdout.write(`${band} ${found ? 'found' : 'lost '} ${String(rs.length).padStart(3)}: whole ${n((r) => r.whole.edge >= th)} (${n((r) => r.whole.edge >= th && r.whole.colour >= 0.5)}), name alone ${n((r) => r.name.edge >= th)} (${n((r) => r.name.edge >= th && r.name.colour >= 0.5)})\n`);
  }
}

/**
 * The placed reference image's centre (where the warp put the image's own centre) and its longer side
 * in picture pixels (the mean of the two placed sides of that direction), from the placed corners.
 */
function placedPose(t: Truth, w: number, h: number): { cx: number; cy: number; long: number } {
  const hm = homography([[0, 0], [w, 0], [w, h], [0, h]], t.corners);
  const d = hm[6]! * (w / 2) + hm[7]! * (h / 2) + hm[8]!;
  const cx = (hm[0]! * (w / 2) + hm[1]! * (h / 2) + hm[2]!) / d;
  const cy = (hm[3]! * (w / 2) + hm[4]! * (h / 2) + hm[5]!) / d;
  const [tl, tr, br, bl] = t.corners as [Point, Point, Point, Point];
  const len = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
  const long = w >= h ? (len(tl, tr) + len(bl, br)) / 2 : (len(tl, bl) + len(tr, br)) / 2;
  return { cx, cy, long };
}
