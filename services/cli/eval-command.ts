// `rsmon eval [--split dev|heldout|all] [--json]`: scores each detector and the cases against the
// labelled corpora (eval/corpora/, the sample's ground truth). Reads files, runs the enricher and the
// case builder in-process (no engines, no network), prints a table or one JSON object.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import { itemSchema, type NormalizedItem } from '../../pipelines/contracts/item.ts';
import { createEnricher } from '../../pipelines/enrich/create-enricher.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { classifyUrl } from '../../pipelines/links/classify-url.ts';
import { detectLanguage } from '../../pipelines/text/detect-language.ts';
import { prepareText } from '../../pipelines/text/prepare.ts';
import { scoreLinks, urlRowSchema, type LinkScore } from '../../pipelines/eval/eval-links.ts';
import { ratios, SPLITS, type Counts, type SplitChoice, type Tally } from '../../pipelines/eval/metrics.ts';
import { parseJsonLines, postRowSchema } from '../../pipelines/eval/posts-corpus.ts';
import { missingIndicatorCodes, scorePosts, type PostsScore } from '../../pipelines/eval/score-posts.ts';
import { languageRowSchema, scoreLanguage, type LanguageScore } from '../../pipelines/eval/score-language.ts';
import { groundTruthSchema, scoreSample, type SampleScore } from '../../pipelines/eval/score-sample.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface EvalOptions {
  split?: string;
  json?: boolean;
  corpora?: string;
  /** Print every disagreement (post id, detector, expected and found keys). */
  verbose?: boolean;
}

interface SplitReport {
  split: string;
  posts: PostsScore | { missing: string };
  links: LinkScore | { missing: string };
  language: LanguageScore | { missing: string };
}

export interface EvalReport {
  sample: SampleScore | { missing: string };
  splits: SplitReport[];
  corpusErrors: string[];
}

function readCorpus<T>(path: string, schema: Parameters<typeof parseJsonLines<T>>[1], errors: string[]): T[] | null {
  if (!existsSync(path)) return null;
  const parsed = parseJsonLines(readFileSync(path, 'utf8'), schema, path);
  errors.push(...parsed.errors);
  return parsed.rows;
}

export function runEval(opts: EvalOptions = {}): EvalReport {
  const choice = (opts.split ?? 'both') as SplitChoice | 'both';
  if (!['dev', 'heldout', 'all', 'both'].includes(choice)) throw new Error(`--split: "${String(opts.split)}" is not dev, heldout or all`);
  const lacking = missingIndicatorCodes();
  if (lacking.length) throw new Error(`eval: indicator codes unknown to the pipeline: ${lacking.join(', ')}`);
  const dir = resolve(opts.corpora ?? join(REPO, 'eval/corpora'));
  const catalogue = loadCatalogue({ includeSample: true });
  const scoring = loadScoring();
  const enrich = createEnricher({ catalogue, now: () => new Date('2026-06-02T00:00:00.000Z') });
  const deps = { enrich, scoring, catalogue };
  const corpusErrors: string[] = [];

  const posts = readCorpus(join(dir, 'posts.jsonl'), postRowSchema, corpusErrors);
  const urls = readCorpus(join(dir, 'urls.jsonl'), urlRowSchema, corpusErrors);
  const langs = readCorpus(join(dir, 'language.jsonl'), languageRowSchema, corpusErrors);

  const splits: SplitChoice[] = choice === 'both' ? [...SPLITS] : [choice];
  const report: EvalReport = { sample: { missing: 'not scored for this split' }, splits: [], corpusErrors };
  if (choice !== 'heldout') report.sample = sampleScore(deps, corpusErrors);
  for (const split of splits) {
    report.splits.push({
      split,
      posts: posts ? scorePosts(posts, split, deps) : { missing: `${join(dir, 'posts.jsonl')} is missing` },
      links: urls ? scoreLinks(urls, split, (u) => classifyUrl(u, catalogue)) : { missing: `${join(dir, 'urls.jsonl')} is missing` },
      language: langs ? scoreLanguage(langs, split, (t) => detectLanguage(prepareText(t))) : { missing: `${join(dir, 'language.jsonl')} is missing` },
    });
  }
  return report;
}

