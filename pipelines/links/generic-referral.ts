// Generic invite/referral patterns for hosts with no catalogued format. This is how firms missing
// from the catalogue get found, so it must fire on real sign-up links and stay quiet on the many
// sites that use "ref" for navigation (github.com/x?ref=main, blog?ref=twitter, reddit.com/r/x).
//
// Rules, from strongest to weakest evidence:
//  1. A parameter whose name only referral programmes use (inviteCode, referral_code, clacCode...)
//     counts on any path.
//  2. A common-word parameter (ref, referral, invite, aff, code, r) counts only on a sign-up path
//     (a segment like register, signup, join, invite, referral), or, for ref/referral/invite/aff,
//     on the home page when the value looks generated (has a digit or capital, 4+ chars).
//  3. Path forms /join/CODE, /invite/CODE, /ref/CODE, /referral/CODE, /signup/CODE, /r/CODE, /i/CODE
//     with exactly two segments after an optional locale; the one-letter forms need a generated-looking
//     code, since /i/about or /r/bitcoin are ordinary pages.
// Platforms (NON_FIRM_*), shorteners, hubs and app stores are excluded by the caller.
import { normaliseLocale } from './locale.ts';
import { isReferralCode, looksGenerated } from './referral-code.ts';
import type { UrlView } from './url-view.ts';

const STRONG_PARAMS: ReadonlySet<string> = new Set([
  'referralcode', 'referral_code', 'ref_code', 'refcode', 'invitecode', 'invite_code', 'invitationcode',
  'invitation_code', 'affiliate_id', 'affiliateid', 'rcode', 'claccode', 'inviter_code', 'invitercode',
]);

/** Common words as parameter names: only on sign-up paths, or home page with a generated-looking value. */
const WEAK_PARAMS: ReadonlySet<string> = new Set(['ref', 'referral', 'invite', 'aff']);
/** Too common to count anywhere but a sign-up path (?code= is OAuth, ?r= is everything). */
const SIGNUP_ONLY_PARAMS: ReadonlySet<string> = new Set(['code', 'r']);

const SIGNUP_WORDS: ReadonlySet<string> = new Set([
  'register', 'registration', 'signup', 'sign-up', 'sign_up', 'join', 'invite', 'invitation', 'referral',
  'referrals', 'refer', 'ref', 'create-account', 'open-account',
]);
/** Words that also count as the head of a longer segment: "referral-entry", "register-mobile". */
const SIGNUP_PREFIXES: ReadonlySet<string> = new Set(['register', 'signup', 'referral', 'invite']);

const PATH_FORMS: ReadonlySet<string> = new Set(['join', 'invite', 'ref', 'referral', 'signup', 'r', 'i']);
const ONE_LETTER_FORMS: ReadonlySet<string> = new Set(['r', 'i']);

function isSignupSegment(raw: string): boolean {
  let seg = raw.toLowerCase();
  const dot = seg.lastIndexOf('.');
  if (dot > 0) seg = seg.slice(0, dot); // signup.html, register.php
  if (SIGNUP_WORDS.has(seg)) return true;
  let cut = -1;
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    if (c === 45 || c === 95) { cut = i; break; } // '-' or '_'
  }
  return cut > 0 && SIGNUP_PREFIXES.has(seg.slice(0, cut));
}

export function matchGenericReferral(view: UrlView): string | null {
  const segs = view.segments.length > 0 && normaliseLocale(view.segments[0] ?? '') ? view.segments.slice(1) : view.segments;
  const signupPath = segs.some(isSignupSegment);
  const homePage = segs.length === 0;

  for (const [name, value] of view.params) {
    if (STRONG_PARAMS.has(name.toLowerCase()) && isReferralCode(value)) return value;
  }
  for (const [name, value] of view.params) {
    const n = name.toLowerCase();
    if (WEAK_PARAMS.has(n)) {
      if (signupPath ? isReferralCode(value) : homePage && looksGenerated(value)) return value;
    } else if (SIGNUP_ONLY_PARAMS.has(n) && signupPath && isReferralCode(value)) {
      return value;
    }
  }
  if (segs.length === 2) {
    const head = (segs[0] ?? '').toLowerCase();
    const code = segs[1] ?? '';
    if (PATH_FORMS.has(head) && (ONE_LETTER_FORMS.has(head) ? looksGenerated(code) : isReferralCode(code))) return code;
  }
  return null;
}
