// A reply that starts by quoting the message it answers ("> does the code still work?\nyes, the new one is X"),
// as forums, Reddit, Discord and e-mail do. The quoted lines are someone else's words: their codes are not the
// author's (promo-detector.ts) and their questions do not make the reply an explainer (detect-context.ts).

/**
 * End of the quoted lines a reply starts with ("> question\n> more\nanswer"): the first line not starting with
 * ">", or 0 when the text does not start so or has no line of its own after the quote.
 */
export function quotedPrefixEnd(text: string): number {
  // No quote mark at all, no quoted line (the common case): the lines are not read.
  if (!text.includes('>') && !text.includes('&gt;')) return 0;
  let i = 0;
  let quoted = false;
  let header = false;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const line = text.slice(i, nl < 0 ? text.length : nl);
    if (/^\s*(?:>|&gt;)/u.test(line)) quoted = true;
    // "Replying to Daniel K.:", "Risposta a Franco:", "@ana wrote:": one short line naming whom the reply answers.
    else if (!quoted && !header && REPLY_HEADER.test(line)) header = true;
    else if (line.trim()) return quoted ? i : 0;
    if (nl < 0) break;
    i = nl + 1;
  }
  return 0;
}


/** A short first line ending in a colon, before the quote. */
const REPLY_HEADER = /^[^\n:]{2,60}:\s*$/u;
