// Context that reverses the meaning of promotion words (ESMA G1 §17): scam and phishing warnings,
// explainers and journalists' reports, expired codes. The promo and disclosure detectors consult it;
// the indicators turn a warning into a counter-indication. Matching is on folded tokens (linear).
import { fold } from './fold.ts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.ts';
import { NEGATORS } from './phrases/disclosure-phrases.ts';
import { EXPIRY_CUES, EXPLAINER_CUES, POSSESSIVES, REPORT_CUES, WARNING_CUES } from './phrases/context-phrases.ts';
import { prepared, type TextInput } from './prepare.ts';
import type { Tokenised } from './tokenise.ts';

export type ContextKind = 'warning' | 'explainer' | 'report' | 'expired';

export interface ContextFinding {
  kind: ContextKind;
  /** The cue as written. */
  marker: string;
  /** Character range of the sentence holding the cue (in the prepared text). */
  from: number;
  to: number;
}

export interface TextContext {
  findings: ContextFinding[];
  has(kind: ContextKind): boolean;
  /** True when the position lies in a sentence holding a cue of this kind. */
  inSentence(kind: ContextKind, pos: number): boolean;
}

/** How far back a negator reaches: "this is not a scam", "das ist kein Betrug". */
const NEGATION_WINDOW = 3;

const cues = new PhraseMatcher<ContextKind>();
for (const c of WARNING_CUES) cues.add(c, 'warning');
for (const c of EXPLAINER_CUES) cues.add(c, 'explainer');
for (const c of REPORT_CUES) cues.add(c, 'report');
for (const c of EXPIRY_CUES) cues.add(c, 'expired');
const negators = new Set(NEGATORS.map(fold));
export const POSSESSIVE_KEYS: ReadonlySet<string> = new Set(POSSESSIVES.map(fold));

function negated(t: Tokenised, m: PhraseMatch<ContextKind>): boolean {
  for (let k = 1; k <= NEGATION_WINDOW; k++) {
    const i = m.start - k;
    if (i < 0 || t.tokens[i + 1]!.breakBefore) return false;
    if (negators.has(t.tokens[i]!.key)) return true;
  }
  return false;
}

/** Character range of the sentence (or line) around token range [start, end). */
function sentenceOf(t: Tokenised, start: number, end: number): { from: number; to: number } {
  let a = start;
  while (a > 0 && !t.tokens[a]!.breakBefore) a--;
  let b = end;
  while (b < t.tokens.length && !t.tokens[b]!.breakBefore) b++;
  return { from: t.tokens[a]!.start, to: t.tokens[b - 1]!.end };
}

export function detectContext(input: TextInput): TextContext {
  const { text, t } = prepared(input);
  const findings: ContextFinding[] = [];
  for (const m of cues.matchAll(t)) {
    const kind = m.values[0]!;
    // "not a scam" is a promoter's reassurance; "is not working anymore" is still an expiry.
    if (kind !== 'expired' && negated(t, m)) continue;
    findings.push({ kind, marker: text.slice(m.from, m.to), ...sentenceOf(t, m.start, m.end) });
  }
  return {
    findings,
    has: (kind) => findings.some((f) => f.kind === kind),
    inSentence: (kind, pos) => findings.some((f) => f.kind === kind && pos >= f.from && pos <= f.to),
  };
}
