// Languages the detector may answer with. franc only scores the languages we list: restricting it to
// EU official languages plus the large non-EU languages seen in crypto promotion keeps it from
// answering with close relatives (Scots for English, Galician for Portuguese) that no analyst needs.
// Irish (gle) and Maltese (mlt) have no trigram model in franc 6: their texts come out as a neighbour.

/** ISO 639-3 (as franc returns) to ISO 639-1. */
export const ISO3_TO_ISO1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', ita: 'it', spa: 'es', por: 'pt', nld: 'nl', pol: 'pl', swe: 'sv', dan: 'da', ces: 'cs', ron: 'ro',
  fin: 'fi', ell: 'el', hun: 'hu', slk: 'sk', slv: 'sl', hrv: 'hr', bul: 'bg', lit: 'lt', lvs: 'lv', ekk: 'et', gle: 'ga', mlt: 'mt',
  tur: 'tr', rus: 'ru', ukr: 'uk', arb: 'ar', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', ind: 'id', vie: 'vi', tha: 'th',
};

/** The 24 official languages of the EU (ISO 639-1). */
export const EU_OFFICIAL_LANGUAGES: ReadonlySet<string> = new Set([
  'bg', 'hr', 'cs', 'da', 'nl', 'en', 'et', 'fi', 'fr', 'de', 'el', 'hu', 'ga', 'it', 'lv', 'lt', 'mt', 'pl', 'pt', 'ro', 'sk', 'sl', 'es', 'sv',
]);

/** franc's `only` list. */
export const FRANC_LANGUAGES: readonly string[] = Object.keys(ISO3_TO_ISO1);

/**
 * Non-ASCII letters (lower case) of each Latin-script language. franc's trigram models confuse short
 * Czech with Slovak or Slovene, Danish with Swedish, and so on. When the text holds letters the winner
 * never uses ("ů" in a "Slovene" text) and a close runner-up uses them all, the runner-up is taken.
 * Languages missing here are never overruled.
 */
export const ALPHABETS: Record<string, string> = {
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  sl: 'čšžćđ',
  hr: 'čćđšž',
  pl: 'ąćęłńóśźż',
  de: 'äöüß',
  sv: 'åäöéü',
  da: 'æøåéü',
  nl: 'éëïöüèáóíúç',
  fi: 'äöåšž',
  et: 'äöõüšž',
  hu: 'áéíóöőúüű',
  ro: 'ăâîșțşţ',
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
  fr: 'àâæçéèêëîïôœùûüÿ',
  es: 'áéíñóúü',
  pt: 'áâãàçéêíóôõú',
  it: 'àèéìíîòóùú',
  en: 'éï',
};
