// Name keys for matching register entries to catalogue firms. Registers write the same firm as
// "Crypto.com", "e Toro", "Kraken Digital Asset Exchange (“Kraken”)" or "Bybit EU GmbH"; keys fold
// case, accents, punctuation and legal-form suffixes so equal names meet, while keys stay whole-name
// (no substring matching) so "HTXcoin-az" never matches "HTX".

import { toMemberState } from './member-states.ts';

const LEGAL_FORMS = new Set([
  'gmbh', 'ag', 'ltd', 'limited', 'bv', 'nv', 'sa', 'sas', 'sasu', 'sarl', 'uab', 'oy', 'ab', 'plc', 'inc', 'llc', 'eg',
  'se', 'sia', 'doo', 'sro', 'jsa', 'as', 'spa', 'srl', 'kg', 'kgaa', 'ood', 'ou', 'co', 'corp', 'corporation', 'company',
]);

/** 'Coinbase Luxembourg S.A.' -> 'coinbaseluxembourg'; '' when nothing distinctive remains. */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Spaced legal forms at the end ("s. r. o.", "j. s. a.") become one word, then drop below.
    .replace(/(?:\b[a-z]\.\s*){2,}$/, (m) => ` ${m.replace(/[.\s]/g, '')}`)
    // "S.A.", "B.V.", "d.o.o.": join dotted abbreviations before splitting into words.
    .replace(/\b((?:[a-z]\.){2,})/g, (m) => m.replace(/\./g, ''))
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/\.+$/, ''))
    .filter((w) => w !== '');
  while (words.length > 0 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join('').replace(/\./g, '');
}

function isPlace(s: string): boolean {
  const t = s.replace(/[\uFFFD“”"'‘’]/g, '').trim();
  return toMemberState(t) !== null || /^(europe|eu|eea|emea|international|global|uk|cy|mt)$/i.test(t);
}

/** Every name a register entry goes by: legal name, commercial names, their comma parts and parentheticals. */
export function candidateNames(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const clean = n.replace(/\uFFFD/g, '').trim();
    out.add(clean);
    // "(“Kraken”)" is a trading name; "(Europe)" or "(Ireland)" only says where, and would join
    // every "X (Europe) Ltd" to every other one.
    for (const m of clean.matchAll(/\(([^)]*)\)/g)) if (m[1] && !isPlace(m[1])) out.add(m[1]);
    const outside = clean.replace(/\([^)]*\)/g, ' ');
    out.add(outside);
    for (const part of outside.split(/[,/|]/)) out.add(part);
  }
  return [...out].map((s) => s.replace(/[“”"'‘’]/g, '').trim()).filter((s) => s.length >= 2);
}

/** Keys worth matching on: very short keys ("eu", "ag") would join unrelated entities. */
export function matchKeys(names: readonly string[]): string[] {
  return [...new Set(candidateNames(names).map(nameKey))].filter((k) => k.length >= 3);
}

/** 'Bybit EU GmbH' -> 'bybit-eu-gmbh'; long names are cut at a word boundary. */
export function slugify(name: string, max = 40): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, max);
}
