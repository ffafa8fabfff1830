// "Code" in the sense of software. Posts about programming and AI tools say "turn screenshots into code",
// "Image → code → deployment", "without touching code:\n1 → Message the bot": a bare code word, an arrow or a
// colon, and an ordinary word, the very shape of "code → moon" in a promotion. Seen in a public set of scraped
// X posts, where such posts were most of the false promo codes. A text that names programming (the words below)
// gives no plain-word code after a bare code word; issued-looking codes ("code: DEV2026") still count.
import type { Tokenised } from './tokenise.ts';

/** Folded words that only software talk uses: people, tools and acts of programming. */
const SOFTWARE_KEYS: ReadonlySet<string> = new Set([
  'coding', 'coder', 'coders', 'developer', 'developers', 'programming', 'programmer', 'programmers', 'github', 'gitlab', 'repo', 'repository',
  'codebase', 'opensource', 'sdk', 'cli', 'compiler', 'debug', 'debugging', 'deploy', 'deployment', 'deploying', 'deployed', 'software', 'frontend', 'backend',
  'typescript', 'javascript', 'python', 'webgpu', 'api', 'apis', 'json', 'ide', 'vscode', 'copilot', 'codex', 'llm', 'llms', 'nocode', 'lowcode',
  'entwickler', 'programmieren', 'developpeur', 'developpeurs', 'desarrollador', 'desarrolladores', 'sviluppatore', 'sviluppatori', 'programista', 'programisci',
]);

/** The token list read last and its answer: the promo detector asks per code word, about the same text. */
let lastTokens: Tokenised['tokens'] | null = null;
let lastAnswer = false;

export function speaksOfSoftware(t: Tokenised): boolean {
  if (t.tokens === lastTokens) return lastAnswer;
  lastTokens = t.tokens;
  lastAnswer = t.tokens.some((tok) => SOFTWARE_KEYS.has(tok.key));
  return lastAnswer;
}
