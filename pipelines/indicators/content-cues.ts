// Cues that an item is educational (§17) or a review (§21), per language. Matched on lower-cased
// word boundaries with includes-style scans (no backtracking), so hostile text stays linear.
// These only decide counter-indications; they never raise a case on their own.

export const EDUCATIONAL_CUES: readonly string[] = [
  // en
  // Not "learn" and its translations: "I finally learn where the button is", "lesson learned" are everyday words.
  'how to', 'explained', 'tutorial', 'guide', 'what is', 'self-custody', 'seed phrase', 'cold wallet', 'thread', 'basics', 'beginners',
  // fr
  'comment fonctionne', 'qu\'est-ce que', 'explication', 'tutoriel', 'auto-garde', 'pédagogie',
  // de
  'erklärt', 'was ist', 'anleitung', 'grundlagen', 'verwahrung',
  // it
  'cos\'è', 'spiegato', 'guida', 'come funziona',
  // es
  'qué es', 'explicado', 'guía', 'cómo funciona',
  // pt
  'o que é', 'explicado', 'como funciona',
  // nl
  'wat is', 'uitleg', 'hoe werkt',
  // pl
  'co to jest', 'wyjaśniam', 'poradnik', 'jak działa',
  // sv / da
  'vad är', 'förklarat', 'hvad er', 'forklaret', 'guide',
  // cs / ro
  'co je', 'vysvětlení', 'ce este', 'explicat', 'cum funcționează',
];

export const REVIEW_CUES: readonly string[] = [
  'review', 'reviewed', 'honest opinion', 'my experience', 'comparison', ' vs ', 'tested', 'pros and cons',
  'avis', 'test complet', 'mon expérience', 'comparatif',
  'erfahrungen', 'erfahrung', 'testbericht', 'vergleich', 'meine meinung',
  'recensione', 'opinione', 'confronto',
  'reseña', 'opinión', 'análise', 'comparación', 'comparativa',
  'avaliação', 'opinião', 'comparação',
  'ervaringen', 'beoordeling', 'vergelijking',
  'recenzja', 'opinia', 'porównanie',
  'recension', 'jämförelse', 'anmeldelse', 'sammenligning',
  'recenze', 'srovnání', 'recenzie', 'comparație', 'părerea mea',
];

/** A cue list by the first two code units of each cue, behind a bit filter of those two. */
interface CueIndex {
  filter: Uint8Array;
  byPair: Map<number, string[]>;
  /** Cues shorter than two code units, looked for with includes. */
  short: string[];
}

const pairKey = (a: number, b: number): number => a * 0x10000 + b;
const pairSlot = (a: number, b: number): number => ((a & 0xff) << 8) | (b & 0xff);
const INDEXES = new WeakMap<readonly string[], CueIndex>();

function indexOf(cues: readonly string[]): CueIndex {
  let index = INDEXES.get(cues);
  if (index) return index;
  index = { filter: new Uint8Array(0x100 * 0x100), byPair: new Map(), short: [] };
  for (const cue of cues) {
    if (cue.length < 2) {
      index.short.push(cue);
      continue;
    }
    const a = cue.charCodeAt(0);
    const b = cue.charCodeAt(1);
    index.filter[pairSlot(a, b)] = 1;
    const list = index.byPair.get(pairKey(a, b));
    if (list) list.push(cue);
    else index.byPair.set(pairKey(a, b), [cue]);
  }
  INDEXES.set(cues, index);
  return index;
}

/**
 * Whether any cue occurs in the text (as includes would say). One pass over the text with a filter
 * on each position's two code units, instead of one includes scan per cue (some 80 per list, which
 * made this the costliest part of deriveIndicators on items naming a firm without acting for it).
 */
export function hasCue(lowerText: string, cues: readonly string[]): boolean {
  const { filter, byPair, short } = indexOf(cues);
  for (const cue of short) if (lowerText.includes(cue)) return true;
  const n = lowerText.length - 1;
  let b = n >= 0 ? lowerText.charCodeAt(0) : 0;
  for (let i = 0; i < n; i++) {
    const a = b;
    b = lowerText.charCodeAt(i + 1);
    if (filter[pairSlot(a, b)] !== 1) continue;
    const list = byPair.get(pairKey(a, b));
    if (list) for (const cue of list) if (lowerText.startsWith(cue, i)) return true;
  }
  return false;
}
