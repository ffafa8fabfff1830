// Cues that an item is educational (§17) or a review (§21), per language. Matched on lower-cased
// word boundaries with includes-style scans (no backtracking), so hostile text stays linear.
// These only decide counter-indications; they never raise a case on their own.

export const EDUCATIONAL_CUES: readonly string[] = [
  // en
  'how to', 'explained', 'tutorial', 'guide', 'what is', 'self-custody', 'seed phrase', 'cold wallet', 'thread', 'learn', 'basics', 'beginners',
  // fr
  'comment fonctionne', 'qu\'est-ce que', 'explication', 'tutoriel', 'apprendre', 'auto-garde', 'pédagogie',
  // de
  'erklärt', 'was ist', 'anleitung', 'grundlagen', 'lernen', 'verwahrung',
  // it
  'cos\'è', 'spiegato', 'guida', 'imparare', 'come funziona',
  // es
  'qué es', 'explicado', 'guía', 'aprender', 'cómo funciona',
  // pt
  'o que é', 'explicado', 'aprender', 'como funciona',
  // nl
  'wat is', 'uitleg', 'leren', 'hoe werkt',
  // pl
  'co to jest', 'wyjaśniam', 'poradnik', 'jak działa', 'nauka',
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

export function hasCue(lowerText: string, cues: readonly string[]): boolean {
  for (const cue of cues) if (lowerText.includes(cue)) return true;
  return false;
}
