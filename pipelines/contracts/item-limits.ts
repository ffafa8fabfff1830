// Size limits of the NormalizedItem contract. Two kinds: past the "absurd" bounds an item cannot be
// processed at all and is refused whole; past the per-part limits one part is capped or masked, the
// cut is recorded on the item (truncations), and the rest is scored (docs/decisions/0014).

/** Longest text we accept. Real posts, ad copy and video descriptions are far below this; past it the item is refused. */
export const MAX_TEXT_CHARS = 100_000;
/** More links than any genuine post carries; 10,000-link posts are spam or attacks, refused whole. */
export const MAX_LINKS = 500;
/** A run of non-space characters (code points) longer than this is not language, and is what backtracking attacks are built from: masked. */
export const MAX_TOKEN_CHARS = 4_096;
/** Longest run of a short repeating pattern ("aaaa", "-_-_", "a.a.a."), in characters as read (emoji count once): capped. */
export const MAX_REPEAT_RUN = 512;
/** How much of a capped repeat run stays in the text, so a reader still sees what repeated. */
export const REPEAT_RUN_KEEP = 32;
/** Put where a part was masked or cut. Symbols only, so language and word detectors read nothing into it. */
export const MASK_MARKER = '[…]';

/** Longest URL we keep (item, link, media, ad snapshot); a longer one is dropped or cleared, never cut (a cut URL is another URL). */
export const MAX_URL_CHARS = 4_096;
export const MAX_AUTHOR_URL_CHARS = 2_048;
/** Names and places: a longer value is cut to this many characters. */
export const MAX_NAME_CHARS = 512;
export const MAX_ALT_TEXT_CHARS = 4_096;
export const MAX_OCR_TEXT_CHARS = 10_000;
