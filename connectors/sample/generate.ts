// Generates the bundled sample data set: items.jsonl, raw.jsonl (the platform payloads the evidence
// hashes cover), ground-truth.json and bad-input.jsonl. Deterministic: same seed, same bytes.
// Run: node --import tsx connectors/sample/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { itemSchema, type NormalizedItem } from '../../pipelines/contracts/item.ts';
import { buildBadInput } from './bad-input.ts';
import { NOISE_COUNTS, PERSONS, person, type Category, type SamplePlatform } from './cast.ts';
import { composeNoise } from './compose-noise.ts';
import { composeSolicit } from './compose-solicit.ts';
import { DECOY_PLANS } from './decoy-posts.ts';
import { personKey, type Draft, type Shaped } from './draft.ts';
import { firmName } from './firm-links.ts';
import { expectedMinLevel, sortIndicators, tally, type GroundTruth, type GroundTruthItem, type GroundTruthPair } from './ground-truth.ts';
import type { Lang } from './langs.ts';
import { Rng } from './prng.ts';
import { resetMetaAdIds, shapeMetaAd } from './shape-meta-ads.ts';
import { resetTelegramIds, shapeTelegram } from './shape-telegram.ts';
import { resetXIds, shapeX } from './shape-x.ts';
import { resetYouTubeIds, shapeYouTube } from './shape-youtube.ts';
import { SOLICIT_PLANS } from './solicit-plans.ts';

export const SEED = 20260611;
const WINDOW_START = Date.parse('2026-01-02T00:00:00Z');
const WINDOW_END = Date.parse('2026-10-28T00:00:00Z');

interface Planned {
  draft: Draft;
  category: Category;
  firms: string[];
  /** Ground-truth pair this item belongs to (soliciting/decoy), keyed by plan. */
  pairKey: string | null;
  tags: Set<string>;
}

/** A campaign runs over a few months; its posts fall inside that span at daytime hours. */
function campaignDates(rng: Rng, n: number): Date[] {
  const span = rng.int(60, 200) * 86_400_000;
  const start = WINDOW_START + rng.float() * (WINDOW_END - WINDOW_START - span);
  return Array.from({ length: n }, () => {
    const day = Math.floor(start + rng.float() * span);
    const d = new Date(day - (day % 86_400_000) + rng.int(6, 21) * 3_600_000 + rng.int(0, 3599) * 1000);
    return d;
  });
}

function queryFor(platform: SamplePlatform, term: string, lang: Lang, handle: string): string {
  switch (platform) {
    case 'x':
      return `"${term}" lang:${lang}`;
    case 'youtube':
      return `${term} relevanceLanguage=${lang}`;
    case 'meta_ads':
      return `search_terms=${term}&ad_reached_countries=EU`;
    case 'telegram':
      return `channel:${handle}`;
  }
}

