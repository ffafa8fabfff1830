// For speed work that must not change output: writes, one JSON per line, the enrichment of every
// sample item and posts-corpus row, the URL corpus (classified, and enriched inside a post), the
// markup corpus, 1,500 deterministic variants (pairs, case changes, cuts, zero-width spaces) with
// their language, and every corpora-* set's posts and language rows. enrichedAt is pinned, so two
// runs compare byte for byte:
//   node --import tsx bench/enrich-dump.ts /tmp/before.jsonl   (then, after the change)
//   node --import tsx bench/enrich-dump.ts /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { itemSchema, type NormalizedItem } from '../pipelines/contracts/item.ts';
import { createEnricher } from '../pipelines/enrich/create-enricher.ts';
import { loadCatalogue } from '../pipelines/firms/load-catalogue.ts';
import { classifyUrl } from '../pipelines/links/classify-url.ts';
import { postToItem, postRowSchema } from '../pipelines/eval/posts-corpus.ts';
import { detectLanguage } from '../pipelines/text/detect-language.ts';
import { prepareText } from '../pipelines/text/prepare.ts';

const catalogue = loadCatalogue({ includeSample: true });
const enrich = createEnricher({ catalogue, now: () => new Date('2026-06-02T00:00:00.000Z') });
const out: string[] = [];
const lines = (f: string) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8').split('\n').filter(Boolean);
const sample = lines('connectors/sample/items.jsonl').map((l) => itemSchema.parse(JSON.parse(l)));
for (const it of sample) out.push(JSON.stringify(enrich(it)));
const posts = lines('eval/corpora/posts.jsonl').map((l) => postToItem(postRowSchema.parse(JSON.parse(l))));
for (const it of posts) out.push(JSON.stringify(enrich(it)));
const withText = (base: NormalizedItem, text: string, i: number): NormalizedItem => ({ ...base, id: `${base.id}:v${i}`, text });
let i = 0;
for (const l of lines('eval/corpora/urls.jsonl')) {
  const r = JSON.parse(l) as { url: string };
  out.push(JSON.stringify(classifyUrl(r.url, catalogue)));
  out.push(JSON.stringify(enrich(withText(posts[0]!, `Join here ${r.url} now`, i++))));
}
for (const l of lines('eval/corpora/url-markup.jsonl')) {
  const r = JSON.parse(l) as { text: string };
  out.push(JSON.stringify(enrich(withText(posts[0]!, r.text, i++))));
}
// Variants: mixed pairs, upper/lower case, truncations — to reach more code paths deterministically.
const texts = [...sample, ...posts].map((x) => [x.title ?? '', x.text ?? ''].join('\n'));
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let k = 0; k < 1500; k++) {
  const a = texts[Math.floor(rnd() * texts.length)]!;
  const b = texts[Math.floor(rnd() * texts.length)]!;
  const mode = k % 5;
  const t = mode === 0 ? `${a} ${b}` : mode === 1 ? a.toUpperCase() : mode === 2 ? a.slice(0, Math.floor(rnd() * a.length)) : mode === 3 ? b.toLowerCase() + a.slice(Math.floor(rnd() * a.length)) : a.replace(/ /g, '\u200b ');
  const base = sample[k % sample.length]!;
  out.push(JSON.stringify(enrich(withText(base, t, i++))));
  out.push(JSON.stringify(detectLanguage(prepareText(t))));
}
// Every other corpus directory (the blind and fresh sets): their posts enriched, their language rows
// identified, so a speed change is checked on the classes each set was written for.
const evalDir = new URL('../eval/', import.meta.url);
for (const dir of readdirSync(evalDir).filter((d) => d.startsWith('corpora-')).sort()) {
  for (const [file, each] of [
    ['posts.jsonl', (l: string) => JSON.stringify(enrich(postToItem(postRowSchema.parse(JSON.parse(l)))))],
    ['language.jsonl', (l: string) => JSON.stringify(detectLanguage(prepareText((JSON.parse(l) as { text: string }).text)))],
  ] as const) {
    if (existsSync(new URL(`${dir}/${file}`, evalDir))) for (const l of lines(`eval/${dir}/${file}`)) out.push(each(l));
  }
}
writeFileSync(process.argv[2] ?? 'enrich-dump.jsonl', out.join('\n') + '\n');
console.log(`${out.length} lines`);
