// Everyday chatter: one or two sentences from the language's noise list, with a coin, a price and
// a percentage filled in, sometimes hashtags. No firm, no link, no code.
import type { SamplePlatform } from './cast.ts';
import type { Lang } from './langs.ts';
import { COINS, HASHTAGS, NOISE, NOISE_TITLES } from './phrases-noise.ts';
import type { Rng } from './prng.ts';

export function composeNoise(platform: SamplePlatform, lang: Lang, rng: Rng): { text: string; title?: string } {
  const list = NOISE[lang];
  const vars: Record<string, string> = {
    coin: rng.pick(COINS),
    price: lang === 'en' ? `$${rng.int(70, 140)}k` : `${rng.int(70, 140)}k`,
    pct: String(rng.int(4, 38)),
  };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  const first = rng.pick(list);
  let second = rng.pick(list);
  if (second === first) second = list[(list.indexOf(first) + 1) % list.length] ?? first;
  const sentences = rng.chance(0.6) ? [first, second] : [first];
  const tag = rng.pick(HASHTAGS);
  const body = sentences.map(fill).join(' ') + (tag ? ` ${tag}` : '');
  if (platform === 'youtube') {
    const title = `${rng.pick(NOISE_TITLES[lang])} (${rng.int(1, 52)}/2026)`;
    return { title, text: `${body}\n\n00:00 Intro\n0${rng.int(1, 4)}:${rng.int(10, 59)} BTC\n${rng.int(8, 15)}:${rng.int(10, 59)} ${vars.coin}` };
  }
  return { text: body };
}
