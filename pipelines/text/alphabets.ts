// Letters a language never writes. eld's n-grams can rank a language first on a short post whose letters it does
// not have ("jössz este sörözni" as Romanian, which has no ö; "растёт" as Serbian or Bulgarian, which have no ё).
// Where the sample holds letters of the winner's script that its alphabet lacks, the winner is set aside
// (identify-language.ts) and the best language that writes them all is taken. Only languages listed here are
// ever set aside: English, Tagalog, Indonesian and others without diacritics borrow "é" and "ü" freely.

/** The non-ASCII lower-case letters of Latin-script languages (ASCII letters are never foreign: loans use them all). */
const LATIN: Record<string, string> = {
  // ã: Romanian typed in Latin-1, which lacks ă ("tatãlui sãu").
  ro: 'ăâîșşțţã',
  // õ, ô and û: Hungarian typed in Latin-1, which lacks ő and ű ("fõtitkár", "gyûjtemény"; bench:language's Leipzig
  // sentences hold many).
  hu: 'áéíóöőúüűõôû',
  de: 'äöüß',
  fr: 'àâæçéèêëîïôœùûüÿ',
  es: 'áéíñóúü',
  pt: 'áâãàçéêíóôõú',
  it: 'àèéìíîòóùú',
  nl: 'áéíóúàèëïöüĳ',
  sv: 'åäöé',
  da: 'æøåé',
  no: 'æøåéô',
  fi: 'äöåšž',
  et: 'äöõüšž',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  sl: 'čšžćđ',
  hr: 'čćđšž',
  sr: 'čćđšž',
  lv: 'āčēģīķļņšūž',
  lt: 'ąčęėįšųūž',
  mt: 'àèìòùċġħżâ',
  ga: 'áéíóú',
  tr: 'çğıöşüâîû',
};
/** Full Cyrillic alphabets. */
const CYRILLIC: Record<string, string> = {
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  be: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  sr: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
};

const LATIN_SETS = new Map(Object.entries(LATIN).map(([code, letters]) => [code, new Set(letters)]));
const CYRILLIC_SETS = new Map(Object.entries(CYRILLIC).map(([code, letters]) => [code, new Set(letters)]));

/** Latin letters beyond ASCII: Latin-1 (less × and ÷), Extended-A and -B, Extended Additional. */
const isLatin = (c: number): boolean => (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
const isCyrillic = (c: number): boolean => c >= 0x400 && c <= 0x4ff;

/** The language has an alphabet listed here (else it is never set aside). */
export const hasAlphabet = (code: string): boolean => LATIN_SETS.has(code) || CYRILLIC_SETS.has(code);

/** Index in a FOREIGN table of the code units isLatin or isCyrillic admits (U+0080-04FF, U+1E00-1EFF), else -1. */
const slotOf = (c: number): number => (c < 0x500 ? c : c >= 0x1e00 && c <= 0x1eff ? c - 0x1e00 + 0x500 : -1);

/**
 * Per language with an alphabet: 1 for each code unit that is one of its script's letters it does not write (the
 * test foreignLetters made per character, a lower-casing and a Set look-up, done once per code unit at load).
 */
const FOREIGN: ReadonlyMap<string, Uint8Array> = new Map(
  [...new Set([...LATIN_SETS.keys(), ...CYRILLIC_SETS.keys()])].map((code) => {
    const latin = LATIN_SETS.get(code);
    const cyrillic = CYRILLIC_SETS.get(code);
    const table = new Uint8Array(0x600);
    for (let c = 0x80; c <= 0x1eff; c++) {
      const slot = slotOf(c);
      // ASCII is never foreign; nor "é" / "É", which Café, Pokémon and Nestlé carry into every language.
      if (slot < 0 || c === 0xe9 || c === 0xc9) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      if (latin && isLatin(c)) table[slot] = latin.has(lower) ? 0 : 1;
      else if (cyrillic && isCyrillic(c) && !cyrillic.has(lower)) table[slot] = 1;
    }
    return [code, table] as const;
  }),
);

/**
 * How many letters of the sample the language does not write, in its own script(s), up to `limit` (the caller's
 * threshold: the scan stops there). 0 for a language with no alphabet listed here, and for letters of another
 * script (a Latin name in a Cyrillic post).
 */
export function foreignLetters(code: string, sample: string, limit: number): number {
  const foreign = FOREIGN.get(code);
  if (!foreign) return 0;
  let n = 0;
  for (let i = 0; i < sample.length && n < limit; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) continue;
    const slot = slotOf(c);
    if (slot >= 0 && foreign[slot] === 1) n++;
  }
  return n;
}
