// What every detector reads instead of the raw text (docs/decisions/0019): invisible characters
// (zero-width spaces and joiners, word joiner, soft hyphen, BOM ...) and bidi controls removed,
// compatibility forms folded by NFKC (fullwidth "ｂｉｎａｎｃｅ", mathematical "𝐁𝐢𝐧𝐚𝐧𝐜𝐞", ligatures),
// a right-to-left override's run put back in reading order, and Cyrillic or Greek look-alike letters
// inside Latin words ("Вinance", "bуbit") replaced by the Latin letters they imitate. Each change is
// kept as an edit, so the analyser can tell where text was disguised; the item's own text (the
// evidence) is never changed.
import homoglyphs from 'unhomoglyph/data.json' with { type: 'json' };
import { isMarkAt, letterAt } from './chars.ts';
import { layoutBreaks } from './web-layout.ts';

/** 'layout': a line break a copy of a web page put inside a link or around a mention (web-layout.ts); no disguise. */
export type EditKind = 'invisible' | 'bidi' | 'styled' | 'homoglyph' | 'reversed' | 'layout';

export interface TextEdit {
  kind: EditKind;
  /** Where in the normalised text: [start, end) of what replaced the original (start = end for a removal). */
  start: number;
  end: number;
  /** Offset of the original characters in the input text. */
  originalStart: number;
  /** The original characters. */
  original: string;
}

export interface NormalisedText {
  text: string;
  edits: TextEdit[];
}

// Bidi controls: marks, embeddings, overrides, isolates (Unicode bidi algorithm, explicit formatting).
const BIDI = /^[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]$/u;
/** Default_Ignorable_Code_Point: characters that render as nothing (ZWSP, ZWJ, WJ, soft hyphen, BOM, fillers, tags ...). */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const RLO = 0x202e;
const PDF = 0x202c;

/** Code unit class, filled lazily: 1 unchanged, 2 invisible, 3 bidi, 4 NFKC changes it, 5 Cyrillic/Greek letter. 0 not yet classified. */
const CLASS = new Uint8Array(0x10000);
const UNCHANGED = 1;
const INVISIBLE_C = 2;
const BIDI_C = 3;
const COMPAT = 4;
const LOOKALIKE_SCRIPT = 5;
const ASTRAL = new Map<number, number>();

function classify(ch: string): number {
  if (BIDI.test(ch)) return BIDI_C;
  if (INVISIBLE.test(ch)) return INVISIBLE_C;
  if (ch.normalize('NFKC') !== ch) return COMPAT;
  const c = ch.codePointAt(0) ?? 0;
  if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f)) return LOOKALIKE_SCRIPT;
  return UNCHANGED;
}

/** Class and length of the code point at i, packed as class * 4 + length (no allocation per character). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return UNCHANGED * 4 + 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = ASTRAL.get(cp);
      if (k === undefined) {
        k = classify(String.fromCodePoint(cp));
        if (ASTRAL.size < 4096) ASTRAL.set(cp, k);
      }
      return k * 4 + 2;
    }
  }
  let k = CLASS[c] as number;
  if (k === 0) CLASS[c] = k = classify(String.fromCharCode(c));
  return k * 4 + 1;
}

/** Styled letters people use for emphasis or to dodge filters: fullwidth forms, mathematical alphanumerics, circled/parenthesised letters. */
function isStyled(cp: number): boolean {
  return (cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x1f130 && cp <= 0x1f189);
}

