import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { renderText } from '../../eval/media/ocr-eval-set.ts';
import type { DecodedImage } from './media-types.ts';
import { createTextReader, type TextReaderHandle } from './ocr-reader.ts';

let reader: TextReaderHandle;
before(async () => { reader = await createTextReader(); });
after(async () => { await reader.close(); });

async function rendered(text: string, dark = false): Promise<DecodedImage> {
  const { data, info } = await sharp(Buffer.from(renderText(text, 'DejaVu Sans', 28, dark))).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

describe('OCR reader (trained data from the npm package, no network)', () => {
  it('reads a referral URL with its code exactly', async () => {
    const { text, confidence } = await reader.read(await rendered('qorvex.io/register?ref=QX7K2M'));
    assert.match(text, /qorvex\.io\/register\?ref=QX7K2M/);
    assert.ok(confidence > 0 && confidence <= 1, `confidence ${confidence} is on a 0..1 scale`);
  });

  it('reads light text on a dark background', async () => {
    const { text } = await reader.read(await rendered('halvora.com/invite?code=7XK2PM', true));
    assert.match(text, /halvora\.com\/invite\?code=7XK2PM/);
  });

  it('refuses a language whose trained data is not installed', async () => {
    await assert.rejects(createTextReader({ language: 'xxx' }), /trained data for language "xxx" is not installed/);
  });
});
