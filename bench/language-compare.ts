// Language identifiers compared on text nobody here wrote (docs/decisions/0018): accuracy per language
// and per kind (clean sentences, short posts, code-switched posts) and speed, for rsmon's detector, franc,
// eld and cld3-asm. The sentences are read at run time from public repository snapshots (never copied
// into this repository):
//  - LINGUA_DIR: a git directory of pemistahl/lingua-py, its language-testdata/ (sentences and word
//    pairs per language, from the Leipzig corpora: news and web text). 23 EU languages (no Maltese),
//    Tagalog, Indonesian, Malay, Swahili, Yoruba, Turkish, Russian ...
//  - MALTESE_DIR: a git directory of UniversalDependencies/UD_Maltese-MUDT (Maltese news sentences, the
//    "# text =" lines of its .conllu files).
// Short and code-switched posts are made mechanically from those sentences: truncated to a few words,
// or an English clause spliced with a clause of another language. Every line has a split, dev or
// held-out (every fifth sentence): tune on dev, quote held-out.
// Run: npm run bench:language [-- --limit N] (N sentences per language and kind, default 150).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { franc } from 'franc';
import eldMedium from 'eld/medium';
import { loadModule } from 'cld3-asm';
import { detectLanguage } from '../pipelines/text/detect-language.ts';
import { EU_OFFICIAL_LANGUAGES } from '../pipelines/text/phrases/languages.ts';
import { EU_LANGUAGE_MIN_CONFIDENCE } from '../pipelines/indicators/derive-indicators.ts';

const LINGUA_DIR = process.env.LINGUA_DIR ?? '/work/.mirror/pemistahl+lingua-py/repo';
const MALTESE_DIR = process.env.MALTESE_DIR ?? '/work/.mirror/UniversalDependencies+UD_Maltese-MUDT/repo';
const limitArg = process.argv.indexOf('--limit');
const LIMIT = limitArg > 0 ? Number(process.argv[limitArg + 1]) : 150;

/** EU official languages and the non-EU languages of audiences crypto promotions often address. */
const EU = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
const NON_EU = ['tl', 'id', 'ms', 'sw', 'yo', 'tr', 'ru', 'uk', 'ar', 'zh', 'ja', 'ko', 'hi', 'vi', 'th'];
/** Languages English is spliced with for code-switched posts (Philippine, Indonesian, Malaysian, Kenyan, Nigerian audiences; and EU ones). */
const SWITCH_WITH = ['tl', 'id', 'ms', 'sw', 'yo', 'de', 'fr', 'es', 'it', 'pl', 'nl', 'pt'];

interface Sample {
  text: string;
  /** Acceptable answers: one language, or both languages of a code-switched text. */
  langs: string[];
  /** The language accuracy is reported under. */
  lang: string;
  kind: 'clean' | 'short' | 'code-switched';
  split: 'dev' | 'heldout';
}

