// ESMA's files mostly carry ISO codes, but not always ISO ones: Greece appears as the EU's own "EL"
// beside "GR", and older extracts spell states out. Everything is mapped to ISO 3166-1 alpha-2.
import { EU_COUNTRIES, EEA_ONLY_COUNTRIES } from '../links/eu-countries.ts';

const EEA_CODES: ReadonlySet<string> = new Set<string>([...EU_COUNTRIES, ...EEA_ONLY_COUNTRIES]);

/** EU/EEA conventions that differ from ISO. */
const CODE_ALIASES: Readonly<Record<string, string>> = { EL: 'GR' };

/** English and native names, folded (lower case, no diacritics), as NCAs write them. */
const NAMES: Readonly<Record<string, string>> = {
  austria: 'AT', osterreich: 'AT', belgium: 'BE', belgique: 'BE', belgie: 'BE', bulgaria: 'BG',
  croatia: 'HR', hrvatska: 'HR', cyprus: 'CY', czechia: 'CZ', 'czech republic': 'CZ', denmark: 'DK',
  danmark: 'DK', estonia: 'EE', eesti: 'EE', finland: 'FI', suomi: 'FI', france: 'FR', germany: 'DE',
  deutschland: 'DE', greece: 'GR', hellas: 'GR', hungary: 'HU', magyarorszag: 'HU', ireland: 'IE',
  italy: 'IT', italia: 'IT', latvia: 'LV', latvija: 'LV', lithuania: 'LT', lietuva: 'LT',
  luxembourg: 'LU', malta: 'MT', netherlands: 'NL', 'the netherlands': 'NL', nederland: 'NL',
  poland: 'PL', polska: 'PL', portugal: 'PT', romania: 'RO', slovakia: 'SK', slovensko: 'SK',
  slovenia: 'SI', slovenija: 'SI', spain: 'ES', espana: 'ES', sweden: 'SE', sverige: 'SE',
  iceland: 'IS', island: 'IS', liechtenstein: 'LI', norway: 'NO', norge: 'NO',
};

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 'AT' / 'at' / 'EL' / 'Austria' -> ISO code of an EEA state; anything else -> null. */
export function toMemberState(raw: string): string | null {
  const s = raw.trim();
  if (/^[A-Za-z]{2}$/.test(s)) {
    const up = s.toUpperCase();
    const code = CODE_ALIASES[up] ?? up;
    return EEA_CODES.has(code) ? code : null;
  }
  return NAMES[fold(s)] ?? null;
}
