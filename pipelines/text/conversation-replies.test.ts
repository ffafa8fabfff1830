// Classes found on the thirty-third blind corpus (issue 7): comment threads, replies, complaints and support threads.
// A reporter asking users for their stories, an FAQ reply explaining referral programmes ("that is advertising, not
// advice"), "we both get a bonus" after a link, "le code c'est X", and a quoted phrase after a code word. Our own
// examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { prepareText } from './prepare.ts';
import { disclosureKindsIn, promoCodesIn } from './test-fixtures.ts';

const kinds = (text: string) => detectContext(text).findings.map((f) => f.kind);

test('a first sentence introducing its author as a reporter is a report, in any EU language', () => {
  for (const text of [
    'Hello everyone, I am a reporter at a crypto weekly looking into Qorvex payout delays. DM me if yours is stuck.',
    "Salut, je suis journaliste et j'enquête sur les comptes bloqués chez Qorvex. Écrivez-moi.",
    'Dobrý den, jsem redaktorka a píšu o zpožděných výplatách na Qorvex.',
    'Ħbieb, jien ġurnalista u qed nikteb dwar il-kontijiet iffriżati fuq Qorvex.',
    'Sziasztok, újságíró vagyok, a Qorvex késő kifizetéseiről írok.',
    'Hej, jeg er journalist og skriver om Qorvex-udbetalinger.',
  ]) assert.deepEqual(kinds(text), ['report'], text);
  // Someone else introduced, a reporter met later in the text, or a code given: no report.
  assert.deepEqual(kinds('Yesterday at the meetup a reporter from a big paper asked me about Qorvex payouts.'), []);
  assert.deepEqual(kinds('Mein Bruder ist Journalist und nutzt Qorvex.'), []);
  assert.deepEqual(kinds('Hi, I am a reporter turned trader: my Qorvex code is ANNA7'), []);
});

test('an FAQ reply calling a referral scheme "advertising, not advice" labels nothing of its own post', () => {
  for (const text of [
    'Uit de FAQ: bij een verwijzingsprogramma krijgt wie de code deelt een deel van jouw kosten. Dat is reclame, geen advies.',
    "Dalle FAQ: un programma referral dà a chi condivide il codice una parte delle tue commissioni. È pubblicità, non un consiglio.",
  ]) assert.deepEqual(disclosureKindsIn(text), [], text);
  // With a code of its own, "that is an ad" labels the post.
  const own = prepareText('Qorvex code ANNA7 gives a share of your fees back. Dit is reclame.');
  assert.deepEqual(detectDisclosures(own, { context: detectContext(own), codeGiven: true }).map((d) => d.kind), ['sponsored']);
  assert.deepEqual(detectDisclosures(own, { context: detectContext(own) }).map((d) => d.kind), []);
});

test('an FAQ explaining who gets a share of the fees is an explainer in Slovak, Bulgarian and Finnish too', () => {
  for (const text of [
    'Z FAQ: pri odporúčacom programe dostane ten, kto zdieľa kód, časť tvojich poplatkov.',
    'Въпрос от коментарите: поканващият взима част от таксите ви.',
    'UKK: jakaja saa osan kaupankäyntikuluistasi.',
  ]) assert.ok(kinds(text).includes('explainer'), text);
});

test('"we both get a bonus" after a link is affiliate pay; Czech "je" (is) is not Dutch "je" (you)', () => {
  assert.deepEqual(disclosureKindsIn('Odpovídám všem: můj odkaz je https://qorvex.io/register?ref=KUBA9 a oba dostaneme bonus.'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Atsakymas visiems: mano nuoroda https://qorvex.io/register?ref=TOMAS1, abu gausime premiją.'), ['affiliate']);
  // Dutch "je" is still "you": two readers both get the bonus, not the author.
  assert.deepEqual(disclosureKindsIn('Via https://qorvex.io/register?ref=ANNA7 krijgen jullie allebei een bonus als je je aanmeldt.'), []);
});

test('"le code c\'est X" is a code; a quoted phrase after a code word is none', () => {
  assert.deepEqual(promoCodesIn("@lea oui ! le code Qorvex c'est LEAQX, lien en bio"), ['LEAQX']);
  assert.deepEqual(promoCodesIn('le code c’est LEAQX'), ['LEAQX']);
  assert.deepEqual(promoCodesIn("Signed up with someone's Qorvex code for the 'welcome bonus' and never got it."), []);
  assert.deepEqual(promoCodesIn("use code 'anna' on Qorvex"), ['anna']);
});

// Classes found on the thirty-fourth blind corpus (issue 7): Telegram channels and trading-signal groups.

test('news of a supervisor reminding that paid signal channels are advertising is a report, and labels nothing', () => {
  for (const text of [
    '📰 Vijesti: HANFA podsjeća da su plaćeni signalni kanali oglašavanje; Qorvex bilježi ispad.',
    "📰 Aħbarijiet: l-MFSA tfakkar li l-kanali tas-sinjali mħallsa huma reklamar; Qorvex tikseb liċenzja.",
  ]) {
    assert.deepEqual(kinds(text), ['report'], text);
    assert.deepEqual(disclosureKindsIn(text), [], text);
  }
});

test('a news or lesson header emoji marks a link-less, code-less channel post a report or an explainer', () => {
  assert.deepEqual(kinds('📰 Morning digest\n• Qorvex lists two new perps\n• Kraken outage overnight'), ['report']);
  assert.deepEqual(kinds('📚 Funding rate 101\nOn perpetuals longs pay shorts when the rate is positive.'), ['explainer']);
  // A code word or a link makes it a promoter's post.
  assert.deepEqual(kinds('📚 Funding rate 101: trade it on Qorvex with my code ANNA7'), []);
  assert.deepEqual(kinds('📰 Qorvex news: sign up at https://qorvex.io/register?ref=ANNA7'), []);
});

test('a how-heading with a colon opens an explanation; not in a promoter\'s tutorial with a link or a code', () => {
  assert.deepEqual(kinds('How referral programmes work: when a channel posts "register with my link", the exchange pays the channel a share.'), ['explainer']);
  assert.deepEqual(kinds('How to sign up: go to https://qorvex.io/register?ref=ANNA7 and enter code ANNA7'), []);
  assert.deepEqual(kinds('Why Qorvex: low fees, code ANNA7'), []);
});

test('"(referral)" after a link discloses it like "(ref)"; a quoted code "from @another" is theirs', () => {
  assert.deepEqual(disclosureKindsIn('No account? https://qorvex.io/register?ref=DESI5 (referral). Go.'), ['affiliate']);
  // "my referral link" stays one marker (a bracketed "my referral" would take its first two words).
  assert.deepEqual(disclosureKindsIn("same link as in the video → https://qorvex.io/register?ref=DESI5 — it's my referral link"), ['affiliate']);
  assert.deepEqual(promoCodesIn('Some of you asked whether code FROSTY10 from @frostbite_calls works on Qorvex: no, that is their code.'), []);
  assert.deepEqual(promoCodesIn('Use my Qorvex code ANNA7'), ['ANNA7']);
});
