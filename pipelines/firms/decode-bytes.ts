// ESMA's register exports are not consistently encoded: most are UTF-8 with a BOM, but files
// re-saved by NCAs in Excel arrive as Windows-1252. Strict UTF-8 first, because a Windows-1252
// reading of valid UTF-8 would silently turn every "ü" into "Ã¼".
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM was stripped above; a second one inside would be data, not a marker.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'windows-1252', { stripBOM: true }), encoding: 'windows-1252' };
  }
}
