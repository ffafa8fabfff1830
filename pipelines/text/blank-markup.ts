// Markup syntax blanked before the text detectors read a post: HTML tags, BBCode tags and the brackets of
// Markdown links. Posts copied from forums, newsletters and READMEs carry them, and a tag glued to a
// word hides it: "[url=https://…]MILANO5[/url]" is one chunk, so the code written as the link's text
// was masked with the URL, and "<b>Promo code:</b>" put "</b>" between the phrase and the code.
// Same length out as in (offsets stay valid); URLs inside a tag are kept in place, so they are still
// masked and their hosts still listed as the post's URLs. Written here because the detectors need an
// offset-preserving blanking, which HTML sanitisers and Markdown parsers do not give.

/**
 * Tags that start or end a block of their own ("<p>", "</li>", "<br>"): blanked to a line break, so what a page
 * sets in its own paragraph ("<p><small>Reklama</small></p>") reads as a line of its own, as the page shows it.
 */
const BLOCK_TAG = /^<\/?(?:p|br|div|li|ul|ol|tr|table|h[1-6]|blockquote|section|article|header|footer|hr)\b/i;
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>\n]{0,500})?\/?>/g;
const BBCODE_TAG = /\[\/?(?:b|i|u|s|url|link|img|quote|code|color|colour|size|font|center|left|right|list|spoiler|email|\*)(?:=[^\]\n]{0,500})?\]/gi;
/** A Markdown link or image: [text](target). Only its brackets go; the text and the target stay. */
const MARKDOWN_LINK = /!?\[([^\]\n]{1,300})\]\(([^()\s]{1,2000})\)/g;
const URL_IN_TAG = /(?:https?:\/\/|www\.)[^\s"'<>\]]+/gi;

/**
 * Markdown emphasis by underscores ("_Enlace de afiliado._", "__CODE__"): '_' is a word character for
 * handles and snake_case codes, so a run of them at the edge of a word glues to it. Only a run that starts
 * a word (after a space, line start or opening punctuation, never after @ or #) or ends one (before a
 * space, line end or punctuation) goes; "mx_it" and "@_handle" keep theirs.
 */
const EMPHASIS_UNDERSCORES = /(?<=^|[\s([{"'«“„])_+(?=[\p{L}\p{N}*])|(?<=[\p{L}\p{N}.!?:*])_+(?=$|[\s)\]}.,;:!?"'»”])/gmu;

/** Quick test: most posts have no markup, and leave untouched. */
const MAYBE_MARKUP = /[<[]/;

function blankExceptUrls(tag: string): string {
  let out = '';
  let last = 0;
  for (const m of tag.matchAll(URL_IN_TAG)) {
    out += ' '.repeat(m.index - last) + m[0];
    last = m.index + m[0].length;
  }
  return out + ' '.repeat(tag.length - last);
}

/** ASCII letter or digit. */
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether EMPHASIS_UNDERSCORES may match: some run of underscores has a neighbour other than an ASCII letter or
 * digit. A match is a whole run (neither lookaround admits '_'); one with such letters on both sides fits neither
 * alternative, and that is every underscore of a post whose only ones join handles and codes ("@zyntra_global").
 */
function mayHaveEmphasis(text: string): boolean {
  for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    while (text.charCodeAt(i) === 95 /* _ */) i++;
    if (!isAsciiAlnum(before) || !isAsciiAlnum(i < text.length ? text.charCodeAt(i) : -1)) return true;
  }
  return false;
}

export function blankMarkup(input: string): string {
  const text = mayHaveEmphasis(input) ? input.replace(EMPHASIS_UNDERSCORES, (u) => ' '.repeat(u.length)) : input;
  if (!MAYBE_MARKUP.test(text)) return text;
  return text
    .replace(HTML_TAG, (tag: string) => (BLOCK_TAG.test(tag) ? `\n${blankExceptUrls(tag.slice(1))}` : blankExceptUrls(tag)))
    .replace(BBCODE_TAG, blankExceptUrls)
    .replace(MARKDOWN_LINK, (whole: string, label: string, target: string) => `${whole.startsWith('!') ? '  ' : ' '}${label}  ${target} `);
}
