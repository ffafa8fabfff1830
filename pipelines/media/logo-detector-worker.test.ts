// The detector in its worker thread answers like the detector in-process, keeps the event loop free
// while it works, fails a broken image without dying for the next one, and lets the process exit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { createLogoDetector } from './logo-detector.ts';
import { startLogoDetectorWorker, type LogoDetectorWorker } from './logo-detector-worker.ts';
import type { DecodedImage } from './media-types.ts';
import { loadReferenceLogos, type ReferenceLogo } from './reference-logos.ts';
import { SAMPLE_MARKS } from './sample-logo-svgs.ts';

let refs: ReferenceLogo[];
let worker: LogoDetectorWorker;
let image: DecodedImage;

before(async () => {
  refs = await loadReferenceLogos({ firmIds: SAMPLE_MARKS.map((m) => m.firmId), packaged: false });
  worker = await startLogoDetectorWorker(refs);
  const icon = await sharp(readFileSync(new URL('../../config/logos/qorvex/icon.svg', import.meta.url)), { density: 300 }).resize(200, 200).png().toBuffer();
  const jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 244, g: 244, b: 240 } } })
    .composite([{ input: icon, left: 300, top: 100 }]).jpeg({ quality: 85 }).toBuffer();
  const { data, info } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  image = { width: info.width, height: info.height, data: new Uint8Array(data) };
});
after(async () => { await worker.close(); });

describe('logo detector worker thread', () => {
  it('gives the same matches as the detector run in-process', async () => {
    const inProcess = createLogoDetector(refs)(image);
    assert.ok(inProcess.some((m) => m.firmId === 'qorvex'), `qorvex not found in-process: ${JSON.stringify(inProcess)}`);
    assert.deepEqual(await worker.detect(image), inProcess);
  });

  it('does not block the event loop while it detects', async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 5);
    await worker.detect(image);
    clearInterval(timer);
    // In-process the detector holds the loop for the whole image and no tick runs before it returns.
    assert.ok(ticks >= 2, `only ${ticks} timer ticks ran during detection`);
  });

  it('an image the detector refuses fails that call with its reason, and the thread answers the next one', async () => {
    await assert.rejects(worker.detect({ width: 10, height: 10, data: new Uint8Array(7) }), /data has 7 bytes, expected width\*height\*4 = 400/);
    assert.ok((await worker.detect(image)).some((m) => m.firmId === 'qorvex'));
  });

  it('a closed worker refuses work', async () => {
    const w = await startLogoDetectorWorker(refs);
    await w.close();
    await assert.rejects(w.detect(image), /closed/);
  });
});