function gitShow(dir: string, path: string): string {
  return execFileSync('git', ['-C', dir, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
}

function linguaLines(kind: 'sentences' | 'word-pairs', lang: string): string[] {
  try {
    return gitShow(LINGUA_DIR, `language-testdata/${kind}/${lang}.txt`).split('\n').map((l) => l.trim()).filter(Boolean);
  } catch {
    return [];
  }
}

function malteseLines(): string[] {
  const files = execFileSync('git', ['-C', MALTESE_DIR, 'ls-tree', '--name-only', 'HEAD'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.conllu'));
  const out: string[] = [];
  for (const f of files.sort()) for (const l of gitShow(MALTESE_DIR, f).split('\n')) if (l.startsWith('# text = ')) out.push(l.slice(9).trim());
  return out;
}

const split = (i: number): Sample['split'] => (i % 5 === 4 ? 'heldout' : 'dev');

/** The first words of a sentence, at most `chars` characters: a short post. */
function truncate(s: string, chars: number): string {
  const words = s.split(/\s+/);
  let out = '';
  for (const w of words) {
    if (out && out.length + 1 + w.length > chars) break;
    out = out ? `${out} ${w}` : w;
  }
  return out;
}

/** The first half (by words) of one sentence and the second half of another. */
function splice(a: string, b: string): string {
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  return `${wa.slice(0, Math.ceil(wa.length / 2)).join(' ')}, ${wb.slice(Math.floor(wb.length / 2)).join(' ')}`;
}

function buildSamples(): Sample[] {
  if (!existsSync(LINGUA_DIR)) throw new Error(`LINGUA_DIR ${LINGUA_DIR} not found: fetch pemistahl/lingua-py (see the header of this file)`);
  const out: Sample[] = [];
  const sentences = new Map<string, string[]>();
  for (const lang of [...EU, ...NON_EU]) {
    const lines = lang === 'mt' ? (existsSync(MALTESE_DIR) ? malteseLines() : []) : linguaLines('sentences', lang);
    // Drop headline fragments and numbered lists: a post is at least a few words.
    const usable = lines.filter((l) => l.split(/\s+/).length >= 5);
    sentences.set(lang, usable);
    usable.slice(0, LIMIT).forEach((text, i) => out.push({ text, langs: [lang], lang, kind: 'clean', split: split(i) }));
    // Short: real word pairs where there are (lingua), truncated sentences otherwise and as well.
    const pairs = linguaLines('word-pairs', lang);
    const shortOnes = [...pairs.slice(0, LIMIT >> 1), ...usable.slice(LIMIT, LIMIT + (LIMIT >> 1)).map((s) => truncate(s, 40))];
    shortOnes.forEach((text, i) => out.push({ text, langs: [lang], lang, kind: 'short', split: split(i) }));
  }
  const en = sentences.get('en') ?? [];
  for (const lang of SWITCH_WITH) {
    const other = sentences.get(lang) ?? [];
    for (let i = 0; i < Math.min(LIMIT, other.length, en.length - 1); i++) {
      // English first half, other second half, and the other way round, alternately.
      const text = i % 2 === 0 ? splice(en[en.length - 1 - i]!, other[other.length - 1 - i]!) : splice(other[other.length - 1 - i]!, en[en.length - 1 - i]!);
      out.push({ text, langs: ['en', lang], lang: `en+${lang}`, kind: 'code-switched', split: split(i) });
    }
  }
  return out;
}

type Detector = (text: string) => string | null;

const FRANC_TO_ISO1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', ita: 'it', spa: 'es', por: 'pt', nld: 'nl', pol: 'pl', swe: 'sv', dan: 'da', ces: 'cs', ron: 'ro', fin: 'fi', ell: 'el',
  hun: 'hu', slk: 'sk', slv: 'sl', hrv: 'hr', bul: 'bg', lit: 'lt', lvs: 'lv', ekk: 'et', tur: 'tr', rus: 'ru', ukr: 'uk', arb: 'ar', cmn: 'zh', jpn: 'ja',
  kor: 'ko', hin: 'hi', ind: 'id', vie: 'vi', tha: 'th', tgl: 'tl', zlm: 'ms', swh: 'sw', yor: 'yo',
};
const FRANC_ONLY = Object.keys(FRANC_TO_ISO1);

/** cld3 names a few languages its own way, and latinised forms with a suffix. */
function cld3Code(code: string): string | null {
  if (code === 'und') return null;
  const base = code.split('-')[0] ?? code;
  return ({ fil: 'tl', iw: 'he', jw: 'jv' } as Record<string, string>)[base] ?? base;
}

async function detectors(): Promise<Array<[string, Detector]>> {
  const cld = await loadModule();
  const identifier = cld.create(0, 700);
  return [
    ['rsmon', (t) => detectLanguage(t).code],
    ['rsmon-nexus', (t) => {
      // What becomes an EU-language nexus: the answer when its confidence reaches the floor, else no language.
      const r = detectLanguage(t);
      return r.confidence >= EU_LANGUAGE_MIN_CONFIDENCE ? r.code : null;
    }],
    ['franc', (t) => FRANC_TO_ISO1[franc(t, { only: FRANC_ONLY, minLength: 3 })] ?? null],
    ['eld-medium', (t) => eldMedium.detect(t).language || null],
    ['cld3-asm', (t) => cld3Code(identifier.findLanguage(t).language)],
  ];
}

interface Tally {
  n: number;
  right: number;
  unknown: number;
  /** Answered an EU official language other than English that the text is not written in: a false EU-language nexus. */
  falseEu: number;
}

const tally = (): Tally => ({ n: 0, right: 0, unknown: 0, falseEu: 0 });

function score(t: Tally, s: Sample, answer: string | null): void {
  t.n++;
  if (answer === null) t.unknown++;
  else if (s.langs.includes(answer)) t.right++;
  else if (EU_OFFICIAL_LANGUAGES.has(answer) && answer !== 'en') t.falseEu++;
}

const pct = (a: number, n: number): string => (n ? ((100 * a) / n).toFixed(1).padStart(5) : '    -');

async function main(): Promise<void> {
  const samples = buildSamples();
  const dets = await detectors();
  console.log(`${samples.length} texts (${samples.filter((s) => s.split === 'heldout').length} held-out); lingua-py ${LINGUA_DIR}, Maltese ${MALTESE_DIR}`);
  const results = new Map<string, Map<string, Tally>>();
  const speed = new Map<string, number>();
  for (const [name, detect] of dets) {
    // Warm up (JIT, lazily built tables), then time every text once.
    for (const s of samples.slice(0, 500)) detect(s.text);
    const byKey = new Map<string, Tally>();
    const t0 = performance.now();
    for (const s of samples) {
      const answer = detect(s.text);
      const eu = s.langs.every((l) => EU_OFFICIAL_LANGUAGES.has(l)) ? [`${s.split}|eu|${s.kind}`] : [];
      for (const key of [`${s.split}|kind|${s.kind}`, `${s.split}|lang|${s.kind}|${s.lang}`, `${s.split}|all|all`, ...eu]) {
        const t = byKey.get(key) ?? tally();
        byKey.set(key, t);
        score(t, s, answer);
      }
    }
    speed.set(name, ((performance.now() - t0) * 1000) / samples.length);
    results.set(name, byKey);
  }
  const names = dets.map(([n]) => n);
  const row = (label: string, key: string, what: (t: Tally) => string) =>
    console.log(`${label.padEnd(28)}${names.map((n) => what(results.get(n)?.get(key) ?? tally()).padStart(14)).join('')}`);
  for (const sp of ['dev', 'heldout'] as const) {
    console.log(`\n== ${sp}: accuracy % (false EU-language answers %, unknown %)`);
    console.log(`${''.padEnd(28)}${names.map((n) => n.padStart(14)).join('')}`);
    const cell = (t: Tally) => `${pct(t.right, t.n)} (${pct(t.falseEu, t.n).trim()},${pct(t.unknown, t.n).trim()})`;
    row('all', `${sp}|all|all`, cell);
    for (const kind of ['clean', 'short', 'code-switched']) row(`kind ${kind}`, `${sp}|kind|${kind}`, cell);
    for (const kind of ['clean', 'short', 'code-switched']) row(`EU languages only, ${kind}`, `${sp}|eu|${kind}`, cell);
    for (const kind of ['clean', 'short', 'code-switched']) {
      const langs = [...new Set(samples.filter((s) => s.kind === kind).map((s) => s.lang))];
      for (const lang of langs) row(`  ${kind} ${lang}`, `${sp}|lang|${kind}|${lang}`, cell);
    }
  }
  // EU-language nexus by confidence floor: false nexus on texts in no EU language but English, and true nexus on EU ones.
  console.log('\n== EU-language nexus by confidence floor, held-out: false nexus % of non-EU/English texts per kind | true nexus % of EU (not English) texts');
  const conf = samples.filter((s) => s.split === 'heldout').map((s) => ({ s, r: detectLanguage(s.text) }));
  const euText = (s: Sample) => s.langs.some((l) => EU_OFFICIAL_LANGUAGES.has(l) && l !== 'en');
  for (const floor of [0, 0.2, 0.3, 0.4, 0.5, 0.6]) {
    const cells: string[] = [];
    for (const kind of ['clean', 'short', 'code-switched']) {
      const neg = conf.filter((x) => x.s.kind === kind && !euText(x.s));
      const pos = conf.filter((x) => x.s.kind === kind && euText(x.s));
      const isNexus = (x: { r: ReturnType<typeof detectLanguage> }) => x.r.code !== null && x.r.code !== 'en' && EU_OFFICIAL_LANGUAGES.has(x.r.code) && x.r.confidence >= floor;
      cells.push(`${kind} ${pct(neg.filter(isNexus).length, neg.length)} | ${pct(pos.filter((x) => isNexus(x) && x.s.langs.includes(x.r.code!)).length, pos.length)}`);
    }
    console.log(`floor ${floor.toFixed(1)}   ${cells.join('    ')}`);
  }
  console.log('\n== speed: microseconds per text (all texts, one pass after warm-up)');
  for (const n of names) console.log(`${n.padEnd(28)}${(speed.get(n) ?? 0).toFixed(1).padStart(14)}`);
}

await main();
