// How the embedded store keeps a document's JSON in `docs.doc` (decisions 0035, 0044). The enriched
// item, its evidence, case and case state are JSON with the same keys over and over: deflated, they
// take about 0.4 of their text, and the stored item was the largest part of the data dir (issue 9:
// 2.0x the item's input JSON). The column's type tells the form, so files written before stay readable:
//   TEXT - the JSON itself (older files, and documents too small to gain from deflating);
//   BLOB - one codec byte, then the encoded JSON.
//     Codec 1: raw deflate (node:zlib, RFC 1951). Written up to 0044; read for ever.
//     Codec 2: raw deflate with the preset dictionary DOC_DICTIONARY_V1 (sqlite-doc-dictionary.ts):
//       the keys and shapes every document repeats are back-references into the dictionary, so a
//       1-2 kB item or evidence document no longer spells them out (0.6 of codec 1's bytes).
// The JSON is restored byte for byte (decodeDoc(encodeDoc(s)) === s), so whatever a document
// carries (an item's evidence.sha256 of its raw bytes, versions) reads back exactly as written.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { PipelineError } from '../../pipelines/step-result.ts';
import { DOC_DICTIONARY_V1 } from './sqlite-doc-dictionary.ts';
import { reusableRawZlib } from './reusable-raw-zlib.ts';

const DEFLATE_RAW = 1;
const DEFLATE_RAW_DICT_V1 = 2;
const DICTIONARY = Buffer.from(DOC_DICTIONARY_V1, 'utf8');

/**
 * Shorter JSON stays text: a small alert or version document is cheaper to read as it is, and
 * deflate's block header eats most of the gain on a few dozen bytes.
 */
export const MIN_ENCODED_CHARS = 128;

/**
 * JSON this long or longer is deflated at level 1. The long documents are a pair's case and case
 * state (tens of kB), rewritten at every batch that touches the pair: level 1 deflates them 2-4x
 * faster for ~10% more bytes, where the default level cost ~0.7 ms per state write (decision 0041).
 * Items and evidence, written once and most of the data dir, stay at the default level (level 1
 * saved them no time).
 */
export const FAST_DEFLATE_CHARS = 16_384;

// zlib's default window (32 kB) and level below FAST_DEFLATE_CHARS. An 8 kB window with memLevel 7
// gave the same bytes but was no faster on 4 kB items (decision 0044).
// One reused zlib stream per setting (reusable-raw-zlib.ts): a new stream per document cost more
// than deflating it (decision 0045).
const deflateSmall = reusableRawZlib('deflate', { dictionary: DICTIONARY });
const deflateLong = reusableRawZlib('deflate', { dictionary: DICTIONARY, level: 1 });
const inflateDict = reusableRawZlib('inflate', { dictionary: DICTIONARY });

/** The value to store for a document's JSON text. */
export function encodeDoc(json: string): string | Buffer {
  if (json.length < MIN_ENCODED_CHARS) return json;
  const text = Buffer.from(json, 'utf8');
  const packed = (json.length >= FAST_DEFLATE_CHARS ? deflateLong : deflateSmall)(text);
  if (packed.length + 1 >= text.length) return json;
  const out = Buffer.allocUnsafe(packed.length + 1);
  out[0] = DEFLATE_RAW_DICT_V1;
  packed.copy(out, 1);
  return out;
}

/** The JSON text of a stored `docs.doc` value; `where` names the document in an error. */
export function decodeDoc(stored: string | Buffer | Uint8Array, where: string): string {
  if (typeof stored === 'string') return stored;
  const buf = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  const codec = buf[0];
  if (codec === DEFLATE_RAW || codec === DEFLATE_RAW_DICT_V1) {
    try {
      return (codec === DEFLATE_RAW ? inflateRawSync(buf.subarray(1)) : inflateDict(buf.subarray(1))).toString('utf8');
    } catch (err) {
      throw new PipelineError(`${where}: stored document does not inflate (damaged file?)`, { retriable: false, cause: err });
    }
  }
  throw new PipelineError(`${where}: stored document has unknown codec ${codec ?? 'none'} (written by a newer rsmon?)`, { retriable: false });
}

/** Codec 1 (raw deflate, no dictionary), as rsmon wrote it before 0044: for tests of older files. */
export function encodeDocCodec1(json: string): Buffer {
  const packed = deflateRawSync(json);
  return Buffer.concat([Buffer.from([DEFLATE_RAW]), packed]);
}
