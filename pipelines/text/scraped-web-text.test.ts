// Classes found by running the detectors over a public set of scraped X posts (issue 7): text copied from a web page,
// with its layout's line breaks inside links and around mentions, and programming and AI posts whose words ("code",
// "type", "introduce", "Gemini") are promotion words elsewhere. Our own examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { createEnricher } from '../enrich/create-enricher.ts';
import type { NormalizedItem } from '../contracts/item.ts';
import { createFirmMatcher } from './firm-matcher.ts';
import { normaliseText } from './normalise-text.ts';
import { prepareText } from './prepare.ts';
import { catalogue, disclosureKindsIn, promoCodesIn } from './test-fixtures.ts';

const enrich = createEnricher({ catalogue, now: () => new Date('2026-12-07T00:00:00Z') });
const post = (text: string): NormalizedItem => ({
  id: 'x:scraped', platform: 'x', kind: 'post', publishedAt: '2026-12-01T10:00:00Z', collectedAt: '2026-12-02T10:00:00Z',
  author: { id: 'a1', handle: 'someone' }, text, links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] },
  evidence: { sha256: 'a'.repeat(64) },
});

test('a link the page split into its shown part and hidden rest is read whole, with its referral code', () => {
  const text = 'Spin the wheel with me 🎡 \nhttps://\nqorvex.io/regis\nter?ref=WHEEL77&utm_source=share\n…\nGood luck all';
  const e = enrich(post(text)).enrichment;
  assert.deepEqual(e.links.map((l) => [l.firmId, l.referralCode]), [['qorvex', 'WHEEL77']]);
  // Only layout: no obfuscation is reported, and the evidence text is unchanged.
  assert.deepEqual(e.obfuscations, []);
  assert.equal(enrich(post(text)).text, text);
  assert.equal(normaliseText('Join: https://www.\nqorvex.io/i/AB\nC123\n…').text, 'Join: https://www.qorvex.io/i/ABC123\n...'); // (NFKC writes the ellipsis as three dots)
  // A plain-text page or mail wraps a long link at a path or query boundary; a new link or a word on the next line is no rest of it.
  assert.equal(normaliseText('Arb on Qorvex: https://qorvex.io/register/\n?ref=ARB9&x=1').text, 'Arb on Qorvex: https://qorvex.io/register/?ref=ARB9&x=1');
  assert.equal(normaliseText('Docs: https://example.com/docs/\nhttps://example.com/b/c').text, 'Docs: https://example.com/docs/\nhttps://example.com/b/c');
  assert.equal(normaliseText('Visit https://example.com/\nThen sign up').text, 'Visit https://example.com/\nThen sign up');
  // Written without a scheme, a link wrapped right after a parameter's "=".
  assert.equal(normaliseText('fees 👇\nqorvex.io/register?ref=\n1xR7ab').text, 'fees 👇\nqorvex.io/register?ref=1xR7ab');
  assert.equal(normaliseText('score: 5=\n3').text, 'score: 5=\n3');
  // Without the "…" of a cut link, the next line is the post going on.
  assert.equal(normaliseText('Link: \nhttps://\nqorvex.io\nFirst come, first served.').text, 'Link: \nhttps://qorvex.io\nFirst come, first served.');
});

test('a mention the page set on its own line is put back into its sentence; a list of handles stays a list', () => {
  assert.equal(normaliseText('big thanks to \n@alice_trades\n for the stream, and \n@bob\n, see you').text, 'big thanks to @alice_trades for the stream, and @bob, see you');
  assert.equal(normaliseText('Follow:\n@alice\n@bob\n@carol').text, 'Follow:\n@alice\n@bob\n@carol');
  // "Partnership" after a mention the page moved to its own line is no label on a line of its own.
  assert.deepEqual(disclosureKindsIn(normaliseText('Shipped today:\n- new charts\n- \n@orbitlabs\n Partnership \n- dark mode').text), []);
});

