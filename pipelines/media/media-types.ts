// The contract between the media stage (fetching, decoding, joining results into the enrichment;
// services/media) and the image analysers (logo detection and OCR; pipelines/media). Issue 11.

/** A decoded image, normalised by the stage: RGBA, 8 bits per channel, longest side at most 1280 px. */
export interface DecodedImage {
  width: number;
  height: number;
  /** width * height * 4 bytes, row-major RGBA. */
  data: Uint8Array;
}

/** Where a logo was found, in pixels of the DecodedImage. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LogoMatch {
  firmId: string;
  /** 0..1, 0.5 at the detector's threshold; precision there is in docs/decisions/0042 (evaluation set, report seed). */
  score: number;
  region: Region;
}

/** Finds catalogue firms' logos in an image. Pure and synchronous per image (the stage runs it in a worker thread). */
export type LogoDetector = (image: DecodedImage) => LogoMatch[];

/** Reads text in an image (OCR); the text feeds the link, promo-code and firm-mention detectors. */
export type TextReader = (image: DecodedImage) => Promise<{ text: string; confidence: number }>;
