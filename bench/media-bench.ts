// npm run bench:media — logo detection throughput at 640 px, one core, beside the cost of decoding the
// same JPEGs with sharp; and the process RSS (the worker's, since detection runs in one thread).
// Options: --count N (default 40), --all (all reference logos, default) / --sample (sample firms only).
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { generateLogoEvalSet } from '../eval/media/logo-eval-set.ts';
import { loadCatalogue } from '../pipelines/firms/load-catalogue.ts';
import { createLogoDetector } from '../pipelines/media/logo-detector.ts';
import { loadReferenceLogos } from '../pipelines/media/reference-logos.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '40' }, sample: { type: 'boolean', default: false } } });
// sharp's own thread pool would spread decoding over all cores; one thread makes the ratio per core
sharp.concurrency(1);
const catalogue = loadCatalogue();
const sampleIds = new Set(catalogue.firms.filter((f) => f.sample).map((f) => f.id));
const refs = await loadReferenceLogos({ firmIds: catalogue.firms.map((f) => f.id), ...(values.sample ? { only: sampleIds } : {}) });
const detect = createLogoDetector(refs);
const jpegs: Buffer[] = [];
for await (const ev of generateLogoEvalSet({ seed: 5, count: Number(values.count), refs })) {
  jpegs.push(await sharp(ev.image.data, { raw: { width: ev.image.width, height: ev.image.height, channels: 4 } }).jpeg({ quality: 80 }).toBuffer());
}
const decode = async (b: Buffer): Promise<{ width: number; height: number; data: Uint8Array }> => {
  const { data, info } = await sharp(b).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
};
const decoded = [];
let t0 = performance.now();
for (const b of jpegs) decoded.push(await decode(b));
const decodeMs = (performance.now() - t0) / jpegs.length;
detect(decoded[0]!); // warm-up: JIT
t0 = performance.now();
let found = 0;
for (const img of decoded) found += detect(img).length;
const detectMs = (performance.now() - t0) / decoded.length;
const rss = process.memoryUsage().rss / 2 ** 20;
const out = (s: string): boolean => process.stdout.write(`${s}\n`);
out(`images ${decoded.length} at 640 px longest side, ${refs.length} reference marks (${new Set(refs.map((r) => r.firmId)).size} firms)`);
out(`decode (sharp, 1 thread)   ${decodeMs.toFixed(1)} ms/image  ${(1000 / decodeMs).toFixed(1)} images/s/core`);
out(`logo detection (1 core)    ${detectMs.toFixed(1)} ms/image  ${(1000 / detectMs).toFixed(2)} images/s/core  (${found} matches)`);
out(`detection / decode         ${(detectMs / decodeMs).toFixed(1)}x`);
out(`RSS                        ${rss.toFixed(0)} MiB`);
