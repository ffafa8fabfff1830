// Where the evaluation placed each sample wordmark (one that begins with an icon), what the fine pass makes of it
// there (decision 0055): the whole wordmark's edge score and colour factor, and those of its name alone at the
// size of its letters, beside whether the detector found the mark. An oracle for candidates: a mark whose
// edges do not agree at its true pose cannot be found by any better coarse candidate.
// Usage: node --import tsx eval/media/probe-wordmarks.ts --seed 7 --count 400 [--lines]
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { createLogoDetector, createPoseProbe, DEFAULT_THRESHOLD, iou, type PoseProbe } from '../../pipelines/media/logo-detector.ts';
import { loadReferenceLogos } from '../../pipelines/media/reference-logos.ts';
import { generateLogoEvalSet } from './logo-eval-set.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '400' }, seed: { type: 'string', default: '7' }, lines: { type: 'boolean', default: false } } });
const catalogue = loadCatalogue();
const refs = await loadReferenceLogos({ firmIds: catalogue.firms.map((f) => f.id) });
const detect = createLogoDetector(refs);
const probe = createPoseProbe(refs);
interface Row { band: string; found: boolean; whole: PoseProbe; name: PoseProbe }
const rows: Row[] = [];
for await (const ev of generateLogoEvalSet({ seed: Number(values.seed), count: Number(values.count), refs })) {
  const long = Math.max(ev.image.width, ev.image.height);
  const found = detect(ev.image);
  for (const t of ev.truth) {
    // the sample firms' wordmark files (config/logos/<firm>/wordmark.png), not their icons
    if (!/wordmark\.[a-z]+$/.test(t.source)) continue;
    const r = t.region;
    const p = probe(ev.image, t.firmId, r.x + r.width / 2, r.y + r.height / 2, t.scale * long);
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
