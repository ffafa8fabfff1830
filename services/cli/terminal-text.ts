// Post text is attacker-controlled and reaches the supervisor's terminal through `rsmon cases` and
// `rsmon run`: an escape sequence there can recolour, hide or rewrite lines, set the window title, or
// (OSC 8/52) plant links and clipboard content; a bidi override can make a line read differently from
// its bytes, and an embedded newline can forge a whole case line. Human-readable output passes every
// value through terminalSafe; JSON output stays exact but escapes what a terminal would act on.

/** ESC sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings up to BEL or ST, and two-byte ESC X. */
const ESCAPES = /\u001b(?:\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0020-\u002f]*[\u0030-\u007e]?)/g;
/** C0 (tab and newline handled apart), DEL, C1, and the bidi embedding/override/isolate controls and marks. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text safe to write to a terminal: escape sequences and control characters removed, lone surrogates
 * shown as U+FFFD. Tab and newline become spaces unless `multiline` (one value must not start a new line).
 */
export function terminalSafe(s: string, opts: { multiline?: boolean } = {}): string {
  const out = s.replace(ESCAPES, '').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
  return opts.multiline ? out : out.replace(/[\t\n]/g, ' ');
}

/** Code points JSON.stringify writes raw but a terminal (or a bidi-aware viewer) would act on. */
const JSON_RISKY = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with the characters above written as \u escapes too: the same JSON value, inert on a terminal. */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(JSON_RISKY, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
