// Links that a platform or the writer broke apart (issue 7, blind20): a referral link cut at the line end right
// where its code begins ("https://x.io/join/\nCODE": Telegram and Instagram wrap long links) or before its query
// parameter ("https://x.io/invite?\nref=CODE", blind27), and a link written
// with spaces so that filters miss it ("okx . com / join / CODE (remove the spaces)"). The link as meant is the
// pieces rejoined; the pieces themselves stay in the text as evidence.

/**
 * A link ending where a referral code goes (after "=" or a referral path segment), and a line holding only a
 * code-shaped word right after it. The lazy host-and-path part is bounded, so a hostile text stays linear.
 */
const CUT_AT_LINE_END =
  /(?:https?:\/\/|www\.)[^\s]{3,300}?(?:=|\/(?:join|invite|invitation|ref|r|rf|i|signup|sign-up|register|referral|referrals|aff|partner|b|u)\/)\r?\n[ \t]*([A-Za-z0-9][A-Za-z0-9_-]{2,40})[ \t]*(?=\r?\n|$)/giu;

/**
 * A host written "name . tld" in lower case with a common TLD, followed by at least one " / segment": spaces put into a
 * link on purpose. Not "the end . Then / we": the TLD list and the case keep prose out.
 */
const SPACED_LINK =
  /(?<![\p{L}\p{N}.-])([a-z0-9][a-z0-9-]{1,40})[ \t]+\.[ \t]+(com|io|net|org|eu|co|exchange|app|global|pro|me|cc|info|de|fr|es|it|nl|pl|pt|at|be|se|dk|fi|cz|sk|hu|ro|bg|gr|ie|lt|lv|ee|si|hr|lu|mt|cy)((?:[ \t]*\/[ \t]*[A-Za-z0-9_?=&.%-]{1,60}){1,5})/gu;

/** A link ending in "?" or "&" at the line end, and the next line starting with its query parameter ("ref=CODE"). */
const CUT_BEFORE_PARAMETER =
  /(?:https?:\/\/|www\.)[^\s]{3,300}?[?&]\r?\n[ \t]*([A-Za-z_][A-Za-z0-9_]{0,30}=[A-Za-z0-9_-]{2,40})(?=[\s.,;!)]|$)/gu;

const LINE_ENDS_IN_SLOT = /[/=?&]\r?\n/u;

export interface RejoinedUrl {
  /** The link as the pieces make it. */
  url: string;
  /** The piece a URL finder sees on its own (the cut link), to be replaced; null when none is found alone. */
  piece: string | null;
}

/** Links broken at a line end or spaced out in `text`, rejoined (at most `limit`). */
export function rejoinedUrls(text: string, limit: number): RejoinedUrl[] {
  const out: RejoinedUrl[] = [];
  // Most texts have no line that ends in "/" or "=": one cheap scan before the link pattern runs.
  if (LINE_ENDS_IN_SLOT.test(text) && (text.includes('http') || text.includes('www.'))) {
    for (const re of [CUT_AT_LINE_END, CUT_BEFORE_PARAMETER]) {
      for (const m of text.matchAll(re)) {
        if (out.length >= limit) break;
        const piece = m[0].slice(0, m[0].search(/\r?\n/u));
        out.push({ url: piece + m[1]!, piece });
      }
    }
  }
  if (text.includes(' . ')) {
    for (const m of text.matchAll(SPACED_LINK)) {
      if (out.length >= limit) break;
      out.push({ url: `${m[1]}.${m[2]}${m[3]!.replace(/[ \t]+/gu, '')}`, piece: null });
    }
  }
  return out;
}