test('"code" in a post about programming gives no plain-word code; an issued-looking code still counts', () => {
  assert.deepEqual(promoCodesIn('No more manual coding.\n→ Turn sketches into code\n→ Summarize papers in seconds'), []);
  assert.deepEqual(promoCodesIn('Our developers ship fast: design → code → deployment'), []);
  assert.deepEqual(promoCodesIn('Open to developers too. Qorvex code → LAUNCH24'), ['LAUNCH24']);
  assert.deepEqual(promoCodesIn('Qorvex code → moon, sign up today'), ['moon']);
});

test('verbs that are other words: a compound, a command-line option, a quoted title, a text in capitals', () => {
  assert.deepEqual(promoCodesIn('K-Pop Girl Group signs with a new label'), []);
  assert.deepEqual(promoCodesIn('@launcherbot deploy Token $ABC --supply 1000 --type x402'), []);
  assert.deepEqual(promoCodesIn("Senators introduce 'Maria's Law' after the hearing"), []);
  assert.deepEqual(promoCodesIn('HE PUT ON A WILD SHOW LAST NIGHT'), []);
  assert.deepEqual(promoCodesIn('Release 2.0 introduces major upgrades, complete with new docs'), []);
  assert.deepEqual(promoCodesIn('Readable code. Type inference. Fast builds.'), []);
  // A word alone in quotes after the verb, and a field named earlier in the sentence, still give a code.
  assert.deepEqual(promoCodesIn("Type 'moon' at sign-up on Qorvex"), ['moon']);
  assert.deepEqual(promoCodesIn('At the "referred by" step on Qorvex just type lunafox, that is me'), ['lunafox']);
  // A clause of a script written without spaces is no code.
  assert.deepEqual(promoCodesIn('Qorvex code: 動的コンテキストについて書きました'), []);
});

test('an AI model named like an exchange ("Google Gemini", "Gemini CLI", "Gemini 3 Flash") is no mention of it', () => {
  const withGemini = FirmCatalogue.fromJson({ version: 1, firms: [{ id: 'gemini-like', name: 'Gemini', aliases: ['Gemini'], status: 'third_country', domains: ['gemini-like.test'] }] }, 'test');
  const match = createFirmMatcher(withGemini);
  const firms = (text: string) => match(prepareText(text).t).map((h) => h.firmId);
  assert.deepEqual(firms('Google Gemini now writes the code for your app'), []);
  assert.deepEqual(firms('Connect Gemini CLI to the app and ship code'), []);
  assert.deepEqual(firms('Gemini 3 Flash beats it on code'), []);
  // In a post about programming, "code" and "app" are no crypto context for the bare name either.
  assert.deepEqual(firms('No more manual coding.\nGemini lives inside your browser and turns screenshots into code'), []);
  assert.deepEqual(firms('I bought BTC on Gemini today, great app'), ['gemini-like']);
});

test('"advertisement" labels a post only as a label; a label right after the post\'s closing link discloses', () => {
  assert.deepEqual(disclosureKindsIn('In the advertisement, she walks down from a plane'), []);
  assert.deepEqual(disclosureKindsIn('Advertisement\nSign up on Qorvex with code KAT55'), ['sponsored']);
  // X's "Promoted" badge, kept on its own line by a copy of the page; the word in a sentence is none.
  assert.deepEqual(disclosureKindsIn('Qorvex Hub\n@qorvexhub\nPromoted\nUse referral code HUB48 when you register.'), ['sponsored']);
  assert.deepEqual(disclosureKindsIn('This post was promoted by many people'), []);
  assert.deepEqual(disclosureKindsIn('Ingħaqad mat-tim tiegħi minn https://qorvex.io/i/MTJO55 Reklam.'), ['sponsored']);
  // Words after it: the label is a word of a sentence going on.
  assert.deepEqual(disclosureKindsIn('Read https://news.example.com/story about reklam in Malta'), []);
});
