// Auto-generated captions pasted as text put a timestamp on a line of its own every few words ("...usate il\n0:17\ncodice
// lotamo e avrete..."): the line breaks there cut a sentence in the middle, so "use code" and the code end up in two
// sentences and no rule joins them. A timestamp line between two lines of words, with the line breaks around it, is
// blanked to spaces (same length: offsets stay those of the text). Local to the three lines, so preparing two parts
// and joining them (prepare.ts) gives what preparing the joined text gives.

/** A line holding only a timestamp (m:ss, mm:ss or h:mm:ss, optionally bracketed). */
const TIMESTAMP_LINE = /\n[ \t]*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*\n(?=[ \t]*[\p{L}\p{N}])/gu;

const MAYBE_TIMESTAMP_LINE = /\n[ \t]*[[(]?\d{1,2}:\d\d/;

/** The text with each timestamp line between two lines of words, and its line breaks, turned to spaces. */
export function blankCaptionTimestamps(text: string): string {
  // A plain (non-Unicode) scan for a line starting with a timestamp first: most texts have none, and the replace
  // below is the costlier Unicode pattern.
  if (!text.includes('\n') || !MAYBE_TIMESTAMP_LINE.test(text)) return text;
  return text.replace(TIMESTAMP_LINE, (m, at: number) => (/[\p{L}\p{N},]$/u.test(text.slice(Math.max(0, at - 1), at)) ? ' '.repeat(m.length) : m));
}
