// Disguised text as a sign of intent (docs/decisions/0019): an invisible character, a bidi control,
// styled (fullwidth, mathematical) letters or look-alike Cyrillic/Greek letters inside something a
// detector found after normalisation: a link, a promo code or a firm's name. Only those count: the
// same characters elsewhere are ordinary (emoji joiners, soft hyphens from a web page, a fancy font
// in a sentence) and say nothing about hiding a means of access from a filter.
import type { Obfuscation, PromoCode } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import type { FirmMatcher } from './firm-matcher.ts';
import type { NormalisedText, TextEdit } from './normalise-text.ts';
import type { PreparedText } from './prepare.ts';
import { SPACE_TABLE } from './chars.ts';

const NAMES: Readonly<Record<number, string>> = {
  0x200b: 'zero-width space', 0x200c: 'zero-width non-joiner', 0x200d: 'zero-width joiner', 0x2060: 'word joiner', 0xfeff: 'zero-width no-break space',
  0x00ad: 'soft hyphen', 0x180e: 'Mongolian vowel separator', 0x200e: 'left-to-right mark', 0x200f: 'right-to-left mark', 0x202e: 'right-to-left override',
  0x202d: 'left-to-right override', 0x2066: 'left-to-right isolate', 0x2067: 'right-to-left isolate', 0x2068: 'first-strong isolate',
};

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function describe(kind: TextEdit['kind'], originals: string[]): string {
  if (kind === 'invisible' || kind === 'bidi') {
    const cps = [...new Set(originals.map((o) => o.codePointAt(0) ?? 0))];
    return cps.map((cp) => `${NAMES[cp] ?? (kind === 'bidi' ? 'bidi control' : 'invisible character')} ${hex(cp)}`).join(', ');
  }
  if (kind === 'reversed') return 'right-to-left override showing reversed text';
  if (kind === 'styled') return `styled letters "${originals.join('')}"`;
  return `look-alike Cyrillic/Greek letters in "${originals.join('')}"`;
}

/** The whitespace-separated chunk of `text` around [start, end). */
function chunkAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && SPACE_TABLE[text.charCodeAt(a - 1)] !== 1) a--;
  let b = Math.max(end, start);
  while (b < text.length && SPACE_TABLE[text.charCodeAt(b)] !== 1) b++;
  return [a, b];
}

export interface ObfuscationField {
  /** Which field of the item: text, title, author bio ... (the detail names it). */
  name: string;
  normalised: NormalisedText;
  prepared: PreparedText;
}

export function findObfuscations(fields: readonly ObfuscationField[], promoCodes: readonly PromoCode[], matchFirms: FirmMatcher, catalogue: FirmCatalogue): Obfuscation[] {
  const out: Obfuscation[] = [];
  for (const f of fields) {
    if (f.normalised.edits.length === 0) continue;
    const text = f.normalised.text;
    const hits = matchFirms(f.prepared.t).map((h) => ({ ...h, from: f.prepared.t.tokens[h.start]!.start, to: f.prepared.t.tokens[h.end - 1]!.end }));
    // Edits grouped by the entity they fall in (one finding per entity and kind).
    const groups = new Map<string, { o: Omit<Obfuscation, 'detail'>; edits: TextEdit[]; where: string }>();
    for (const e of f.normalised.edits) {
      // A page's line break inside a link or around a mention (web-layout.ts) disguises nothing.
      if (e.kind === 'layout') continue;
      // A removed character between two words hides nothing: it must sit inside a chunk.
      if (e.start === e.end && (e.start === 0 || e.start >= text.length || SPACE_TABLE[text.charCodeAt(e.start - 1)] === 1 || SPACE_TABLE[text.charCodeAt(e.start)] === 1)) continue;
      const [a, b] = chunkAround(text, e.start, e.end);
      const inside = (from: number, to: number) => (e.start === e.end ? e.start > from && e.start < to : e.start < to && e.end > from);
      let found: { entity: Obfuscation['entity']; value: string; firmId: string | null; key: string } | null = null;
      const url = f.prepared.masked.urls.find((u) => inside(u.start, u.end));
      if (url) found = { entity: 'link', value: text.slice(url.start, url.end), firmId: url.host ? (catalogue.byHost(url.host)?.firm.id ?? null) : null, key: `u${url.start}` };
      if (!found) {
        const chunk = text.slice(a, b).toLowerCase();
        for (const p of promoCodes) {
          const at = chunk.indexOf(p.code.toLowerCase());
          if (at >= 0 && inside(a + at, a + at + p.code.length)) {
            found = { entity: 'promo_code', value: p.code, firmId: p.firmId, key: `p${a + at}` };
            break;
          }
        }
      }
      if (!found) {
        const h = hits.find((x) => inside(x.from, x.to));
        if (h) found = { entity: 'firm_name', value: text.slice(h.from, h.to), firmId: h.firmId, key: `f${h.from}` };
      }
      if (!found) continue;
      const key = `${found.key}|${e.kind}`;
      const g = groups.get(key) ?? { o: { kind: e.kind, entity: found.entity, value: found.value, firmId: found.firmId }, edits: [], where: `${f.name}, character ${e.originalStart + 1}` };
      g.edits.push(e);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const what = g.o.entity === 'link' ? 'link' : g.o.entity === 'promo_code' ? 'promo code' : 'firm name';
      out.push({ ...g.o, detail: `${describe(g.o.kind, g.edits.map((e) => e.original))} inside ${what} ${g.o.value} (${g.where})` });
    }
  }
  return out;
}
