// Promo codes and offers (ESMA Guideline 2 §20). A code phrase ("use my code", "code promo",
// "Gutscheincode", "kod promocyjny" ...) yields a promo code only when a code-like token follows within
// a few words; URLs are blanked first, so a code that only appears inside a link is left to the links
// pipeline. Each code and offer is attributed to the nearest firm named around it, else to the only
// firm of the item, else to none.
import type { Offer, PromoCode } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { findOffers } from './detect-offers.ts';
import { createFirmMatcher, type FirmHit } from './firm-matcher.ts';
import { isAllCaps } from './fold.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { BARE_CODE_WORDS, CODE_PHRASES, CODE_STOPWORDS } from './phrases/promo-phrases.ts';
import { prepared, type TextInput } from './prepare.ts';
import { snippet } from './tokenise.ts';
import { trimPunct } from './trim-punct.ts';

export interface PromoResult {
  promoCodes: PromoCode[];
  offers: Offer[];
}

export type PromoDetector = (text: TextInput, firmIdsInItem: readonly string[]) => PromoResult;

/** How many whitespace-separated chunks after the phrase may hold the code ("code when you sign up: QX1"). */
const MAX_CODE_CHUNKS = 5;
/** A chunk longer than this is not a code and ends the search (bounds work on hostile text). */
const MAX_CHUNK = 64;
/** Firms further than this many tokens from the phrase are not "near" it. */
const FIRM_WINDOW = 15;
const CONTEXT_CHARS = 120;
const DETAIL_CHARS = 100;

const CODE_SHAPE = /^[A-Z0-9][A-Za-z0-9_-]{2,24}$/;
const SENTENCE_END = /[.!?]$/;

/** Value: how many chunks after the phrase may hold the code (bare "code" only looks at the next one). */
const codePhrases = new PhraseMatcher<number>();
for (const phrases of Object.values(CODE_PHRASES)) for (const p of phrases) codePhrases.add(p, MAX_CODE_CHUNKS);
for (const w of BARE_CODE_WORDS) codePhrases.add(w, 1);

/** Code shape, and either a digit or all capitals; pure numbers need 5+ digits (numeric referral ids), so "code for 100 USDT" is no code. */
export function isCodeLike(v: string): boolean {
  if (!CODE_SHAPE.test(v) || CODE_STOPWORDS.has(v.toUpperCase())) return false;
  const digits = v.replace(/\D/g, '').length;
  if (digits === v.length) return digits >= 5;
  if (digits > 0) return true;
  return isAllCaps(v) && v.replace(/[^A-Za-z]/g, '').length >= 3;
}

/** The first code-like chunk after `pos`, searched within a few chunks of the same sentence. */
export function codeAfter(text: string, pos: number, maxChunks = MAX_CODE_CHUNKS): { code: string; start: number; end: number } | null {
  let i = pos;
  let chunks = 0;
  let seen = 0;
  while (chunks < maxChunks && seen++ < MAX_CODE_CHUNKS * 3 && i < text.length) {
    let sawNewline = false;
    while (i < text.length && /\s/.test(text.charAt(i))) {
      if (text.charAt(i) === '\n') sawNewline = true;
      i++;
    }
    // "Promo code:\nQX2024" is common; a newline after a real word ends the search.
    if (sawNewline && chunks > 0) return null;
    const start = i;
    while (i < text.length && !/\s/.test(text.charAt(i)) && i - start <= MAX_CHUNK) i++;
    if (i - start > MAX_CHUNK || start === i) return null;
    const raw = text.slice(start, i);
    const trimmed = trimPunct(raw);
    if (!trimmed.value) continue; // a lone ":" or "→" does not count as a word
    chunks++;
    if (isCodeLike(trimmed.value)) return { code: trimmed.value, start: start + trimmed.offset, end: start + trimmed.offset + trimmed.value.length };
    if (SENTENCE_END.test(raw)) return null;
  }
  return null;
}

/** The firm named closest to the token range [start, end), within FIRM_WINDOW tokens. */
function nearestFirm(hits: readonly FirmHit[], start: number, end: number): string | null {
  let best: string | null = null;
  let bestDistance = FIRM_WINDOW + 1;
  for (const h of hits) {
    const d = h.end <= start ? start - h.end : h.start >= end ? h.start - end : 0;
    if (d < bestDistance) {
      best = h.firmId;
      bestDistance = d;
    }
  }
  return best;
}

export function createPromoDetector(catalogue: FirmCatalogue): PromoDetector {
  const firms = createFirmMatcher(catalogue);

  return (input: TextInput, firmIdsInItem: readonly string[]): PromoResult => {
    const { text, masked: { text: masked }, t } = prepared(input);
    let hits: FirmHit[] | null = null;
    const single = new Set(firmIdsInItem);
    const fallback = single.size === 1 ? [...single][0]! : null;

    const promoCodes: PromoCode[] = [];
    const seenCodes = new Set<string>();
    for (const m of codePhrases.matchAll(t)) {
      const c = codeAfter(masked, m.to, Math.max(...m.values));
      if (!c) continue;
      const firmId = nearestFirm((hits ??= firms(t)), m.start, m.end) ?? fallback;
      const key = `${c.code}\u0000${firmId}`;
      if (seenCodes.has(key)) continue;
      seenCodes.add(key);
      promoCodes.push({ code: c.code, firmId, context: snippet(text, m.from, c.end, CONTEXT_CHARS) });
    }

    const offers: Offer[] = [];
    const seenOffers = new Set<string>();
    for (const o of findOffers(t)) {
      const firmId = nearestFirm((hits ??= firms(t)), o.start, o.end) ?? fallback;
      const key = `${o.kind}\u0000${firmId}`;
      if (seenOffers.has(key)) continue;
      seenOffers.add(key);
      const from = t.tokens[o.start]!.start;
      const to = t.tokens[o.end - 1]!.end;
      offers.push({ kind: o.kind, firmId, detail: snippet(text, from, to, DETAIL_CHARS) });
    }
    return { promoCodes, offers };
  };
}
