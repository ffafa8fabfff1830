// "This video is sponsored by ShieldLane VPN ... 70% off with my code TRAVELSAFE. Anyway, Kraken had an outage":
// a creator's sponsor that the catalogue does not know. The disclosure and the sponsor's codes are that brand's,
// not the crypto firm the post names in passing (decision 0054). Found once per text, read by the promo-code and
// disclosure detectors.
import { PhraseMatcher } from './phrase-matcher.ts';
import type { FirmHit } from './firm-matcher.ts';
import { sentenceIds } from './positions.ts';
import type { Tokenised } from './tokenise.ts';

/** "sponsored by" and "in partnership with" in every EU language: the name after them is the sponsor. */
const SPONSORED_BY: readonly string[] = [
  'sponsored by', 'brought to you by', 'supported by', 'in partnership with', 'in collaboration with', 'paid partnership with', 'presented by',
  'gesponsert von', 'präsentiert von', 'unterstützt von', 'in kooperation mit', 'in zusammenarbeit mit', 'sponsorisé par', 'sponsorisée par',
  'présenté par', 'présentée par', 'en partenariat avec', 'en collaboration avec', 'patrocinado por', 'patrocinada por', 'en colaboración con',
  'em parceria com', 'em colaboração com', 'sponsorizzato da', 'sponsorizzata da', 'in collaborazione con', 'gesponsord door', 'mogelijk gemaakt door',
  'in samenwerking met', 'sponsorowany przez', 'sponsorowane przez', 'we współpracy z', 'sponzorováno', 've spolupráci s', 'v spolupráci s',
  'sponsrad av', 'sponsrat av', 'i samarbete med', 'sponsoreret af', 'i samarbejde med', 'sponsoreeritud', 'koostöös', 'sponsorizat de',
  'sponsorizată de', 'în colaborare cu', 'în parteneriat cu', 'u suradnji s', 'v sodelovanju z', 'спонсориран от', 'спонсорирано от',
  'σε συνεργασία με', 'bendradarbiaujant su', 'sadarbībā ar', 'b\'kollaborazzjoni ma\'',
];
const sponsoredBy = new PhraseMatcher<true>(SPONSORED_BY.map((p) => [p, true] as const));
/** Capitalised words of the name taken after the phrase ("ShieldLane VPN"). */
const MAX_NAME_WORDS = 3;

export interface NamedSponsor {
  /** The name as written. */
  brand: string;
  /** Character offset where the sponsor's sentence starts (a disclosure marker from here to `nameFrom` is the sponsor's). */
  sentenceFrom: number;
  nameFrom: number;
  /** Character offset where the sponsor's paragraph ends: its codes stand before it. */
  paragraphEnd: number;
}

/** Sponsors the catalogue does not know, named after "sponsored by" and the like; `firmHits` are the catalogue's names in `t`. */
export function namedSponsors(t: Tokenised, firmHits: readonly FirmHit[]): NamedSponsor[] {
  const found = sponsoredBy.matchAll(t);
  if (!found.length) return [];
  const inFirm = new Set<number>();
  for (const h of firmHits) for (let k = h.start; k < h.end; k++) inFirm.add(k);
  const sentences = sentenceIds(t);
  // Each sentence's first token, so a text of many sponsor phrases costs one pass.
  const sentenceStart: number[] = [];
  for (let k = 0; k < t.tokens.length; k++) if (sentenceStart[sentences[k]!] === undefined) sentenceStart[sentences[k]!] = k;
  const out: NamedSponsor[] = [];
  for (const m of found) {
    const first = t.tokens[m.end];
    if (!first || first.breakBefore || first.kind !== 'word' || !/^\p{Lu}/u.test(first.text) || inFirm.has(m.end)) continue;
    // "Sponzorováno · Kód X: ...": an ad library's label line, its separator before the ad's own text, names no sponsor.
    if (!/^[^\S\n]*[:：]?[^\S\n]*$/u.test(t.text.slice(t.tokens[m.end - 1]!.end, first.start))) continue;
    let last = m.end;
    while (last + 1 < t.tokens.length && last + 1 - m.end < MAX_NAME_WORDS) {
      const next = t.tokens[last + 1]!;
      if (next.breakBefore || inFirm.has(last + 1) || !/^\p{Lu}/u.test(next.text) || /\S/u.test(t.text.slice(t.tokens[last]!.end, next.start).trim())) break;
      last++;
    }
    const s = sentenceStart[sentences[m.start]!]!;
    const blank = /\n[^\S\n]*\n/gu;
    blank.lastIndex = first.end;
    const paragraph = blank.exec(t.text);
    out.push({
      brand: t.text.slice(first.start, t.tokens[last]!.end),
      sentenceFrom: t.tokens[s]!.start,
      nameFrom: first.start,
      paragraphEnd: paragraph ? paragraph.index : t.text.length,
    });
  }
  return out;
}

/** The sponsor whose paragraph holds the code at `codeStart`, when no catalogue firm is named between them. */
export function sponsorOfCode(sponsors: readonly NamedSponsor[], codeStart: number, t: Tokenised, firmHits: readonly FirmHit[]): string | null {
  for (const s of sponsors) {
    if (codeStart < s.nameFrom || codeStart >= s.paragraphEnd) continue;
    const firmBetween = firmHits.some((h) => t.tokens[h.start]!.start > s.nameFrom && t.tokens[h.start]!.start < codeStart);
    if (!firmBetween) return s.brand;
  }
  return null;
}

/** The sponsor a disclosure marker at [from, to) names: the marker stands in the sponsor's sentence, before the name. */
export function sponsorOfMarker(sponsors: readonly NamedSponsor[], from: number, to: number): string | null {
  for (const s of sponsors) if (from >= s.sentenceFrom && to <= s.nameFrom) return s.brand;
  return null;
}
