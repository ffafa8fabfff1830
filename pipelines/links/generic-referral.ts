// Generic invite/referral patterns for hosts with no catalogued format. This is how firms missing
// from the catalogue get found, so it must fire on real sign-up links and stay quiet on the many
// sites that use "ref" for navigation or attribution (github.com/x?ref=main, blog?ref=producthunt,
// utm_medium=referral, reddit.com/r/x, /register?ref=main).
//
// Rules, from strongest to weakest evidence:
//  1. A parameter whose name says "referral/invite/affiliate code or id" (inviteCode, ref_id, refcode,
//     affiliation_code, inviterId, referredByCode...) counts on any path.
//  2. A parameter whose value marks the visit as a referral (from=referral, pid=referral) makes the
//     code-like parameter next to it the code (currency.com/trading/signup?c=X&pid=referral).
//  3. A common word as parameter name (ref, referral, invite, aff...) counts on a sign-up path, on the
//     home page, or anywhere when the value looks generated; plain source words (github, producthunt,
//     main, twitter...) never count. Short keys (r, a, i, c, s, code) need a sign-up path, or the home
//     page and a generated-looking value (s= also needs a digit: it is WordPress's search).
//  4. Path forms: /ref/CODE, /invite/CODE, /join/CODE, /referral/CODE, /register/CODE, /aff/CODE...
//     as the last two segments (an extra numeric segment may follow: /ref/CODE/1), one-letter forms
//     (/r/CODE, /i/CODE) only as the whole path with a generated-looking code; "reg-CODE"-style
//     segments; a single segment under a ref./invite./join. subdomain.
// Platforms (NON_FIRM_*), shorteners, hubs and app stores are excluded by the caller.
import { normaliseLocale } from './locale.ts';
import { isPlainValue, isReferralCode, looksGenerated } from './referral-code.ts';
import type { UrlView } from './url-view.ts';

export interface GenericContext {
  /** The host belongs to a catalogued firm: a plain lower-case code there is far more likely a code. */
  firmHost: boolean;
}

/** Name heads and tails of parameters that only referral programmes use, compared without '_' and '-'. */
const STRONG_NAME = /^(?:ref|refer|referral|referred|referredby|referrer|invite|inviter|invitation|inviting|aff|affiliate|affiliation|promo)(?:code|id|uid|key|no)$/;
const STRONG_PARAMS: ReadonlySet<string> = new Set(['rcode', 'icode', 'claccode', 'vipcode', 'sharecode', 'refid', 'invitationcode', 'partnercode']);
/** Parameters that carry an affiliate channel; strong only on a sign-up path. */
const CHANNEL_PARAMS: ReadonlySet<string> = new Set(['channelid', 'channelcode']);

/** Common words as parameter names: sign-up path, home page, or a generated-looking value. */
const WEAK_PARAMS: ReadonlySet<string> = new Set(['ref', 'referral', 'invite', 'aff', 'affiliate', 'refer', 'inviter', 'invitation', 'referrer']);
/** Short keys: a sign-up path, or the home page with a generated-looking value. */
const SHORT_PARAMS: ReadonlySet<string> = new Set(['r', 'a', 'i', 'c', 's', 'code']);

/** Values that mark a visit as coming through a referral programme (the code is then another parameter). */
const MARKER_VALUES: ReadonlySet<string> = new Set(['referral', 'invite', 'affiliate', 'ref', 'refer', 'invitation']);

/** Path heads after which the next segment is the code; after these a lower-case word may be a code. */
const CODE_HEADS: ReadonlySet<string> = new Set([
  'invite', 'invited', 'invitation', 'ref', 'refer', 'referral', 'referrals', 'aff', 'affiliate',
]);
/** Heads also followed by ordinary words (/join/us, /register/success): the code must look generated. */
const WORD_HEADS: ReadonlySet<string> = new Set(['join', 'signup', 'sign-up', 'register', 'registration', 'reg']);
const ONE_LETTER_HEADS: ReadonlySet<string> = new Set(['r', 'i']);
/** "reg-CODE", "ref_CODE", "invite-CODE" as one segment. */
const JOINED_SEGMENT = /^(?:reg|ref|invite|aff)[-_]([A-Za-z0-9][A-Za-z0-9_.-]{2,63})$/i;
/**
 * Subdomains that exist only to hand out referral links: ref.bitbns.com/1090961, bonus.<firm>/CODE,
 * and partner.<firm>/<short prefix>/CODE (partner.bybit.com/b/X, partner.bitget.com/bg/X).
 */
const REFERRAL_SUBDOMAINS: ReadonlySet<string> = new Set([
  'ref', 'referral', 'invite', 'join', 'aff', 'affiliate', 'affiliates', 'partner', 'partners', 'bonus', 'promo',
]);

