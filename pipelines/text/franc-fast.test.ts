import assert from 'node:assert/strict';
import { test } from 'node:test';
import { francAll } from 'franc';
import { createFrancAll } from './franc-fast.ts';
import { FRANC_LANGUAGES } from './phrases/languages.ts';
import { hostileTexts } from './test-fixtures.ts';

const fast = createFrancAll(FRANC_LANGUAGES);
const reference = (t: string) => francAll(t, { only: [...FRANC_LANGUAGES], minLength: 1 });

const TEXTS = [
  'Sign up today and get a welcome bonus when you trade with my favourite exchange',
  "Inscrivez-vous aujourd'hui et recevez un bonus de bienvenue sur la meilleure plateforme d'échange",
  'Melde dich heute an und erhalte einen Willkommensbonus auf der besten Handelsplattform für Kryptowährungen',
  'Zaregistrujte se ještě dnes a získejte uvítací bonus na nejlepší obchodní platformě pro kryptoměny',
  'Înregistrează-te astăzi și primește un bonus de bun venit pe cea mai bună platformă',
  'Εγγραφείτε σήμερα και λάβετε μπόνους καλωσορίσματος ΣΤΗΝ ΚΑΛΥΤΕΡΗ ΠΛΑΤΦΟΡΜΑΣ. ΟΔΟΣ',
  'Регистрирайте се днес и получете бонус за добре дошли на най-добрата платформа',
  'Зарегистрируйтесь сегодня и получите приветственный бонус на лучшей торговой платформе',
  'Bugün kaydolun ve en iyi kripto para ticaret platformunda hoş geldin bonusu kazanın İSTANBUL',
  '今日登録してボーナスを獲得 🚀🚀 지금 가입하세요 مرحبا بكم नमस्ते दुनिया שלום สวัสดี',
  '🚀🚀🔥💰 moon soon 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐐀𐐁 \ud83d lone \udc00 surrogates ﬁnance',
  '  !!! 123 ... ',
  'a',
  'ab',
  '',
];

/** Deterministic mixes of the texts above: cut, glued and capitalised at random. */
function generated(count: number): string[] {
  let seed = 7;
  const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const a = TEXTS[rnd(TEXTS.length)] as string;
    const b = TEXTS[rnd(TEXTS.length)] as string;
    let s = a.slice(rnd(a.length + 1)) + (rnd(2) ? ' ' : '-') + b.slice(0, rnd(b.length + 1));
    if (rnd(4) === 0) s = s.toUpperCase();
    out.push(s);
  }
  return out;
}

test('same ranking and scores as franc, text by text', () => {
  for (const text of [...TEXTS, ...generated(2000), ...Object.values(hostileTexts())]) {
    assert.deepEqual(fast(text), reference(text), JSON.stringify(text.slice(0, 80)));
  }
});
