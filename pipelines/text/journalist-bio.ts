// A journalist's profile ("Reporter @ The Ledger Weekly, covering exchanges and MiCA", "Redakteurin bei der
// Börsenzeitung | schreibt über Krypto"): the bio of someone who reports on firms. The job title heads the text,
// or the first sentence introduces its author by it ("Bonjour, je suis journaliste et j'enquête sur ...", "Hi all,
// I'm a reporter at ...": a reporter asking users for their stories). The caller asks only for texts without
// links, and a text that gives a code ("ex-journalist, now trading: my code X") is a promoter's story, not a newsroom's.
import { fold } from './fold.ts';
import type { Tokenised } from './tokenise.ts';
import { CODE_WORD_KEYS } from './code-word-keys.ts';

/** Newsroom job titles in the EU languages (and a few neighbours'), folded. */
const JOURNALIST_TITLES: ReadonlySet<string> = new Set([
  'reporter', 'reporterin', 'journalist', 'journalistin', 'journaliste', 'correspondent', 'korrespondent', 'korrespondentin', 'correspondant',
  'correspondante', 'corresponsal', 'corrispondente', 'correspondente', 'redakteur', 'redakteurin', 'redacteur', 'redactrice', 'redactor',
  'redactora', 'redattore', 'redattrice', 'periodista', 'giornalista', 'jornalista', 'dziennikarz', 'dziennikarka', 'novinar', 'novinarka', 'toimittaja',
  'ajakirjanik', 'ujsagiro', 'jurnalist', 'jurnalista', 'журналист', 'журналистка', 'журналіст', 'журналістка', 'δημοσιογραφος', 'zurnalists',
  'zurnaliste', 'zurnalistas', 'gurnalist', 'gurnalista', 'iriseoir', 'redaktor', 'redaktorka', 'redaktorius', 'redaktør',
].map(fold));


/** Words from a code word to its code: "Code bei Bitget: LENA24". */
const CODE_REACH = 4;

/** A digit, or four or more capitals: how issued codes are written. */
const CODE_SHAPED = /\d|^[\p{Lu}_-]{4,}$/u;

/** Words that may stand before the title: "Crypto reporter", "Senior editor", "Freelance-Journalistin". */
const TITLE_WITHIN = 3;

/**
 * "I am" in the EU languages, lower-cased, before the title ("je suis journaliste", "jsem novinářka", "Jien
 * ġurnalista", "I'm a reporter") or, in Hungarian and Irish, after it ("újságíró vagyok", "is iriseoir mé"). Only
 * the first person: "he is a journalist" introduces someone else. ("I'm" is tokenised as "I" and "m".)
 */
const I_AM_BEFORE: ReadonlySet<string> = new Set([
  'i', 'am', 'suis', 'bin', 'soy', 'sono', 'sou', 'ben', 'jestem', 'jsem', 'som', 'sem', 'sam', 'sunt', 'olen', 'esmu', 'esu',
  'съм', 'είμαι', 'är', 'jeg', 'jien', 'jiena',
]);
const I_AM_AFTER: ReadonlySet<string> = new Set(['vagyok', 'mé']);
/** Tokens of the first sentence looked at for a self-introduction ("Hi all, I'm a reporter at ..."). */
const INTRO_WITHIN = 12;
/** Words between "I am" and the title: an article, an adjective ("I'm a freelance reporter"). */
const INTRO_GAP = 2;

/** A code word with a code-shaped word right after it ("code: ANNA7"); "how MEXC codes end up in bios" names codes only. */
function givesCode(t: Tokenised): boolean {
  for (let k = 0; k < t.tokens.length; k++) {
    if (!CODE_WORD_KEYS.has(t.tokens[k]!.key)) continue;
    for (let j = k + 1; j <= k + CODE_REACH && j < t.tokens.length && !t.tokens[j]!.breakBefore; j++) if (CODE_SHAPED.test(t.tokens[j]!.text)) return true;
  }
  return false;
}

/** The job title heading a journalist's bio, as written, or null. */
export function journalistTitle(t: Tokenised): { marker: string; from: number; to: number } | null {
  let title = -1;
  for (let k = 0; k < Math.min(TITLE_WITHIN, t.tokens.length); k++) {
    const tok = t.tokens[k]!;
    if (k > 0 && tok.breakBefore) break;
    if (tok.kind === 'word' && !tok.hash && !tok.at && JOURNALIST_TITLES.has(tok.key)) {
      title = k;
      break;
    }
  }
  if (title < 0) title = introducedTitle(t);
  if (title < 0 || givesCode(t)) return null;
  const tok = t.tokens[title]!;
  const lineEnd = t.text.indexOf('\n');
  return { marker: tok.text, from: 0, to: lineEnd < 0 ? t.text.length : lineEnd };
}

/** The token index of a job title the first sentence's author gives as their own, or -1. */
function introducedTitle(t: Tokenised): number {
  const end = Math.min(INTRO_WITHIN, t.tokens.length);
  for (let k = 1; k < end; k++) {
    const tok = t.tokens[k]!;
    if (tok.breakBefore) return -1;
    if (tok.kind !== 'word' || tok.hash || tok.at || !JOURNALIST_TITLES.has(tok.key)) continue;
    for (let j = Math.max(0, k - 1 - INTRO_GAP); j < k; j++) if (I_AM_BEFORE.has(t.tokens[j]!.text.toLowerCase())) return k;
    const next = t.tokens[k + 1];
    if (next && !next.breakBefore && I_AM_AFTER.has(next.text.toLowerCase())) return k;
  }
  return -1;
}
