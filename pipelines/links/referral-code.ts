// What counts as a referral code: a short token (up to 64 characters: some firms issue base64 ids).
// Anything else (URLs, sentences, 500-char blobs)
// in a "ref" parameter is not a code a regulator can match against a firm's affiliate records.
// Dots inside (deribit.com/reg-1189.4038) and base64 padding at the end occur in real codes.
const TOKEN = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_-])?={0,2}$/;
export const MAX_CODE_CHARS = 64;
const DIGIT = /[0-9]/;
const UPPER = /[A-Z]/;

export function isReferralCode(s: string | undefined | null): s is string {
  return typeof s === 'string' && s.length >= 2 && s.length <= MAX_CODE_CHARS && TOKEN.test(s);
}

/**
 * Stricter test for weak positions (a "?ref=" on a site's home page, a one-letter "/i/<x>" path):
 * generated codes carry a digit or a capital; words like "main", "twitter", "about" do not.
 */
export function looksGenerated(s: string): boolean {
  return isReferralCode(s) && s.length >= 4 && (DIGIT.test(s) || UPPER.test(s));
}
