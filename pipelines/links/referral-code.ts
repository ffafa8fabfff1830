// What counts as a referral code: a short token. Anything else (URLs, sentences, 500-char blobs)
// in a "ref" parameter is not a code a regulator can match against a firm's affiliate records.
const TOKEN = /^[A-Za-z0-9_-]{2,40}$/;
const DIGIT = /[0-9]/;
const UPPER = /[A-Z]/;

export function isReferralCode(s: string | undefined | null): s is string {
  return typeof s === 'string' && s.length <= 40 && TOKEN.test(s);
}

/**
 * Stricter test for weak positions (a "?ref=" on a site's home page, a one-letter "/i/<x>" path):
 * generated codes carry a digit or a capital; words like "main", "twitter", "about" do not.
 */
export function looksGenerated(s: string): boolean {
  return isReferralCode(s) && s.length >= 4 && (DIGIT.test(s) || UPPER.test(s));
}
