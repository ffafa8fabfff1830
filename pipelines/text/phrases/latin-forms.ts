// Greek and Bulgarian written in Latin letters ("Greeklish": "kwdikos", "#diafimisi"; Bulgarian chat Latin:
// "polu4avam komisiona") are how many people post on phones and in chats. Every Greek or Cyrillic phrase of the
// code, disclosure and pay lists gets the Latin spellings people use, generated here from one table per script
// instead of written out by hand beside each phrase. No library does this: transliteration packages give one
// standard romanisation (ISO 843, BGN), not the several informal ones posts use (θ as "th" or "8", ч as "ch" or "4").
import { fold } from '../fold.ts';

/** Informal Latin spellings of each folded Greek letter or digraph, the commonest first. */
const GREEK: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ου', ['ou', 'u']], ['μπ', ['mp', 'b']], ['ντ', ['nt', 'd']], ['γκ', ['gk', 'g']], ['γγ', ['gg', 'ng']],
  ['α', ['a']], ['β', ['v', 'b']], ['γ', ['g']], ['δ', ['d']], ['ε', ['e']], ['ζ', ['z']], ['η', ['i', 'h']], ['θ', ['th', '8']],
  ['ι', ['i']], ['κ', ['k']], ['λ', ['l']], ['μ', ['m']], ['ν', ['n']], ['ξ', ['ks', 'x']], ['ο', ['o']], ['π', ['p']], ['ρ', ['r']],
  ['σ', ['s']], ['ς', ['s']], ['τ', ['t']], ['υ', ['i', 'u']], ['φ', ['f']], ['χ', ['x', 'ch']], ['ψ', ['ps']], ['ω', ['o', 'w']],
];

/** Informal Latin spellings of each folded Bulgarian letter (the digits stand for letters they look like). */
const CYRILLIC: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['а', ['a']], ['б', ['b']], ['в', ['v']], ['г', ['g']], ['д', ['d']], ['е', ['e']], ['ж', ['zh', 'j']], ['з', ['z']], ['и', ['i']],
  ['й', ['y', 'i']], ['к', ['k']], ['л', ['l']], ['м', ['m']], ['н', ['n']], ['о', ['o']], ['п', ['p']], ['р', ['r']], ['с', ['s']],
  ['т', ['t']], ['у', ['u']], ['ф', ['f']], ['х', ['h', 'x']], ['ц', ['ts', 'c']], ['ч', ['ch', '4']], ['ш', ['sh', '6']],
  ['щ', ['sht', '6t']], ['ъ', ['a', 'u']], ['ь', ['y']], ['ю', ['yu', 'ju']], ['я', ['ya', 'q']],
];

/** Most spellings kept of one word: the table's options multiply (2 per ambiguous letter); the commonest come first. */
const MAX_WORD_FORMS = 16;
/** Most spellings kept of one phrase. */
const MAX_PHRASE_FORMS = 32;

const GREEK_LETTER = /[\u0370-\u03ff]/u;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/u;

/** The Latin spellings of one folded word, or none when a letter has no entry (Ukrainian і, Serbian ђ). */
function wordForms(word: string, table: ReadonlyArray<readonly [string, readonly string[]]>): string[] {
  let forms = [''];
  for (let i = 0; i < word.length; ) {
    const entry = table.find(([from]) => word.startsWith(from, i));
    let options: readonly string[];
    if (entry) {
      options = entry[1];
      i += entry[0].length;
    } else {
      const ch = word[i]!;
      if (GREEK_LETTER.test(ch) || CYRILLIC_LETTER.test(ch)) return [];
      options = [ch];
      i += 1;
    }
    const next: string[] = [];
    for (const f of forms) for (const o of options) if (next.length < MAX_WORD_FORMS) next.push(f + o);
    forms = next;
  }
  return forms;
}

/** Latin spellings of a Greek or Cyrillic phrase ("#διαφήμιση" → "#diafimisi", "#diafhmish", ...); [] for other phrases. */
export function latinForms(phrase: string): string[] {
  const table = GREEK_LETTER.test(phrase) ? GREEK : CYRILLIC_LETTER.test(phrase) ? CYRILLIC : null;
  if (!table) return [];
  let forms = [''];
  for (const [n, part] of fold(phrase).split(/(\s+)/u).entries()) {
    // Odd parts are the spaces split kept.
    const options = n % 2 === 1 ? [part] : wordForms(part, table);
    if (!options.length) return [];
    const next: string[] = [];
    for (const f of forms) for (const o of options) if (next.length < MAX_PHRASE_FORMS) next.push(f + o);
    forms = next;
  }
  return forms;
}

/** The list with the Latin spellings of its Greek and Cyrillic phrases after it, each once. */
export function withLatinForms(list: readonly string[]): string[] {
  const out = new Set(list);
  for (const p of list) for (const f of latinForms(p)) out.add(f);
  return [...out];
}
