// How the embedded store keeps a document's JSON in `docs.doc` (decision 0035). The enriched item,
// its case and case state are JSON with the same keys over and over: deflated, they take about 0.4
// of their text, and the stored item was the largest part of the data dir (issue 9: 2.0x the
// item's input JSON). The column's type tells the form, so files written before stay readable:
//   TEXT - the JSON itself (older files, and documents too small to gain from deflating);
//   BLOB - one codec byte, then the encoded JSON. Codec 1: raw deflate (node:zlib, RFC 1951).
// The JSON is restored byte for byte (decodeDoc(encodeDoc(s)) === s), so whatever a document
// carries (an item's evidence.sha256 of its raw bytes, versions) reads back exactly as written.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { PipelineError } from '../../pipelines/step-result.ts';

const DEFLATE_RAW = 1;

/**
 * Shorter JSON stays text: deflate's header and Huffman tables eat most of the gain on a few
 * hundred bytes, and a small alert or version document is cheaper to read as it is.
 */
export const MIN_ENCODED_CHARS = 384;

/**
 * JSON this long or longer is deflated at level 1. The long documents are a pair's case and case
 * state (tens of kB), rewritten at every batch that touches the pair: level 1 deflates them 2-4x
 * faster for ~10% more bytes, where the default level cost ~0.7 ms per state write (decision 0041).
 * Items and evidence, written once and most of the data dir, stay at the default level (level 1
 * saved them no time).
 */
export const FAST_DEFLATE_CHARS = 16_384;

/** The value to store for a document's JSON text. */
export function encodeDoc(json: string): string | Buffer {
  if (json.length < MIN_ENCODED_CHARS) return json;
  const packed = json.length >= FAST_DEFLATE_CHARS ? deflateRawSync(json, { level: 1 }) : deflateRawSync(json);
  if (packed.length + 1 >= Buffer.byteLength(json)) return json;
  const out = Buffer.allocUnsafe(packed.length + 1);
  out[0] = DEFLATE_RAW;
  packed.copy(out, 1);
  return out;
}

/** The JSON text of a stored `docs.doc` value; `where` names the document in an error. */
export function decodeDoc(stored: string | Buffer | Uint8Array, where: string): string {
  if (typeof stored === 'string') return stored;
  const buf = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  if (buf.length > 0 && buf[0] === DEFLATE_RAW) {
    try {
      return inflateRawSync(buf.subarray(1)).toString('utf8');
    } catch (err) {
      throw new PipelineError(`${where}: stored document does not inflate (damaged file?)`, { retriable: false, cause: err });
    }
  }
  throw new PipelineError(`${where}: stored document has unknown codec ${buf[0] ?? 'none'} (written by a newer rsmon?)`, { retriable: false });
}
