// Writes the sample firms' marks (pipelines/media/sample-logo-svgs.ts) to config/logos/<firmId>/.
// Icons stay SVG (shapes only). Wordmarks are written as PNG rendered here: their name is SVG text,
// which librsvg draws with whatever fonts the machine has (none in the slim Docker image), so an SVG
// wordmark would give a different template on each machine (decision 0033).
// Run: node --import tsx bench/media/generate-sample-logos.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { SAMPLE_MARKS, iconSvg, wordmarkSvg } from '../../pipelines/media/sample-logo-svgs.js';

const root = join(import.meta.dirname, '..', '..', 'config', 'logos');
for (const mark of SAMPLE_MARKS) {
  const dir = join(root, mark.firmId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'icon.svg'), iconSvg(mark));
  rmSync(join(dir, 'wordmark.svg'), { force: true });
  // twice the reference size's width (256 px), so the reference is a reduction, never an enlargement
  await sharp(Buffer.from(wordmarkSvg(mark)), { density: 144 }).png({ compressionLevel: 9 }).toFile(join(dir, 'wordmark.png'));
}
process.stdout.write(`wrote ${SAMPLE_MARKS.length * 2} marks under ${root}\n`);