/** ZWNJ, ZWJ, variation selectors and tag characters: parts of emoji sequences and of some scripts' spelling. */
function isJoinerLike(cp: number): boolean {
  return cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** The code point before i, past any joiners (a run "I\u200c\u200cT" has a Latin letter before both). */
function previousCodePoint(s: string, i: number): number {
  let at = i;
  for (;;) {
    const c = s.charCodeAt(at - 1);
    const cp = c >= 0xdc00 && c <= 0xdfff && at >= 2 ? (s.codePointAt(at - 2) ?? c) : c;
    if (!isJoinerLike(cp) || at <= 1) return cp;
    at -= cp > 0xffff ? 2 : 1;
  }
}

const IDENTITY = (text: string): NormalisedText => ({ text, edits: [] });

/**
 * An HTML character reference that stands for an invisible or bidi character ("WAR&#8203;SZAWA1", "&shy;",
 * "&zwj;", "&#x200E;"): pages and newsletters copied as HTML hide codes with them as plain text hides them with
 * the characters. Sticky: tried at each "&".
 */
const INVISIBLE_REFERENCE = /&(?:#(?:x0*(?:ad|200[b-f]|202[a-e]|206[0-9]|feff|34f|61c)|0*(?:173|820[3-7]|823[4-8]|828[8-9]|829[0-9]|8300|8301|8302|8303|65279|847|1564));|(?:shy|zwsp|zwnj|zwj|lrm|rlm|ZeroWidthSpace|NoBreak|InvisibleTimes|InvisibleComma|ic|it|af);)/iy;

function invisibleReferenceAt(s: string, i: number): number {
  INVISIBLE_REFERENCE.lastIndex = i;
  return INVISIBLE_REFERENCE.test(s) ? INVISIBLE_REFERENCE.lastIndex - i : 0;
}

export function normaliseText(input: string): NormalisedText {
  const breaks = layoutBreaks(input);
  // Nearly every post is ASCII or needs no change: one scan decides.
  let needed = breaks.length > 0;
  let lookalikes = false;
  for (let i = 0; i < input.length; ) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      if (c === 38 && invisibleReferenceAt(input, i) > 0) {
        needed = true;
        break;
      }
      i++;
      continue;
    }
    const x = classAt(input, i);
    const k = x >> 2;
    const len = x & 3;
    if (k === LOOKALIKE_SCRIPT) lookalikes = true;
    else if (k !== UNCHANGED) {
      needed = true;
      break;
    }
    i += len;
  }
  if (!needed && !lookalikes) return IDENTITY(input);
  const edits: TextEdit[] = [];
  const text = needed ? foldCharacters(input, edits, breaks) : input;
  const folded = foldHomoglyphs(text, edits);
  if (edits.length === 0) return IDENTITY(input);
  // Homoglyph edits were found in the already folded text: their input offsets follow from the edits before them.
  const charEdits = edits.filter((e) => e.kind !== 'homoglyph');
  for (const e of edits) {
    if (e.kind !== 'homoglyph') continue;
    let delta = 0;
    for (const c of charEdits) if (c.start <= e.start) delta += c.original.length - (c.end - c.start);
    e.originalStart = e.start + delta;
  }
  edits.sort((a, b) => a.start - b.start || a.originalStart - b.originalStart);
  return { text: folded, edits };
}

