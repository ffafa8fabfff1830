// The media stage's work on one enriched item (issue 11): fetch or read each image, hash it, sniff
// and decode it, run the analysers, and join what they found into a new version of the enrichment.
// Text read in an image goes through the same enricher as post text (on a scratch copy of the item
// whose text is the image text), so links, promo codes and firm names are recognised exactly as in
// text; links so found carry `from: "image"`, firm names `via: "ocr"`. Indicators are derived again
// from the merged findings. A failing image is a recorded skip (`enrichment.media[].error`), never a
// failure of the item: the text enrichment stands whatever the images do.
import { createHash } from 'node:crypto';
import type { EnrichedItem, EnrichedLink, Logo, MediaEvidence } from '../contracts/enriched-item.ts';
import type { Enricher } from '../enrich/create-enricher.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { deriveIndicators } from '../indicators/derive-indicators.ts';
import type { UrlGuardOptions } from '../../infra/http/url-guard.ts';
import type { ImageAnalysers } from './analysers.ts';
import { decodeImage } from './decode-image.ts';
import { fetchImage } from './fetch-image.ts';
import { readLocalImage } from './read-local-image.ts';
import { describeNonImage, sniffImage } from './sniff-image.ts';
import { MAX_OCR_TEXT_CHARS } from '../contracts/item-limits.ts';

export interface MediaStageOptions {
  maxBytes: number;
  maxPixels: number;
  maxRedirects: number;
  timeoutMs: number;
  localDir?: string;
  /** Tests only (loopback servers): passed to the URL guard. */
  guard?: UrlGuardOptions;
}

export interface MediaStageDeps {
  enrich: Enricher;
  catalogue: FirmCatalogue;
  analysers: ImageAnalysers;
  options: MediaStageOptions;
}

interface ImageOutcome {
  evidence: MediaEvidence;
  logos: Logo[];
  text: string;
}

/** The images the stage looks at: media of type image with a URL or a local path. */
export function imagesOf(item: EnrichedItem): Array<{ url?: string; path?: string }> {
  const out: Array<{ url?: string; path?: string }> = [];
  for (const m of item.media) {
    if (m.type !== 'image') continue;
    if (m.url) out.push({ url: m.url });
    else if (m.path) out.push({ path: m.path });
  }
  return out;
}

/**
 * Whether the stage has work on this item. An item it already analysed (enrichment.media present)
 * is never analysed again: that is what keeps the stage from looping on its own output.
 */
export function needsMedia(item: EnrichedItem): boolean {
  return item.enrichment.media === undefined && imagesOf(item).length > 0;
}

async function analyseImage(src: { url?: string; path?: string }, deps: MediaStageDeps): Promise<ImageOutcome> {
  const o = deps.options;
  const evidence: MediaEvidence = src.url ? { url: src.url } : { path: src.path };
  const got = src.url
    ? await fetchImage(src.url, { ...o.guard, maxBytes: o.maxBytes, maxRedirects: o.maxRedirects, timeoutMs: o.timeoutMs })
    : await readLocalImage(src.path ?? '', { dir: o.localDir, maxBytes: o.maxBytes });
  if (!got.ok) return { evidence: { ...evidence, error: got.error }, logos: [], text: '' };
  // Hash what was received, before any decoding: these are the bytes an analyst can fetch again and compare.
  evidence.sha256 = createHash('sha256').update(got.bytes).digest('hex');
  evidence.bytes = got.bytes.byteLength;
  const format = sniffImage(got.bytes);
  if (!format) return { evidence: { ...evidence, error: `not a supported image: ${describeNonImage(got.bytes)}` }, logos: [], text: '' };
  evidence.format = format;
  const decoded = await decodeImage(got.bytes, { maxPixels: o.maxPixels });
  if (!decoded.ok) return { evidence: { ...evidence, error: decoded.error }, logos: [], text: '' };
  evidence.width = decoded.width;
  evidence.height = decoded.height;
  const where = src.url ? { mediaUrl: src.url } : { mediaUrl: null, path: src.path };
  const logos: Logo[] = [];
  let text = '';
  try {
    for (const m of (await deps.analysers.detectLogos?.(decoded.image)) ?? []) logos.push({ firmId: m.firmId, score: m.score, region: m.region, ...where });
    // Same cap as an upstream media[].ocrText: a reader fooled into pages of noise cannot stall the detectors.
    if (deps.analysers.readText) text = (await deps.analysers.readText(decoded.image)).text.trim().slice(0, MAX_OCR_TEXT_CHARS);
  } catch (e) {
    return { evidence: { ...evidence, error: `analyser failed: ${e instanceof Error ? e.message : String(e)}` }, logos, text: '' };
  }
  if (text) evidence.text = text;
  return { evidence, logos, text };
}

/** A new version of the item with the images' evidence and findings joined in. */
export async function analyseItemMedia(item: EnrichedItem, deps: MediaStageDeps): Promise<EnrichedItem> {
  const outcomes: ImageOutcome[] = [];
  // One image at a time per item: the service runs items side by side, and a hostile item with 100 images stays bounded.
  for (const src of imagesOf(item)) outcomes.push(await analyseImage(src, deps));
  const e = item.enrichment;
  const links: EnrichedLink[] = [...e.links];
  const promoCodes = [...e.promoCodes];
  const firmMentions = [...e.firmMentions];
  for (const out of outcomes) {
    if (!out.text) continue;
    const { enrichment: seen } = deps.enrich({ ...item, text: out.text, title: null, links: [], media: [] });
    const label = out.evidence.url ?? out.evidence.path ?? 'image';
    for (const l of seen.links) if (!links.some((x) => x.finalUrl === l.finalUrl)) links.push({ ...l, from: 'image' });
    for (const p of seen.promoCodes) if (!promoCodes.some((x) => x.code === p.code)) promoCodes.push({ ...p, context: `in image ${label}: ${p.context}` });
    for (const m of seen.firmMentions) {
      const via = m.via === 'text' ? 'ocr' : m.via;
      if (!firmMentions.some((x) => x.firmId === m.firmId && x.via === via)) firmMentions.push({ firmId: m.firmId, via });
    }
  }
  const logos = [...e.logos, ...outcomes.flatMap((o) => o.logos)];
  const found = { ...e, links, promoCodes, firmMentions, logos };
  return {
    ...item,
    enrichment: {
      ...found,
      indicators: deriveIndicators(item, found, deps.catalogue),
      media: outcomes.map((o) => o.evidence),
      enrichedAt: new Date().toISOString(),
    },
  };
}
