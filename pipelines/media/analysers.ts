// Where the media stage gets its analysers (issue 11): the edge-direction logo detector over the reference
// logos of config/logos and the catalogue's packaged marks (decisions 0031, 0034), run in a worker thread, and the
// tesseract.js OCR reader (its own worker thread) with trained data from npm. Tests inject their own;
// `noImageAnalysers` records each image's hash, size and skip reasons only.
import type { DecodedImage, LogoMatch, TextReader } from './media-types.ts';
import { loadReferenceLogos } from './reference-logos.ts';
import { startLogoDetectorWorker } from './logo-detector-worker.ts';
import { createTextReader } from './ocr-reader.ts';

export interface ImageAnalysers {
  /** Synchronous (a LogoDetector) or asynchronous (the same detector run off the event loop). */
  detectLogos: ((image: DecodedImage) => LogoMatch[] | Promise<LogoMatch[]>) | null;
  readText: TextReader | null;
  /** Ends what the analysers hold (the OCR worker thread); absent when they hold nothing. */
  close?: () => Promise<void>;
}

export function noImageAnalysers(): ImageAnalysers {
  return { detectLogos: null, readText: null };
}

export interface ImageAnalysersOptions {
  /** The catalogue's firm ids: reference logo folders and packaged marks must name one. */
  firmIds: Iterable<string>;
  /** Default config/logos/. */
  logosDir?: string;
  /** tesseract language whose @tesseract.js-data/<code> package is installed; default eng. */
  ocrLanguage?: string;
}

/**
 * The real analysers. Loading fails loudly (a logo folder naming no catalogue firm, missing trained
 * data): a media stage that silently detected nothing would look like a stage that found nothing.
 */
export async function createImageAnalysers(opts: ImageAnalysersOptions): Promise<ImageAnalysers> {
  const refs = await loadReferenceLogos({ firmIds: opts.firmIds, dir: opts.logosDir });
  // In a worker thread: seconds of CPU per image must not stall the services sharing this process.
  const logos = await startLogoDetectorWorker(refs);
  const ocr = await createTextReader({ language: opts.ocrLanguage }).catch(async (err: unknown) => {
    await logos.close();
    throw err;
  });
  return {
    detectLogos: (image) => logos.detect(image),
    readText: ocr.read,
    close: async () => { await Promise.all([logos.close(), ocr.close()]); },
  };
}