function sampleScore(deps: Parameters<typeof scoreSample>[2], errors: string[]): SampleScore | { missing: string } {
  const itemsFile = join(REPO, 'connectors/sample/items.jsonl');
  const truthFile = join(REPO, 'connectors/sample/ground-truth.json');
  if (!existsSync(itemsFile) || !existsSync(truthFile)) return { missing: 'connectors/sample/items.jsonl or ground-truth.json is missing' };
  const items: NormalizedItem[] = [];
  readFileSync(itemsFile, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const r = itemSchema.safeParse(JSON.parse(line));
    if (r.success) items.push(r.data);
    else errors.push(`${itemsFile}:${i + 1}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  });
  const truth = groundTruthSchema.parse(JSON.parse(readFileSync(truthFile, 'utf8')));
  return scoreSample(items, truth, deps);
}

// ---------- printing (text from the corpora is never printed raw: ids and JSON-escaped keys only)

const f = (n: number | null) => (n === null ? '   - ' : n.toFixed(3));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const safe = (s: string) => JSON.stringify(s);

function prfLine(label: string, c: Counts): string {
  const r = ratios(c);
  return `  ${pad(label, 22)} P ${f(r.precision)}  R ${f(r.recall)}  F1 ${f(r.f1)}   (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

function printTally(name: string, t: Tally, perKey: boolean): string[] {
  const out = [prfLine(name, t.total)];
  if (perKey) for (const k of t.keys()) out.push(prfLine(`  ${k}`, t.byKey.get(k)!));
  return out;
}

export function formatReport(report: EvalReport, verbose = false): string {
  const out: string[] = [];
  const s = report.sample;
  out.push('== sample ground truth (development set: written beside the detectors)');
  if ('missing' in s) out.push(`  ${s.missing}`);
  else {
    out.push(`  soliciting pairs ${s.soliciting}, decoys ${s.decoys}; flagged medium+ ${s.flagged}; precision ${f(s.precision)}, recall ${f(s.recall)}`);
    for (const m of [...s.missed.map((x) => `missed ${x}`), ...s.falsePositives.map((x) => `false positive ${x}`), ...s.decoysTooHigh.map((x) => `decoy too high ${x}`), ...s.missingIndicators.map((x) => `missing indicators ${x}`)]) out.push(`  ${m}`);
  }
  for (const sp of report.splits) {
    out.push('', `== split ${sp.split}`);
    if ('missing' in sp.posts) out.push(`posts: corpus missing (${sp.posts.missing})`);
    else {
      const p = sp.posts;
      out.push(`posts: ${p.posts}`);
      out.push(...printTally('promo_code', p.detectors.promo_code!, true));
      out.push(...printTally('disclosure', p.detectors.disclosure!, true));
      out.push(...printTally('referral_link', p.detectors.referral_link!, false));
      out.push(...printTally('context (warn/edu/jour)', p.detectors.context!, false));
      const byRole = new Map<string, { n: number; ok: number }>();
      for (const c of p.cases) {
        const r = byRole.get(c.role) ?? { n: 0, ok: 0 };
        r.n++;
        if (c.ok) r.ok++;
        byRole.set(c.role, r);
      }
      out.push('  cases (person x firm within the labelled bounds):');
      for (const [role, r] of [...byRole].sort()) out.push(`    ${pad(role, 12)} ${r.ok}/${r.n}`);
      const bad = p.cases.filter((c) => !c.ok);
      for (const c of bad) out.push(`    FAIL ${c.post} ${c.role} x ${c.firm}: ${c.level} (want ${c.minLevel ? `>= ${c.minLevel}` : ''}${c.maxLevel ? `<= ${c.maxLevel}` : ''})`);
      out.push(`  context posts with a sign of acting: ${p.contextWithAccess.length}${p.contextWithAccess.length ? ` (${p.contextWithAccess.join(', ')})` : ''}`);
      if (verbose) for (const m of p.misses) out.push(`    ${m.post} ${m.detector}: expected ${safe(m.expected.join(' '))} found ${safe(m.found.join(' '))}`);
    }
    if ('missing' in sp.links) out.push(`links: corpus missing (${sp.links.missing})`);
    else {
      const l = sp.links;
      out.push(`links: ${l.rows} URLs (${l.referrals} referral, ${l.nonReferrals} not)`);
      out.push(prfLine('referral_link', l.referral.total));
      out.push(`  false referrals ${l.falseReferrals}/${l.nonReferrals}; right code ${l.rightCode}/${l.referral.total.tp} found`);
      if (verbose) for (const m of l.misses) out.push(`    ${safe(m.url)}: ${m.why}`);
    }
    if ('missing' in sp.language) out.push(`language: corpus missing (${sp.language.missing})`);
    else {
      const g = sp.language;
      out.push(`language: accuracy ${f(g.rows ? g.correct / g.rows : null)} (${g.correct}/${g.rows})`);
      for (const [lang, r] of [...g.byLang].sort()) out.push(`  ${pad(lang, 4)} ${f(r.correct / r.n)} (${r.correct}/${r.n})`);
    }
  }
  if (report.corpusErrors.length) out.push('', 'corpus errors:', ...report.corpusErrors.map((e) => `  ${e}`));
  return `${out.join('\n')}\n`;
}

function toJson(report: EvalReport): unknown {
  const tally = (t: Tally) => ({ ...t.total, ...ratios(t.total), byKey: Object.fromEntries(t.keys().map((k) => [k, { ...t.byKey.get(k)!, ...ratios(t.byKey.get(k)!) }])) });
  return {
    sample: report.sample,
    corpusErrors: report.corpusErrors,
    splits: report.splits.map((sp) => ({
      split: sp.split,
      posts: 'missing' in sp.posts ? sp.posts : { ...sp.posts, detectors: Object.fromEntries(Object.entries(sp.posts.detectors).map(([k, t]) => [k, tally(t)])) },
      links: 'missing' in sp.links ? sp.links : { ...sp.links, referral: tally(sp.links.referral) },
      language: 'missing' in sp.language ? sp.language : { ...sp.language, byLang: Object.fromEntries(sp.language.byLang) },
    })),
  };
}

export async function evalCommand(opts: EvalOptions): Promise<void> {
  const report = runEval(opts);
  process.stdout.write(opts.json ? `${JSON.stringify(toJson(report))}\n` : formatReport(report, opts.verbose));
}
