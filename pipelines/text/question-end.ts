// Whether a sentence ending at a position is a question: the question mark may follow a closing quote or bracket
// ("... works?", "... «X»?"). Shared by the context, promo and offer detectors, which all skip questions.
const QUESTION_END = /^[\s"'”’»)\]]*[?？]/u;
/** Greek's question mark is ";" (U+037E, which normalises to the semicolon): "Τι είναι το OKB;". */
const GREEK_QUESTION_END = /^[\s"'”’»)\]]*[;;]/u;
const GREEK_LETTER = /[\u0370-\u03ff\u1f00-\u1fff]/u;
/** How far back a Greek word must stand for a semicolon to be a question mark. */
const GREEK_REACH = 24;

/** The text from `pos` (a sentence's end) closes with a question mark within a few characters. */
export function questionAt(text: string, pos: number): boolean {
  const after = text.slice(pos, pos + 4);
  return QUESTION_END.test(after) || (GREEK_QUESTION_END.test(after) && GREEK_LETTER.test(text.slice(Math.max(0, pos - GREEK_REACH), pos)));
}

/**
 * A Greek question mark inside [from, to): Greek asks with ";", which the tokeniser does not take for a sentence end
 * (a semicolon is a clause break elsewhere), so "Τι είναι το OKB; Είναι το token ..." is one sentence to it.
 */
export function greekQuestionIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x3b || c === 0x37e) && GREEK_LETTER.test(text.slice(Math.max(0, i - GREEK_REACH), i))) return true;
  }
  return false;
}