/** Invisible and bidi characters out, NFKC per base character and its marks, RLO runs reversed, layout breaks out. */
function foldCharacters(input: string, edits: TextEdit[], breaks: readonly number[]): string {
  let out = '';
  const n = input.length;
  let nextBreak = 0;
  for (let i = 0; i < n; ) {
    const c = input.charCodeAt(i);
    if (c === 10 && breaks[nextBreak] === i) {
      edits.push({ kind: 'layout', start: out.length, end: out.length, originalStart: i, original: '\n' });
      nextBreak++;
      i++;
      continue;
    }
    const reference = c === 38 ? invisibleReferenceAt(input, i) : 0;
    if (reference > 0) {
      edits.push({ kind: 'invisible', start: out.length, end: out.length, originalStart: i, original: input.slice(i, i + reference) });
      i += reference;
      continue;
    }
    const x = classAt(input, i);
    const k = x >> 2;
    const len = x & 3;
    if (k === INVISIBLE_C || k === BIDI_C) {
      // A right-to-left override displays the run that follows backwards: "\u202emoc.ecnanib" reads "binance.com".
      if (c === RLO) {
        let end = i + 1;
        while (end < n && input.charCodeAt(end) !== PDF && input.charCodeAt(end) !== 10) end++;
        const run = input.slice(i + 1, end);
        if (/\p{L}/u.test(run)) {
          const reversed = [...run].reverse().join('').normalize('NFKC');
          edits.push({ kind: 'reversed', start: out.length, end: out.length + reversed.length, originalStart: i, original: input.slice(i, Math.min(n, end + 1)) });
          out += reversed;
          i = end < n && input.charCodeAt(end) === PDF ? end + 1 : end;
          continue;
        }
      }
      // Joiners, variation selectors and tags after an emoji or a non-Latin letter belong to it (emoji
      // sequences, Persian and Indic spelling): kept, so quoted text renders as written.
      if (k === INVISIBLE_C && isJoinerLike(input.codePointAt(i) ?? 0) && i > 0 && previousCodePoint(input, i) >= 0x250) {
        out += input.slice(i, i + len);
        i += len;
        continue;
      }
      edits.push({ kind: k === BIDI_C ? 'bidi' : 'invisible', start: out.length, end: out.length, originalStart: i, original: input.slice(i, i + len) });
      i += len;
      continue;
    }
    if (k !== COMPAT) {
      out += input.slice(i, i + len);
      i += len;
      continue;
    }
    // The character and the combining marks after it are normalised together (NFKC composes across them).
    let end = i + len;
    while (end < n && isMarkAt(input, end)) end += input.codePointAt(end)! > 0xffff ? 2 : 1;
    const original = input.slice(i, end);
    const replaced = original.normalize('NFKC');
    if (replaced !== original && isStyled(input.codePointAt(i) ?? 0)) {
      edits.push({ kind: 'styled', start: out.length, end: out.length + replaced.length, originalStart: i, original });
    }
    out += replaced;
    i = end;
  }
  return out;
}

const MAP = homoglyphs as Record<string, string>;
/** Latin letters a Cyrillic or Greek letter stands for, when it imitates exactly one ASCII letter; '' when it does not. */
const LATIN_OF = new Map<number, string>();
function latinOf(ch: string): string {
  const c = ch.charCodeAt(0);
  let v = LATIN_OF.get(c);
  if (v === undefined) {
    let m = MAP[ch] ?? '';
    if (!/^[A-Za-z]$/.test(m)) m = '';
    // Unicode's prototype for "I" is "l"; a capital imitates a capital.
    if (m === 'l' && ch !== ch.toLowerCase()) m = 'I';
    LATIN_OF.set(c, (v = m));
  }
  return v;
}

/**
 * Cyrillic and Greek letters inside a word that also has Latin letters are look-alikes (no language
 * mixes scripts inside a word), and so are words made only of look-alikes in a text that is mostly
 * Latin ("ОКХ" in an English post). Replaced letter for letter (same length), so offsets hold.
 */
function foldHomoglyphs(text: string, edits: TextEdit[]): string {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f)) other++;
  }
  if (other === 0) return text;
  const mostlyLatin = latin >= 4 * other;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; ) {
    const len = letterAt(text, i);
    if (!len) {
      i++;
      continue;
    }
    // A word: letters and marks.
    const start = i;
    let hasLatin = false;
    let hasOther = false;
    let allLookalike = true;
    while (i < text.length) {
      const l = letterAt(text, i);
      if (!l && !isMarkAt(text, i)) break;
      const c = text.charCodeAt(i);
      if (c < 0x250) hasLatin = true;
      else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f)) {
        hasOther = true;
        if (!latinOf(text.charAt(i))) allLookalike = false;
      } else allLookalike = false;
      i += l || 1;
    }
    if (!hasOther || !(hasLatin || (mostlyLatin && allLookalike && i - start >= 2))) continue;
    let word = '';
    for (let j = start; j < i; j++) {
      const ch = text.charAt(j);
      const m = text.charCodeAt(j) >= 0x370 ? latinOf(ch) : '';
      word += m || ch;
    }
    if (word === text.slice(start, i)) continue;
    edits.push({ kind: 'homoglyph', start: start, end: i, originalStart: -1, original: text.slice(start, i) });
    out += text.slice(last, start) + word;
    last = i;
  }
  return last === 0 ? text : out + text.slice(last);
}
