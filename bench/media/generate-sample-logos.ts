// Writes the sample firms' marks (pipelines/media/sample-logo-svgs.ts) to config/logos/<firmId>/.
// Run: node --import tsx bench/media/generate-sample-logos.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_MARKS, iconSvg, wordmarkSvg } from '../../pipelines/media/sample-logo-svgs.js';

const root = join(import.meta.dirname, '..', '..', 'config', 'logos');
for (const mark of SAMPLE_MARKS) {
  const dir = join(root, mark.firmId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'icon.svg'), iconSvg(mark));
  writeFileSync(join(dir, 'wordmark.svg'), wordmarkSvg(mark));
}
process.stdout.write(`wrote ${SAMPLE_MARKS.length * 2} marks under ${root}\n`);
