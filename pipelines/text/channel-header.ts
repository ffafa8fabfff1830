// A channel post's header emoji ("📰 Morning digest", "📰 Vijesti: ...", "📚 Funding rate 101", "📚 Cross o isolata?"):
// news and lesson channels head their posts with a newspaper or a book. In a text with no link and no code word it marks
// the post a report or an explainer; promoters head posts with these too ("📚 How to get 20% off: code X"), but then
// give a code or a link, and the caller asks only for texts without links.
import type { Tokenised } from './tokenise.ts';
import { namesCodeWord } from './code-word-keys.ts';

/** Header emoji and what they head. A variation selector may follow the emoji. */
const HEADERS: ReadonlyMap<string, 'report' | 'explainer'> = new Map([
  ['📰', 'report'],
  ['🗞', 'report'],
  ['📚', 'explainer'],
  ['🎓', 'explainer'],
]);

/** The header emoji opening the text and what it heads, or null. */
export function channelHeader(text: string, t: Tokenised): { kind: 'report' | 'explainer'; marker: string; to: number } | null {
  const start = text.length - text.trimStart().length;
  const first = text.codePointAt(start);
  if (first === undefined) return null;
  const emoji = String.fromCodePoint(first);
  const kind = HEADERS.get(emoji);
  if (!kind || namesCodeWord(t)) return null;
  const lineEnd = text.indexOf('\n', start);
  return { kind, marker: emoji, to: lineEnd < 0 ? text.length : lineEnd };
}
