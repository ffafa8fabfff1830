// Case and accent folding shared by every matcher, so a phrase list written with accents
// ("código", "publicité") also matches posts typed without them ("codigo", "publicite").

const MARKS = /\p{M}/gu;

/** Lower-cases, decomposes and drops combining marks. Length may differ from the input: fold tokens, never whole texts whose offsets matter. */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(MARKS, '');
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
