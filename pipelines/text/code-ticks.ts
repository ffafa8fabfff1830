// Forums and chats (Markdown on Reddit and Discord) set a promo code in inline-code backticks or behind Discord's
// spoiler bars: "Bybit – `EMRETR7` – discount", "the code is ||STEFBOT22||". The marks are typography there, like bold;
// every rule reads the code as if they were not written. Only around one word that looks issued (a digit, or four
// capitals): `referralCode` and `invite_code` stay code quoted from a program (code-spans.ts reads those).

const TICKED = /`([\p{L}\p{N}][\p{L}\p{N}_-]{2,24})`|\|\|([\p{L}\p{N}][\p{L}\p{N}_-]{2,24})\|\|/gu;

function looksIssued(word: string): boolean {
  if (/\d/u.test(word)) return true;
  let capitals = 0;
  for (const ch of word) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 4;
}

/** The text with the backticks or spoiler bars around issued-looking words turned into spaces (same length, so offsets hold). */
export function blankCodeTicks(text: string): string {
  if (!text.includes('`') && !text.includes('||')) return text;
  return text.replace(TICKED, (whole: string, ticked: string | undefined, spoiler: string | undefined) => {
    if (ticked !== undefined) return looksIssued(ticked) ? ` ${ticked} ` : whole;
    return looksIssued(spoiler!) ? `  ${spoiler}  ` : whole;
  });
}
