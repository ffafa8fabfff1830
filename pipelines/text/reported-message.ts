// "Someone DMed me "use code BNBFREE50 to claim your airdrop"", "Qualcuno mi ha scritto in DM «usa il mio codice BG100»",
// "Мені в особисті написали «введи код KUCOIN-UA»": a code inside a message someone else sent the author, quoted to ask
// or warn about it. The code is the sender's (often a scammer's), not offered by the author, even when the quoted words
// say "my code".

/** Words of a private message or of writing to the author, in the EU languages and the neighbours' (lower case). */
const MESSAGE_CUE =
  /(?:^|[^\p{L}])(?:dm|dms|dmed|dm'd|dm’d|pm|pms|pmed|inbox|privát\p{L}*|priv|privé|privado|privato|prywatn\p{L}*|особист\p{L}*|личк\p{L}*|лично|messaged|texted|wrote to me|sent me|scritto|écrit|escribió|escreveu|napisał\p{L}*|napsal\p{L}*|написал\p{L}*|написа\p{L}*|geschrieben|schrieb|kirjoitti|írt|skrev|schreef)(?![\p{L}])/iu;
const OPENERS = '"«„“‘‚‹「';
const CLOSERS = '"»“”’‘›」';
/** How far before the quotation's opening mark the cue may stand (the sentence introducing the message). */
const CUE_REACH = 100;

/** The code at [start, end) stands inside a quotation on its line that a message cue introduces. */
export function inReportedMessage(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let open = -1;
  for (let i = start - 1; i >= lineStart; i--) {
    const c = text.charAt(i);
    if (OPENERS.includes(c)) {
      open = i;
      break;
    }
    if (c === '»' || c === '”') return false;
  }
  if (open < 0) return false;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  if (![...rest].some((c) => CLOSERS.includes(c))) return false;
  return MESSAGE_CUE.test(text.slice(Math.max(lineStart, open - CUE_REACH), open));
}
