// Field-level parsers for ESMA register cells. Each returns what it could read plus what it had to
// drop, so the importer can report a dropped cell by line and field instead of losing the row.
import { parse as parseHost } from 'tldts';
import { toMemberState } from './member-states.ts';
import type { EsmaWebsite } from './esma-schema.ts';

export interface Parsed<T> {
  value: T;
  /** Cell fragments that could not be read, quoted as found. */
  rejected: string[];
}

/** Trims and collapses the stray whitespace and line breaks that NCAs paste into cells. */
export function cleanText(raw: string | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim();
}

export function nullIfEmpty(raw: string | undefined): string | null {
  const s = cleanText(raw);
  return s === '' ? null : s;
}

/** `a|b | c|` -> ['a','b','c']; empty parts (trailing or doubled pipes) are not values. */
export function splitMulti(raw: string | undefined): string[] {
  return (raw ?? '').split('|').map(cleanText).filter((s) => s !== '');
}

/** 'dd/mm/yyyy' (also '.' or '-' separated, one-digit day or month) -> 'yyyy-mm-dd'. */
export function parseEsmaDate(raw: string | undefined): Parsed<string | null> {
  const s = cleanText(raw);
  if (s === '') return { value: null, rejected: [] };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    // Round-trip check rejects 31/02/2025 instead of rolling it into March.
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return { value: date.toISOString().slice(0, 10), rejected: [] };
    }
  }
  return { value: null, rejected: [s] };
}

/** Passporting lists: ISO codes of EEA states, deduplicated and sorted; non-EEA codes are rejected. */
export function parseCountries(raw: string | undefined): Parsed<string[]> {
  const out = new Set<string>();
  const rejected: string[] = [];
  for (const part of splitMulti(raw)) {
    const code = toMemberState(part);
    if (code) out.add(code);
    else rejected.push(part);
  }
  return { value: [...out].sort(), rejected };
}

/** MiCA Art. 3(1)(16) service descriptions, for cells that give the text without its letter. */
const SERVICE_PHRASES: ReadonlyArray<readonly [string, RegExp]> = [
  ['a', /custody and administration/i],
  ['b', /operation of a trading platform/i],
  ['c', /exchange of crypto-assets for funds/i],
  ['d', /exchange of crypto-assets for other/i],
  ['e', /execution of orders/i],
  ['f', /placing of crypto-assets/i],
  ['g', /reception and transmission/i],
  ['h', /advice on crypto-assets/i],
  ['i', /portfolio management/i],
  ['j', /transfer services/i],
];

/** 'a. providing custody … | c. exchange …' -> ['a','c']; letterless descriptions are recognised by text. */
export function parseServices(raw: string | undefined): Parsed<string[]> {
  const out = new Set<string>();
  const rejected: string[] = [];
  for (const part of splitMulti(raw)) {
    const m = /^([a-j])\s*[.)]/i.exec(part);
    if (m?.[1]) {
      out.add(m[1].toLowerCase());
      continue;
    }
    // One cell merges two descriptions without a separator, so collect every phrase found.
    const byText = SERVICE_PHRASES.filter(([, re]) => re.test(part)).map(([letter]) => letter);
    if (byText.length) for (const l of byText) out.add(l);
    else rejected.push(part);
  }
  return { value: [...out].sort(), rejected };
}

/**
 * Websites: `|` and line breaks separate several sites in one cell. Scheme typos seen in the real
 * files ('https.//', 'ttps://') are repaired, because the host after them is still right.
 * Anything with inner spaces is prose (a page title, a postcode) and is rejected.
 */
export function parseWebsites(raw: string | undefined): Parsed<EsmaWebsite[]> {
  const out: EsmaWebsite[] = [];
  const seen = new Set<string>();
  const rejected: string[] = [];
  // "n/a" and "-" are the registers' placeholders for "no website", not malformed websites.
  const parts = (raw ?? '')
    .split(/[|\r\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^(n\/?a|-+|none)$/i.test(p));
  for (const part of parts) {
    const site = parseWebsite(part);
    if (!site) {
      rejected.push(part);
      continue;
    }
    if (!seen.has(site.url)) {
      seen.add(site.url);
      out.push(site);
    }
  }
  return { value: out, rejected };
}

function parseWebsite(part: string): EsmaWebsite | null {
  if (/\s/.test(part)) return null;
  const withoutScheme = part.replace(/^[a-z]{0,5}[:.;]?\/\//i, '');
  let url: URL;
  try {
    url = new URL(`https://${withoutScheme}`);
  } catch {
    return null;
  }
  // allowPrivateDomains: a site on a hosting platform (x.blogspot.com) is its own registrable domain.
  const info = parseHost(url.hostname, { allowPrivateDomains: true });
  if (!info.domain || info.isIp || !info.hostname) return null;
  const host = info.hostname.replace(/\.$/, '');
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return { url: `${host}${path}${url.search}`, host, domain: info.domain };
}
