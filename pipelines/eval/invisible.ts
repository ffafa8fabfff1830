// Codes are compared without invisible characters: "BIT\u200bGET50" as written and "BITGET50" as labelled
// are the same code to a reader. The detectors' own normalisation is not this module's job; the
// harness only needs a stable key.
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
];

const invisible = (cp: number) => RANGES.some(([a, b]) => cp >= a && cp <= b);

export function withoutInvisible(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC')) if (!invisible(ch.codePointAt(0)!)) out += ch;
  return out;
}
