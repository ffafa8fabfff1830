// Line breaks that a copy of X's web page puts into a post, found so normalise-text.ts can take them out.
// The page draws a link as three spans (the hidden "https://", the shown part, the hidden rest) and an
// @mention as a block of its own, and text copied from it (scrapers, analysts' clipboards) gets a newline
// at each span's edge: "join \n@alice\n and ...", "https://\nbinance.com/activity/chanc\ne/spin?ref=42\n…".
// The shown part of a long link ends mid-word, so the link's referral code sits on the next line, out of
// every detector's sight, and line-based rules ("a label alone on its line") read a mention's line as the
// author's. Seen in 4% (links) and 8% (mentions) of a public set of 4,281 scraped X posts; the shapes, not the
// posts, are what this code knows.

/**
 * "https://" (with "www." when the link has it: the page hides both) alone at a line's end, then the shown part; the
 * hidden rest on the next line when "…" follows it.
 */
const SPLIT_LINK = /https?:\/\/(?:www\.)?(\n)[^\s]+(?:(\n)[^\s]+(?=[ \t]*\n[ \t]*\u2026))?/giu;
/**
 * A long link a plain-text page or mail wrapped at a path or query boundary: "https://www.gate.io/signup/\nFUNDARB9?ref_type=103".
 * Joined only when the next line's first chunk goes on as a URL does (a "?", "=", "&" or "/" in it), or the link ended
 * on "?", "=" or "&" (it cannot end there).
 */
const WRAPPED_LINK = /https?:\/\/[^\s]+?(?:[/](\n)(?!https?:|www\.)(?=[^\s]*[?=&/])|[?=&](\n)(?=[^\s]))/giu;
/** Written without a scheme, a link wrapped right after a parameter's "=" ("mexc.com/register?inviteCode=\n1xR7ab"). */
const WRAPPED_BARE_LINK = /(?<![^\s(<"'])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/[^\s]*[?&][^\s=&]+=(\n)(?=[^\s])/gu;
/**
 * An @handle alone on its line, the line before going on into it (a space or an opening bracket before the break)
 * or the line after going on from it (a space or punctuation after the break): the author wrote it inline.
 */
const MENTION_LINE = /(?<=([ \t(])?)\n@[A-Za-z0-9_]{1,15}\n(?=([ \t,.:;!?'’")\]])?)/gu;

/** Offsets of the newlines to take out, ascending; empty for nearly every text (a one-line text at one substring test). */
export function layoutBreaks(text: string): number[] {
  if (text.indexOf('\n') < 0) return [];
  const link = text.indexOf('://\n') >= 0 || text.indexOf('://www.\n') >= 0;
  const mention = text.indexOf('\n@') >= 0;
  const out: number[] = [];
  if (text.indexOf('/\n') >= 0 || /[?=&]\n/u.test(text)) {
    for (const m of text.matchAll(WRAPPED_LINK)) out.push(m.index + m[0].length - 1);
    for (const m of text.matchAll(WRAPPED_BARE_LINK)) out.push(m.index + m[0].length - 1);
  }
  if (link) {
    for (const m of text.matchAll(SPLIT_LINK)) {
      out.push(m.index + m[0].indexOf('\n'));
      if (m[2] !== undefined) out.push(m.index + m[0].lastIndexOf('\n'));
    }
  }
  if (mention) {
    for (const m of text.matchAll(MENTION_LINE)) {
      if (m[1] !== undefined) out.push(m.index);
      if (m[2] !== undefined) out.push(m.index + m[0].length - 1);
    }
  }
  // A wrapped link's break may also be a split link's: each offset once.
  return out.length > 1 ? [...new Set(out)].sort((a, b) => a - b) : out;
}