const SIGNUP_WORDS: ReadonlySet<string> = new Set([
  'register', 'registration', 'signup', 'sign-up', 'sign_up', 'join', 'invite', 'invitation', 'referral',
  'referrals', 'refer', 'ref', 'create-account', 'open-account', 'invited', 'invitationregister', 'reg',
]);
/** Words that also count as the head of a longer segment: "referral-entry", "register-mobile". */
const SIGNUP_PREFIXES: ReadonlySet<string> = new Set(['register', 'signup', 'referral', 'invite']);

/** "regGetCommission", "registerNow", "inviteFriends": a sign-up word as the head of a camelCase segment. */
const CAMEL_SIGNUP = /^(?:reg|register|signup|invite|invitation|referral)[A-Z]/;

function isSignupSegment(raw: string): boolean {
  if (CAMEL_SIGNUP.test(raw)) return true;
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

/** Parameter name without case, '_' and '-': invite_code, inviteCode and invite-code are one name. */
function squash(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

const DIGIT = /[0-9]/;

/** A code in a generic position: two letters are a page label ("?ref=hp"), "X1" may be a code. */
function codeOf(value: string): string | null {
  return (value.length >= 3 || DIGIT.test(value)) && isReferralCode(value) && !isPlainValue(value) ? value : null;
}

function fromParams(view: UrlView, segs: string[], ctx: GenericContext): string | null {
  // Rails-style "/users/new" is the sign-up page.
  const signupPath = segs.some(isSignupSegment) || (segs.length === 2 && segs[1] === 'new' && /^(?:users?|accounts?)$/.test(segs[0] ?? ''));
  const homePage = segs.length === 0;
  for (const [name, value] of view.params) {
    const n = squash(name);
    if (STRONG_PARAMS.has(n) || STRONG_NAME.test(n)) {
      const code = codeOf(value);
      if (code) return code;
    }
  }
  // Rule 2: a marker value (from=referral) makes its code-like neighbour the code.
  if (view.params.some(([name, value]) => !name.toLowerCase().startsWith('utm_') && MARKER_VALUES.has(value.toLowerCase()))) {
    for (const [name, value] of view.params) {
      const n = squash(name);
      if (MARKER_VALUES.has(value.toLowerCase())) continue;
      if ((n.endsWith('code') || SHORT_PARAMS.has(n) || WEAK_PARAMS.has(n)) && codeOf(value)) return value;
    }
  }
  for (const [name, value] of view.params) {
    const n = squash(name);
    if (CHANNEL_PARAMS.has(n)) {
      if (signupPath && codeOf(value)) return value;
    } else if (WEAK_PARAMS.has(n)) {
      const code = codeOf(value);
      if (!code) continue;
      if (signupPath || (homePage && (ctx.firmHost || looksGenerated(code)))) return code;
      if (looksGenerated(code) && DIGIT.test(code)) return code;
    } else if (SHORT_PARAMS.has(n)) {
      const code = codeOf(value);
      if (!code) continue;
      if (signupPath && n !== 's') return code;
      if (homePage && n !== 'code' && looksGenerated(code) && (n !== 's' || DIGIT.test(code))) return code;
    }
  }
  return null;
}

function fromPath(view: UrlView, segs: string[]): string | null {
  const n = segs.length;
  if (n === 0) return null;
  // "/ref/CODE/1": a trailing page number after the code.
  const end = n >= 3 && /^[0-9]{1,3}$/.test(segs[n - 1] ?? '') ? n - 1 : n;
  if (end >= 2) {
    const head = (segs[end - 2] ?? '').toLowerCase();
    const code = segs[end - 1] ?? '';
    if (ONE_LETTER_HEADS.has(head)) {
      if (end === 2 && looksGenerated(code) && codeOf(code)) return code;
    } else if (CODE_HEADS.has(head)) {
      if (codeOf(code) && (looksGenerated(code) || code.length >= 5)) return code;
    } else if (WORD_HEADS.has(head) || CAMEL_SIGNUP.test(segs[end - 2] ?? '')) {
      if (looksGenerated(code) && codeOf(code)) return code;
    }
  }
  for (const seg of segs) {
    const m = JOINED_SEGMENT.exec(seg);
    if (m && m[1] && looksGenerated(m[1]) && DIGIT.test(m[1]) && codeOf(m[1])) return m[1];
  }
  const dot = view.host.indexOf('.');
  if (dot > 0 && REFERRAL_SUBDOMAINS.has(view.host.slice(0, dot))) {
    if (n === 1) return codeOf(segs[0] ?? '');
    if (n === 2 && /^[A-Za-z]{1,3}$/.test(segs[0] ?? '')) return codeOf(segs[1] ?? '');
  }
  return null;
}

export function matchGenericReferral(view: UrlView, ctx: GenericContext = { firmHost: false }): string | null {
  const segs = view.segments.length > 0 && normaliseLocale(view.segments[0] ?? '') ? view.segments.slice(1) : view.segments;
  return fromParams(view, segs, ctx) ?? fromPath(view, segs);
}
