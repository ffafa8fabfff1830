// How a CSV file is written: its delimiter and its character encoding. Exports differ by locale (Excel
// in France writes ";" and windows-1252), so both are options; a wrong guess would not fail loudly,
// it would import mojibake or one-column rows, hence names are checked and unknown ones refused.
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';

const DELIMITER_NAMES: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', '\\t': '\t', pipe: '|' };

/** "," ";" "|" a tab, or the names comma, semicolon, tab (also the two characters \t, as typed in a shell), pipe. */
export function resolveDelimiter(value: string | undefined): string {
  if (value === undefined) return ',';
  const d = DELIMITER_NAMES[value.toLowerCase()] ?? value;
  if ([...d].length !== 1 || d === '"' || d === '\r' || d === '\n') {
    throw new Error(`invalid CSV delimiter ${JSON.stringify(value)}: one character other than a quote or line break (e.g. ",", ";", "|", tab)`);
  }
  return d;
}

export interface LineDecoder {
  /** Canonical name for messages. */
  name: string;
  /** Decodes one physical line; valid is false when a byte has no meaning in the encoding. */
  decode(bytes: Buffer): { text: string; valid: boolean };
  /** Prepares the byte stream: identity, except for multi-byte encodings, transcoded to UTF-8 first. */
  prepare(source: AsyncIterable<Uint8Array | string>): AsyncIterable<Uint8Array | string>;
  /** True when the bytes handed to decode are the file's own bytes (so evidence hashes are of the file). */
  originalBytes: boolean;
}

function utf8Decoder(name: string, prepare: LineDecoder['prepare'], originalBytes: boolean): LineDecoder {
  // ignoreBOM keeps a byte-order mark in the text; the reader removes it from the header only.
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true });
  return {
    name,
    prepare,
    originalBytes,
    decode(bytes) {
      try {
        // Strict: a wrong byte must refuse the row, not turn into U+FFFD inside evidence text.
        return { text: strict.decode(bytes), valid: true };
      } catch {
        // The lossy text is still scanned, so the record's end is found and the next row is read.
        return { text: lossy.decode(bytes), valid: false };
      }
    },
  };
}

/** Single-byte and ASCII-compatible: every byte is one character and bytes below 0x80 are ASCII. */
function isAsciiSingleByte(encoding: string): boolean {
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const text = iconv.decode(all, encoding);
  if (text.length !== 256) return false;
  for (let i = 0; i < 128; i++) if (text.charCodeAt(i) !== i) return false;
  return true;
}

/**
 * UTF-8 (default) is decoded strictly. Other iconv-lite encodings: single-byte ones (latin1,
 * windows-1252, iso-8859-15, …) are split and decoded line by line on the file's own bytes; multi-byte
 * ones (utf-16le, shift_jis, gbk, …), whose bytes may contain "\n" or "|" inside a character, are
 * transcoded to UTF-8 before splitting.
 */
export function lineDecoder(encoding: string | undefined): LineDecoder {
  const identity = (s: AsyncIterable<Uint8Array | string>) => s;
  if (encoding === undefined || /^utf-?8$/i.test(encoding)) return utf8Decoder('utf-8', identity, true);
  if (!iconv.encodingExists(encoding)) {
    throw new Error(`unknown encoding ${JSON.stringify(encoding)}: use a name iconv-lite knows, e.g. utf-8, latin1, windows-1252, iso-8859-15, utf-16le`);
  }
  if (isAsciiSingleByte(encoding)) {
    return {
      name: encoding,
      prepare: identity,
      originalBytes: true,
      decode(bytes) {
        const text = iconv.decode(bytes, encoding);
        // iconv-lite maps bytes the code page leaves undefined (0x81 in windows-1252) to U+FFFD.
        return { text, valid: !text.includes('\uFFFD') };
      },
    };
  }
  const transcode = (s: AsyncIterable<Uint8Array | string>) =>
    (s as Readable).pipe(iconv.decodeStream(encoding)).pipe(iconv.encodeStream('utf8')) as unknown as AsyncIterable<Buffer>;
  const inner = utf8Decoder(encoding, transcode, false);
  return {
    ...inner,
    decode(bytes) {
      const r = inner.decode(bytes);
      // iconv-lite replaces undecodable sequences with U+FFFD while transcoding.
      return { text: r.text, valid: r.valid && !r.text.includes('\uFFFD') };
    },
  };
}
