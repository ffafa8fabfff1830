// A news byline heading the text ("By Anna Weber | Markets | 3 Dec 2026", "Door Sanne de Vries | 30 november
// 2026", "Της Μαρίας Παπαδοπούλου | 25/11/2026"): how a saved article starts. A promoter's post does not name
// its writer with a byline word and a dated line; an affiliate page that does also carries links, and the
// caller only asks for posts without any.

/** "By" in the EU languages as bylines write it; the ones with a colon are labels ("Autor:", "Írta:"). */
const BY_WORDS = [
  'by', 'von', 'par', 'por', 'di', 'da', 'door', 'av', 'af', 'de', 'του', 'της', 'από τον', 'από την', 'от', 'minn', 'autor:', 'autorka:',
  'autorė:', 'autorius:', 'autors:', 'avtor:', 'author:', 'text:', 'tekst:', 'teksti:', 'kirjoittaja:', 'írta:', 'szerző:', 'piše:', 'napisał:', 'napisała:',
];
// Both "By" and "by" ("di Paolo Bianchi" is the Italian habit); the name after it must be capitalised either way.
const BY_WORD = `(?:${BY_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).map((w) => w.replace(' ', String.raw`\s+`)).join('|')})`;
/** A name's word: capitalised (in any script), hyphens and apostrophes inside ("Jean-Luc", "O'Brien"). */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+\.?`;
/** Particles between a name's words: "de Vries", "van der Berg", "da Silva". */
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|del|dos|das|du|le|la|ter|ten|zu)`;
/** A date as newsrooms print it: 02.12.2026, 25/11/2026, 2026-11-26, "30 november 2026", "Nov 26, 2026", "3 dic 2026". */
const DATE = String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})`;

const BYLINE = new RegExp(
  String.raw`^[ \t]*${BY_WORD}[ \t]+(${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)*${NAME_WORD}){1,3})[ \t]*[|·•—–,][^\n]*?(?<![\p{L}\p{N}])${DATE}(?![\p{L}\p{N}])`,
  'u',
);

/** The byline on the text's first line, as written (for the case's reader), or null. */
export function newsByline(text: string): { marker: string; to: number } | null {
  const lineEnd = text.indexOf('\n');
  const first = lineEnd < 0 ? text : text.slice(0, lineEnd);
  // Bylines are short; a long first line is a paragraph that happens to start with "De" or "Da".
  if (first.length > 120) return null;
  const m = BYLINE.exec(first);
  return m ? { marker: m[0].trim(), to: first.length } : null;
}
