// Identifiers (item ids, author ids, handles) become store keys, person keys, file names in reports and
// text on a supervisor's terminal. A control character can rewrite that terminal, a bidi override can
// make two different ids read alike, and a lone surrogate cannot be encoded as UTF-8 at all (it would
// turn into U+FFFD somewhere and two ids would collide). Such ids are refused, never cleaned: a
// cleaned id would be a different id from the one the platform gave.

/** C0, DEL, C1, the bidi embedding/override/isolate controls and the implicit marks (ALM, LRM, RLM). */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (code units, no u flag). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `s` is not usable as an identifier, or null when it is. */
export function idProblem(s: string): string | null {
  const bad = FORBIDDEN.exec(s);
  if (bad) return `contains control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`;
  if (LONE_SURROGATE.test(s)) return 'contains a lone surrogate (not valid Unicode)';
  return null;
}
