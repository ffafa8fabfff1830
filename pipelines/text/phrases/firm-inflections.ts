// Case endings that EU languages glue onto a foreign brand name ("Bybitissä", "Binancen", "Bitgetu",
// "Coinbasessa", "Krakenin"). Folded (no diacritics, lower case), as token keys are. Only endings
// written without a separator: "Binance's", "OKX:n" and "Binance-en" already split into the name
// and a second token. A name matches with one of these only when it is a single word of at least
// MIN_INFLECTED_ALIAS letters, so short names never swallow an unrelated word.
import { fold } from '../fold.ts';

export const MIN_INFLECTED_ALIAS = 5;

const ENDINGS_BY_LANGUAGE: Record<string, readonly string[]> = {
  // Finnish: genitive, partitive, the locative cases and the essive/translative, with the linking
  // vowel a consonant-final name takes (Bybit-i-ssä).
  fi: ['n', 'in', 'a', 'ia', 'ta', 'ssa', 'issa', 'sta', 'ista', 'lla', 'illa', 'lta', 'ilta', 'lle', 'ille', 'iin', 'hin', 'ksi', 'iksi', 'na', 'ina', 'kin', 'inkin'],
  // Estonian: genitive and the locative cases, often after a linking -i.
  et: ['i', 'is', 'ist', 'isse', 'ile', 'il', 'ilt', 'iga', 'ina', 'ni', 'st', 'le', 'l', 'lt', 'ga'],
  // Hungarian: the many case suffixes (vowel harmony gives two or three forms each; folded).
  hu: ['on', 'en', 'ot', 'et', 't', 'rol', 'rel', 'nal', 'nel', 'hoz', 'hez', 'ba', 'be', 'ban', 'ben', 'bol', 'bel', 'ra', 're', 'tol', 'tel', 'nak', 'nek', 'val', 'vel', 'ig', 'os', 'es', 'om', 'em', 'unk', 'ok', 'ek'],
  // Polish, Czech, Slovak, Slovenian, Croatian: the oblique cases of a masculine noun, and the possessive adjective made
  // from it ("na Bybitovem tekmovanju", "v Binancovej aplikácii", "Bitgetowy konkurs").
  pl: ['a', 'u', 'owi', 'em', 'ie', 'zie', 'ach', 'ami', 'om', 'ów', 'ow', 'owy', 'owa', 'owe', 'owej', 'owym', 'owego'],
  cs: ['u', 'em', 'ovi', 'e', 'a', 'ech', 'y', 'ový', 'ova', 'ové', 'ově', 'ovo', 'ových', 'ovým', 'ovu'],
  sk: ['a', 'u', 'om', 'e', 'ovi', 'och', 'ov', 'ova', 'ove', 'ovej', 'ovom', 'ovu'],
  sl: ['a', 'u', 'om', 'em', 'ju', 'jem', 'ov', 'ova', 'ovo', 'ovem', 'ovega', 'ovemu', 'ovi', 'ove', 'ovih', 'ovim'],
  hr: ['a', 'u', 'om', 'em', 'ov', 'ova', 'ovim', 'ovo', 'ove', 'ovoj', 'ovom', 'ovu', 'ovih', 'ovi', 'ovog', 'ovoga'],
  // Baltic: Lithuanian and Latvian nominative and oblique endings on loan names.
  lt: ['as', 'o', 'ui', 'u', 'e', 'ą', 'a', 'is', 'io', 'yje'],
  lv: ['s', 'a', 'am', 'u', 'ā', 'ai'],
  // Germanic: genitive -s; Swedish/Danish/Norwegian definite or genitive endings.
  de: ['s'],
  sv: ['s', 'en', 'ens', 'et', 'ets'],
  da: ['s', 'en', 'ens', 'et', 'ets'],
  nl: ['s'],
  // Russian, Ukrainian, Serbian and Bulgarian, on a name written in Cyrillic ("на Байбите", "Бинансом", "в Бітгеті"):
  // the oblique cases of a masculine noun, and Bulgarian's article ("Бинансът").
  ru: ['а', 'у', 'е', 'ом', 'ы', 'ой'],
  uk: ['а', 'у', 'і', 'ом', 'ові', 'ем'],
  sr: ['а', 'у', 'ом', 'е'],
  bg: ['а', 'ът'],
};

/** Every ending, folded (the keys tokens carry have no diacritics). */
export const FIRM_NAME_ENDINGS: ReadonlySet<string> = new Set(
  Object.values(ENDINGS_BY_LANGUAGE)
    .flat()
    .map(fold),
);
