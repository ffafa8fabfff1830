// Source code quoted in a post: READMEs and developer posts hold `referralCode`, `invite_code` and package names
// such as referral-link-parser. These name identifiers; they are no code word, no disclosure and no call to act.

/** Inline code (`...` on one line) and fenced blocks (``` ... ```), as [from, to) character ranges. */
export function codeSpans(text: string): Array<[number, number]> {
  if (!text.includes('`')) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/```[\s\S]*?(?:```|$)|`[^`\n]+`/gu)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function inSpans(spans: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean {
  return spans.some(([a, b]) => from > a && to < b);
}

/**
 * The range lies inside a lower-case identifier of three parts or more joined by "-" or "_" ("referral-link-parser",
 * "affiliate_link_id"): a package, file or variable name. Two parts stay words ("affiliate-link", "Affiliate-Link").
 */
export function inIdentifier(text: string, from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a > 0 && /[\p{L}\p{N}_-]/u.test(text.charAt(a - 1))) a--;
  while (b < text.length && /[\p{L}\p{N}_-]/u.test(text.charAt(b))) b++;
  return /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$/u.test(text.slice(a, b));
}
