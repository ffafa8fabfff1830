// Phone numbers (ESMA reverse-solicitation Section 6 §36: an EU country calling code is a targeting
// factor). Only numbers written internationally ("+33 6 12 34 56 78", "0049 30 1234567") are read,
// unless the caller knows the country and passes it: prices, dates, order numbers and codes are digit
// runs too, and libphonenumber would happily read many of them as national numbers.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Phone } from '../contracts/enriched-item.ts';
import { maskUrls } from './mask-urls.ts';
import type { PreparedText } from './prepare.ts';
import { EU_COUNTRIES } from './phrases/eu-phrases.ts';

/**
 * EU member states plus the outermost regions libphonenumber gives their own region code
 * (Guadeloupe, Martinique, French Guiana, Réunion, Mayotte, Saint-Martin) and Åland: all are EU territory.
 */
const EU_REGIONS: ReadonlySet<string> = new Set([...EU_COUNTRIES, 'GP', 'MQ', 'GF', 'RE', 'YT', 'MF', 'AX']);

export interface PhoneOptions {
  /** ISO 3166-1 alpha-2 country for numbers written nationally ("06 12 34 56 78"); without it they are ignored. */
  defaultCountry?: string | null;
}

/** A candidate: digits with the separators people type, at most this long (E.164 has at most 15 digits). */
const MAX_CANDIDATE = 24;
const SEPARATORS = new Set([' ', '-', '.', '(', ')', '/', '\u00a0']);
/** Characters that may stand right before a number: not a digit, letter, '#', '-', '/', '.' (dates, ids, versions). */
const BEFORE_OK = /[\s(:;,"'“«[>]/;
/** At most this many numbers are parsed: a post with hundreds of phone numbers is spam, not evidence. */
const MAX_NUMBERS = 100;

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** A text, or one whose URLs are already masked (a PreparedText, or the masked parts of several joined). */
export type PhoneInput = string | Pick<PreparedText, 'masked'>;

export function detectPhones(input: PhoneInput, options: PhoneOptions = {}): Phone[] {
  const masked = typeof input === 'string' ? maskUrls(input).text : input.masked.text;
  const country = options.defaultCountry ? (options.defaultCountry.toUpperCase() as CountryCode) : undefined;
  const out: Phone[] = [];
  const seen = new Set<string>();
  let parsed = 0;
  let pos = 0;
  while (pos < masked.length && parsed < MAX_NUMBERS) {
    const start = pos++;
    const code = masked.charCodeAt(start);
    // Most characters are neither '+' nor a digit: decided on the code unit alone.
    if (code !== 43 && (code < 48 || code > 57)) continue;
    const c = masked.charAt(start);
    const international = c === '+' || (c === '0' && masked.charAt(start + 1) === '0');
    if (!international && !(country && isDigit(c))) continue;
    // Inside a word, an id, a date or a version string: not the start of a number.
    if (start > 0 && !BEFORE_OK.test(masked.charAt(start - 1))) continue;
    let j = c === '+' ? start + 1 : start;
    let digits = 0;
    let end = -1;
    while (j < masked.length && j - start <= MAX_CANDIDATE) {
      const ch = masked.charAt(j);
      if (isDigit(ch)) {
        digits++;
        end = j + 1;
      } else if (!SEPARATORS.has(ch)) break;
      j++;
    }
    if (end < 0) continue;
    // Resume after the candidate whatever happens: every character is read a bounded number of times.
    pos = end;
    const next = masked.charAt(end);
    // Glued to letters, '%' or a currency ("+20%", "0012345678EUR"), or a digit run longer than a phone number.
    if (digits < 7 || digits > 15 || (next !== '' && /[\p{L}\d%€$£]/u.test(next))) continue;
    if (amountFollows(masked, end)) continue;
    parsed++;
    const phone = parsedCandidate(masked.slice(start, end), international, country);
    if (!phone || seen.has(phone.e164)) continue;
    seen.add(phone.e164);
    out.push(phone);
  }
  return out;
}

/** "+20 000 000 USD", "+1 500 000 €": a signed amount, not a phone number. */
function amountFollows(text: string, end: number): boolean {
  const rest = text.slice(end, end + 8).trimStart();
  return /^(?:[€$£%]|(?:USDT?|USDC|EUR|BTC|ETH|GBP)\b)/i.test(rest);
}

/**
 * parseCandidate's answers by candidate (a pure function of it): the same numbers come back in an
 * author's bio with each of their items and in their posts (over the sample items, 13 of the 18
 * candidates parsed are repeats), and libphonenumber's parse and validation are the costly part here
 * (tens of µs each). Cleared when full. Callers get a copy: the answers kept are never handed out.
 */
const PARSED = new Map<string, Phone | null>();
const PARSED_SIZE = 4000;

function parsedCandidate(candidate: string, international: boolean, country: CountryCode | undefined): Phone | null {
  const key = `${international ? '+' : '-'}${country ?? ''}:${candidate}`;
  let phone = PARSED.get(key);
  if (phone === undefined) {
    if (PARSED.size >= PARSED_SIZE) PARSED.clear();
    PARSED.set(key, (phone = parseCandidate(candidate, international, country)));
  }
  return phone && { e164: phone.e164, country: phone.country, eu: phone.eu };
}

/**
 * International numbers count when libphonenumber finds them valid OR merely possible (right length for
 * the calling code): promoters' numbers are often in ranges newer than the metadata, and the explicit
 * +/00 prefix already rules out most digit runs. National numbers (opt-in) must be valid.
 */
function parseCandidate(candidate: string, international: boolean, country: CountryCode | undefined): Phone | null {
  const normalised = international ? '+' + candidate.replace(/^(?:\+|00)/, '') : candidate;
  const number = parsePhoneNumberFromString(normalised, international ? undefined : country);
  if (!number) return null;
  if (number.isValid()) {
    const region = number.country ?? null;
    return { e164: number.number, country: region, eu: region !== null && EU_REGIONS.has(region) };
  }
  if (!international || !number.isPossible()) return null;
  // Invalid but possible: the calling code's countries; EU only when every one of them is EU territory.
  const possible = number.getPossibleCountries();
  const region = number.country ?? possible[0] ?? null;
  return { e164: number.number, country: region, eu: possible.length > 0 && possible.every((c) => EU_REGIONS.has(c)) };
}