export function plan(rng: Rng): Planned[] {
  const out: Planned[] = [];
  const seen = new Set<string>();
  // Re-roll until unique: the data set must not contain copy-paste texts.
  const unique = <T extends { text: string }>(make: () => T): T => {
    for (let i = 0; i < 40; i++) {
      const c = make();
      if (!seen.has(c.text)) {
        seen.add(c.text);
        return c;
      }
    }
    throw new Error('could not compose a unique text');
  };

  for (const sp of SOLICIT_PLANS) {
    const who = person(sp.person);
    const name = sp.genericName ?? firmName(sp.firm);
    for (const [platform, n] of Object.entries(sp.counts) as Array<[SamplePlatform, number]>) {
      const dates = campaignDates(rng, n);
      dates.forEach((publishedAt, index) => {
        const lang = who.langs[index % who.langs.length] as Lang;
        const c = unique(() => composeSolicit(sp, who, platform, lang, index, rng));
        out.push({
          draft: { person: who, platform, lang, text: c.text, title: c.title, logo: c.logo, ad: c.ad, publishedAt, query: queryFor(platform, name, lang, who.handles[platform] ?? '') },
          category: 'soliciting',
          firms: [sp.firm],
          pairKey: `solicit|${sp.person}|${sp.firm}|${platform}`,
          tags: c.tags,
        });
      });
    }
  }

  for (const dp of DECOY_PLANS) {
    const who = person(dp.person);
    const dates = campaignDates(rng, dp.posts.length);
    dp.posts.forEach((post, i) => {
      seen.add(post.text);
      const term = post.firms[0] === '*' ? 'code promo' : firmName(post.firms[0] ?? 'qorvex');
      out.push({
        draft: { person: who, platform: post.platform, lang: post.lang, text: post.text, title: post.title, logo: post.logo, publishedAt: dates[i] ?? new Date(WINDOW_START), query: queryFor(post.platform, term, post.lang, who.handles[post.platform] ?? '') },
        category: 'decoy',
        firms: post.firms,
        pairKey: `decoy|${dp.person}`,
        tags: new Set(dp.indicators),
      });
    });
  }

  for (const who of PERSONS.filter((x) => x.category === 'noise')) {
    const platform = Object.keys(who.handles)[0] as SamplePlatform;
    const lang = who.langs[0] as Lang;
    const n = NOISE_COUNTS[who.id] ?? 0;
    const dates = Array.from({ length: n }, () => new Date(WINDOW_START + Math.floor(rng.float() * (WINDOW_END - WINDOW_START))));
    for (const publishedAt of dates) {
      const c = unique(() => composeNoise(platform, lang, rng));
      out.push({
        draft: { person: who, platform, lang, text: c.text, title: c.title, publishedAt, query: queryFor(platform, 'bitcoin', lang, who.handles[platform] ?? '') },
        category: 'noise',
        firms: [],
        pairKey: null,
        tags: new Set(),
      });
    }
  }
  // Chronological, as a crawler would deliver them; ties broken by text for stability.
  out.sort((a, b) => a.draft.publishedAt.getTime() - b.draft.publishedAt.getTime() || a.draft.text.localeCompare(b.draft.text));
  return out;
}

function shape(d: Draft, rng: Rng): Shaped {
  switch (d.platform) {
    case 'x':
      return shapeX(d, rng);
    case 'youtube':
      return shapeYouTube(d, rng);
    case 'meta_ads':
      return shapeMetaAd(d, rng);
    case 'telegram':
      return shapeTelegram(d, rng);
  }
}

function pairs(planned: Planned[], items: NormalizedItem[]): GroundTruthPair[] {
  const out: GroundTruthPair[] = [];
  const groups = new Map<string, Array<{ p: Planned; item: NormalizedItem }>>();
  planned.forEach((p, i) => {
    if (!p.pairKey) return;
    const list = groups.get(p.pairKey) ?? [];
    list.push({ p, item: items[i] as NormalizedItem });
    groups.set(p.pairKey, list);
  });
  for (const sp of SOLICIT_PLANS) {
    for (const platform of Object.keys(sp.counts) as SamplePlatform[]) {
      const group = groups.get(`solicit|${sp.person}|${sp.firm}|${platform}`) ?? [];
      const indicators = sortIndicators(group.flatMap(({ p }) => [...p.tags]));
      const catalogued = !sp.firm.startsWith('domain:');
      out.push({
        person: personKey(platform, person(sp.person).handles[platform] ?? ''),
        firm: sp.firm,
        expected: 'soliciting',
        minLevel: expectedMinLevel(indicators, group.length, catalogued),
        indicators,
        reason: catalogued ? sp.reason : `${sp.reason}. New firm: not in the catalogue, identified by its registrable domain.`,
        items: group.length,
      });
    }
  }
  for (const dp of DECOY_PLANS) {
    const group = groups.get(`decoy|${dp.person}`) ?? [];
    const byKey = new Map<string, { platform: SamplePlatform; firm: string; n: number }>();
    for (const { p } of group) {
      for (const f of p.firms) {
        const k = `${p.draft.platform}|${f}`;
        const e = byKey.get(k) ?? { platform: p.draft.platform, firm: f, n: 0 };
        e.n++;
        byKey.set(k, e);
      }
    }
    for (const e of byKey.values()) {
      out.push({
        person: personKey(e.platform, person(dp.person).handles[e.platform] ?? ''),
        firm: e.firm,
        expected: 'decoy',
        maxLevel: dp.maxLevel,
        indicators: sortIndicators(dp.indicators),
        reason: dp.reason,
        items: e.n,
      });
    }
  }
  return out;
}

