// Whether a sentence ending at a position is a question: the question mark may follow a closing quote or bracket
// ("... works?", "... «X»?"). Shared by the context, promo and offer detectors, which all skip questions.
const QUESTION_END = /^[\s"'”’»)\]]*[?？]/u;

/** The text from `pos` (a sentence's end) closes with a question mark within a few characters. */
export function questionAt(text: string, pos: number): boolean {
  return QUESTION_END.test(text.slice(pos, pos + 4));
}
