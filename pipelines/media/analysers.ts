// Where the media stage gets its analysers. Part B of issue 11 (branch wt-logos) fills this with the
// logo detector (pipelines/media/logo-*.ts) and the OCR reader (pipelines/media/ocr-*.ts); until the
// lead merges it, both are null and the stage records each image's hash, size and skip reasons only.
import type { LogoDetector, TextReader } from './media-types.ts';

export interface ImageAnalysers {
  detectLogos: LogoDetector | null;
  readText: TextReader | null;
}

export function createImageAnalysers(): ImageAnalysers {
  return { detectLogos: null, readText: null };
}