export function generate(): { items: NormalizedItem[]; raws: Array<{ id: string; sha256: string; payload: unknown }>; truth: GroundTruth } {
  for (const reset of [resetXIds, resetYouTubeIds, resetMetaAdIds, resetTelegramIds]) reset();
  const rng = new Rng(SEED);
  const planned = plan(rng);
  const items: NormalizedItem[] = [];
  const raws: Array<{ id: string; sha256: string; payload: unknown }> = [];
  const truthItems: Record<string, GroundTruthItem> = {};
  for (const p of planned) {
    const shaped = shape(p.draft, rng);
    // Fail the generator, not a consumer, if a generated item ever breaks the contract.
    const item = itemSchema.parse(shaped.item);
    if (truthItems[item.id]) throw new Error(`duplicate id ${item.id}`);
    items.push(item);
    raws.push({ id: item.id, sha256: item.evidence.sha256, payload: shaped.raw });
    truthItems[item.id] = { person: personKey(p.draft.platform, item.author.handle ?? ''), lang: p.draft.lang, category: p.category, firms: p.firms };
  }
  const truth: GroundTruth = {
    version: 1,
    generator: 'connectors/sample/generate.ts',
    seed: SEED,
    pairs: pairs(planned, items),
    items: truthItems,
    counts: {
      items: items.length,
      byPlatform: tally(items.map((i) => i.platform)),
      byLanguage: tally(planned.map((p) => p.draft.lang)),
      byCategory: tally(planned.map((p) => p.category)),
    },
    notes: [
      'All persons, handles, firms, codes and phone numbers are fictional. Firms are those of config/sample-firms.json.',
      'person is the personKey `<platform>:<handle lower-case without @>`; a person active on several platforms has one pair per platform.',
      'firm "domain:vexaprime.io" is a firm outside the catalogue, found only through a generic invite-link pattern (…/register?inviteCode=VX42); it is identified by its registrable domain.',
      'firm "*" means any firm: the person promotes no crypto firm at all (non-crypto affiliate content) and no case about them should exceed maxLevel.',
      'indicators are computed from what the generator actually put into the items of the pair; they are the codes a detector is expected to find, not an exhaustive list.',
      'minLevel/maxLevel bound the case level expected for the pair; decoys with maxLevel "none" should produce no case (firm self-promotion, non-crypto affiliate).',
      'x:qorvex is the firm\'s own official account: firm self-promotion, not a person acting on its behalf; exclude.',
      'x:whale_signals carries referral links, codes and #ad but has no EU nexus (US author, English, dollars, no EU targeting): at most low.',
      'x:halvora_fan_it links only to halvora.eu, the EU-authorised entity of the Halvora group (Halvora Europe UAB, LT): counter-indication.',
      'items maps every item id to its author personKey, language, category and firms; languages are the ones the texts were written in.',
      'X items carry t.co links in text, with the expanded URLs in links[].expandedUrl, as the X API returns them.',
    ],
  };
  return { items, raws, truth };
}

function main(): void {
  const { items, raws, truth } = generate();
  const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
  writeFileSync(here('./items.jsonl'), items.map((i) => JSON.stringify(i)).join('\n') + '\n');
  writeFileSync(here('./raw.jsonl'), raws.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(here('./ground-truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const good = items.find((i) => i.platform === 'x' && i.links.length > 0) ?? (items[0] as NormalizedItem);
  const other = items.find((i) => i.platform === 'youtube') ?? good;
  const bad = buildBadInput(good, other);
  writeFileSync(here('./bad-input.jsonl'), bad.bytes);
  writeFileSync(here('./bad-input.cases.json'), JSON.stringify(bad.cases, null, 2) + '\n');
  console.log(`items: ${items.length}`, truth.counts.byPlatform, truth.counts.byLanguage, truth.counts.byCategory, `pairs: ${truth.pairs.length}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
