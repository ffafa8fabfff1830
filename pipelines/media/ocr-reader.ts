// OCR of images with tesseract.js. The trained data comes from the npm package @tesseract.js-data/eng
// (installed with the project), never from the network: tesseract.js would otherwise download it from
// a CDN at first use, which production and CI must not do.
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { z } from 'zod';
import type { DecodedImage, TextReader } from './media-types.ts';

const require = createRequire(import.meta.url);
const dataPackageSchema = z.object({ code: z.string(), gzip: z.boolean(), langPath: z.string() });

export interface TextReaderOptions {
  /** tesseract language code whose @tesseract.js-data/<code> package is installed; default eng. */
  language?: string;
  /** Images whose longest side is below this are enlarged first: tesseract reads ~20-px glyphs best. */
  upscaleBelow?: number;
}

export interface TextReaderHandle {
  read: TextReader;
  /** Ends the tesseract worker thread. */
  close(): Promise<void>;
}

export async function createTextReader(opts: TextReaderOptions = {}): Promise<TextReaderHandle> {
  const language = opts.language ?? 'eng';
  const upscaleBelow = opts.upscaleBelow ?? 1000;
  let data: z.infer<typeof dataPackageSchema>;
  try {
    data = dataPackageSchema.parse(require(`@tesseract.js-data/${language}`));
  } catch (err) {
    throw new Error(`OCR: trained data for language "${language}" is not installed (npm package @tesseract.js-data/${language})`, { cause: err });
  }
  const worker: Worker = await createWorker(language, OEM.LSTM_ONLY, {
    langPath: data.langPath,
    gzip: data.gzip,
    // 'none': neither read nor write a traineddata cache in the working directory
    cacheMethod: 'none',
  });
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: '300' });
  // one image at a time per worker: tesseract.js queues jobs, but the caller's pool decides parallelism
  let queue: Promise<unknown> = Promise.resolve();
  const read: TextReader = async (image: DecodedImage) => {
    const png = await toPng(image, upscaleBelow);
    const job = queue.then(() => worker.recognize(png));
    queue = job.catch(() => undefined);
    const result = await job;
    return { text: result.data.text.trim(), confidence: result.data.confidence / 100 };
  };
  return { read, close: async () => { await worker.terminate(); } };
}

async function toPng(image: DecodedImage, upscaleBelow: number): Promise<Buffer> {
  const long = Math.max(image.width, image.height);
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } }).greyscale();
  if (long < upscaleBelow) {
    const factor = Math.min(3, upscaleBelow / long);
    pipeline = pipeline.resize(Math.round(image.width * factor), Math.round(image.height * factor), { kernel: 'lanczos3' });
  }
  return pipeline.png({ compressionLevel: 1 }).toBuffer();
}
