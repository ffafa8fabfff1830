// Case and accent folding shared by every matcher, so a phrase list written with accents
// ("código", "publicité") also matches posts typed without them ("codigo", "publicite").

const MARKS = /\p{M}/gu;

/** Folded forms of recent non-ASCII words (normalize() is the slow part); cleared when full. */
const CACHE = new Map<string, string>();
const CACHE_SIZE = 20_000;
const MAX_CACHED_LENGTH = 40;

/** Lower-cases, decomposes and drops combining marks. Length may differ from the input: fold tokens, never whole texts whose offsets matter. */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  if (s.length > MAX_CACHED_LENGTH) return foldSlowly(s);
  let f = CACHE.get(s);
  if (f === undefined) {
    if (CACHE.size >= CACHE_SIZE) CACHE.clear();
    CACHE.set(s, (f = foldSlowly(s)));
  }
  return f;
}

/**
 * Letters whose stroke or bar is part of the letter, not a combining mark, so NFD keeps them: Polish ł, Croatian đ,
 * Maltese ħ. Posts typed without them ("wspolpraca", "mhallsa", "dobijes") are as common as posts typed without
 * accents, and are folded the same way.
 */
const STROKED = /[łđħ]/g;
const UNSTROKED: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ħ: 'h' };

function foldSlowly(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(STROKED, (c) => UNSTROKED[c]!);
}

/** True when the string has at least one letter and no lower-case letter ("QX2024", "WELCOME"). */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toLowerCase()) return false;
    }
  }
  return letters > 0;
}

/** True when the first letter is upper case ("Kraken" but not "kraken"). */
export function startsUpper(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
