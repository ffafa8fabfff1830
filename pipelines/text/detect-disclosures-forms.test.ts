// Disclosure classes found on the seventh blind corpus (issue 7): pay given to the author ("gives me
// commission"), rewarded alongside the reader ("I get €10 too"), earning from it without a pay noun, the post
// called an ad ("Kyseessä on mainos"), cooperation nouns as labels, abbreviations in brackets, a short aside in
// brackets. Our own examples, several languages, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { prepareText } from './prepare.ts';
import { disclosureKindsIn } from './test-fixtures.ts';

const kinds = disclosureKindsIn;

test('a link or code that gives the author pay is an affiliate disclosure', () => {
  for (const text of [
    'Koden giver mig provision, tak for støtten.',
    'Länken ger er en bonus och mig provision.',
    'The link gives me a small commission.',
    'Der Link gibt mir eine Provision.',
  ]) assert.deepEqual(kinds(text), ['affiliate'], text);
  assert.deepEqual(kinds('Give me a break, nobody pays commissions here.'), []);
});

test('rewarded alongside the reader, or earning from it, counts only where the post gives a link or a code', () => {
  for (const text of [
    'Sign up here https://qorvex.io/r/AB12 (I get €5 too, to be open about it)',
    'Mit meinem Link https://qorvex.io/r/AB12 bekomme ich selbst auch etwas.',
    'Met code TULP7 krijg je korting, ik krijg er zelf ook iets voor.',
    'Code SILLI9 on minun, ansaitsen siitä vähän.',
    'Kod PIWO5 – zarabiam na tym trochę.',
  ]) assert.deepEqual(kinds(text), ['affiliate'], text);
  for (const text of ['I get 5% APY too on my staked coins.', 'Ich verdiene daran nichts, sagt die Bank.']) assert.deepEqual(kinds(text), [], text);
});

test('the post called an ad in a sentence of its own, in several languages; negated or general statements are not', () => {
  for (const text of ['Kyseessä on mainos, ja koodi on SAUNA1.', 'Dies ist Werbung.', 'To je reklama.', 'Det er reklame for Qorvex.', "C'est une publicité."]) {
    assert.deepEqual(kinds(text), ['sponsored'], text);
  }
  for (const text of ['Tämä ei ole mainos.', 'Die Werbung ist überall.', 'Is this an ad? Ask the creator.']) assert.deepEqual(kinds(text), [], text);
});

test('cooperation nouns as labels are paid placements when they open a line or stand in brackets; in a list of terms they are not', () => {
  for (const text of ['Kod JESIEN na Qorvex.\n\nWspółpraca z Qorvex.', 'Code HERBST24 bei Qorvex. [Kooperation]', 'Samarbete: Qorvex, koden VINTER.']) {
    assert.deepEqual(kinds(text), ['paid_placement'], text);
  }
  assert.deepEqual(kinds('Parrainage, affiliation, partenariat : quelle différence ?'), []);
});

test('label abbreviations keep their dot inside brackets; a short bracketed aside discloses affiliate links even in an explainer', () => {
  assert.deepEqual(kinds('Code WINTER5 bei Qorvex eintragen. (Anz.)'), ['sponsored']);
  assert.deepEqual(kinds('Qué es Qorvex y cómo funciona.\nEnlaces (son enlaces de afiliado):\nhttps://qorvex.io/r/AB12'), ['affiliate']);
  assert.deepEqual(kinds('ANZ bank raised rates today.'), []);
});

test('a tag before a bar or a spaced dash opening its line is a label; a cooperation noun after "|" too; a contact line is not', () => {
  assert.deepEqual(kinds('adv | Facciamo trading su Qorvex, codice TORO7.'), ['sponsored']);
  assert.deepEqual(kinds('spons. | Trgujemo na Qorvexu.'), ['sponsored']);
  assert.deepEqual(kinds('Reklama | sadarbība ar Qorvex\nKods: RIGA5'), ['paid_placement', 'sponsored']);
  assert.deepEqual(kinds('📩 koostöö: tere@naide.ee\n📩 collab: hello@example.org'), []);
  assert.deepEqual(kinds('Ad - free app, no tracking.'), []);
});

test('sponsor-of-the-episode statements, ad-link compounds and "(ref)" disclose; "Ref:" captioning a link does not', () => {
  assert.deepEqual(kinds('Az adás szponzora a Qorvex, kód: BUDA5.'), ['sponsored']);
  assert.deepEqual(kinds("Today's sponsor is Qorvex: code TIDE5."), ['sponsored']);
  assert.deepEqual(kinds('Lingid on reklaamlingid.'), ['sponsored']);
  assert.deepEqual(kinds('Qorvex – $30 bonus (ref) → https://qorvex.io/r/AB12'), ['affiliate']);
  assert.deepEqual(kinds('Referral: https://qorvex.io/r/AB12 (4% off fees)'), []);
});

test('"EU" in capitals is not the Portuguese "eu": an explainer about influencers with "EU bonus" links stays an explainer', () => {
  const p = prepareText('It stops being that the moment an influencer markets to you: "exclusive EU bonus" links, an affiliate, all of it.');
  assert.ok(detectContext(p).has('explainer'));
  assert.deepEqual(kinds('It stops being that the moment an influencer markets to you: "exclusive EU bonus" links, an affiliate, all of it.'), []);
});

test('cooperation hashtags, the pay noun before its verb, "I have commission", and a code given as access for pay said without a noun', () => {
  assert.deepEqual(kinds('Kod: MYKONOS5 #συνεργασία'), ['paid_placement']);
  assert.deepEqual(kinds('A linkem: https://qorvex.io/r/AB12 – jutalékot kapok utána.'), ['affiliate']);
  assert.deepEqual(kinds('Jasné, SK120 – zadáš pri registrácii. Priznávam, že z toho mám províziu.'), ['affiliate']);
  const p = prepareText("vul 'tulpen' in bij aanmelden (ik krijg er ook een klein beetje voor)");
  assert.deepEqual(detectDisclosures(p, { context: detectContext(p), codeGiven: true }).map((d) => d.kind), ['affiliate']);
  assert.deepEqual(detectDisclosures(p, { context: detectContext(p) }).map((d) => d.kind), []);
  assert.deepEqual(kinds('Mám otázku k poplatkom.'), []);
});

test('an ad label closing the post after a spaced dash, "paid" next to a post noun, Maltese and Irish labels, Indonesian #iklan', () => {
  assert.deepEqual(kinds('Mein Einladungslink: https://qorvex.io/r/TANNE3 – Werbung.'), ['sponsored']);
  assert.deepEqual(kinds('Kod KRAS7 na Qorvexu | Oglas'), ['sponsored']);
  // No link, no code: a remark, not a label.
  assert.deepEqual(kinds('Krypto im Fernsehen – Werbung'), []);
  assert.deepEqual(kinds('Moja povezava: https://qorvex.io/r/LIPA2 — plačana objava.'), ['sponsored']);
  assert.deepEqual(kinds('Kod: BALTIK9. Betalt inlägg.'), ['sponsored']);
  assert.deepEqual(kinds('I paid for the post office box myself.'), []);
  assert.deepEqual(kinds('Irreġistra b\'din il-link: https://qorvex.io/r/MDINA . Reklam imħallas.'), ['sponsored']);
  assert.deepEqual(kinds('Uża l-link https://qorvex.io/r/MDINA — din hija rabta affiljata.'), ['affiliate']);
  assert.deepEqual(kinds('Cód: CLARE5 ar Qorvex. Fógraíocht.'), ['sponsored']);
  assert.deepEqual(kinds('Daftar lewat link ini ya https://qorvex.io/r/BATIK #iklan'), ['sponsored']);
  assert.deepEqual(kinds('Ini bukan iklan, cuma cerita.'), []);
});

test('a word that folds onto a negator of another language negates nothing', () => {
  // Hungarian "után" (after) is not Swedish "utan" (without).
  assert.deepEqual(kinds('Kód: TISZA8 — a regisztráció után jutalékot kapok.'), ['affiliate']);
  assert.deepEqual(kinds('Kód: TISZA8 — nem kapok jutalékot.'), []);
  // Danish, Dutch, Swedish "nu" is "now"; Romanian "nu" is "not". The post's language decides.
  const da = prepareText('Link: https://qorvex.io/r/HYGGE. Nu får jeg provision, når I opretter en konto.');
  assert.deepEqual(detectDisclosures(da, { context: detectContext(da), language: 'da' }).map((d) => d.kind), ['affiliate']);
  const ro = prepareText('Link: https://qorvex.io/r/DELTA. Nu primesc comision pentru asta.');
  assert.deepEqual(detectDisclosures(ro, { context: detectContext(ro), language: 'ro' }).map((d) => d.kind), []);
  // Dutch stress accents stay negators: "géén gesponsorde post".
  assert.deepEqual(kinds('Dit is géén gesponsorde post, ik ben gewoon blij met Qorvex.'), []);
});

test('identifiers quoted from code disclose nothing; a post giving its own code is no explainer for its pay statement', () => {
  assert.deepEqual(kinds('# referral-link-parser\n\nTells tracking parameters from referral ones: https://github.com/example/referral-link-parser'), []);
  assert.deepEqual(kinds('Set `affiliate_link: true` in config.yml to show the badge.'), []);
  // Two parts are still a word: "Affiliate-Link".
  assert.deepEqual(kinds('Mein Affiliate-Link: https://qorvex.io/r/TANNE3'), ['affiliate']);
  // "Why do I still use Qorvex?" asks about the author; the code given makes it a promotion.
  const p = prepareText('Prečo stále používam Qorvex? Kvôli likvidite. Môj odporúčací kód je TATRY55. Spolupráca je platená.');
  assert.deepEqual(detectDisclosures(p, { context: detectContext(p), codeGiven: true }).map((d) => d.kind), ['paid_placement']);
});

test("a community's staff paid, a share of the fees in Dutch, a paid partnership in Swedish", () => {
  assert.deepEqual(kinds('Official referral: https://qorvex.io/r/SUB1 — mods receive the referral rewards.'), ['affiliate']);
  assert.deepEqual(kinds('Mods receive reports from users: https://qorvex.io/help'), []);
  assert.deepEqual(kinds('wie mee wil doen: https://qorvex.io/r/KAAS, ik krijg een deel van de fees'), ['affiliate']);
  assert.deepEqual(kinds('Betalt partnerskap med Qorvex. Använd koden ELSA26'), ['paid_placement']);
});

test('"(afiliado)" in brackets, Dutch "vergoeding" for the author', () => {
  assert.deepEqual(kinds('Link de registo (afiliado): https://qorvex.io/r/INES4'), ['affiliate']);
  assert.deepEqual(kinds('Gebruik de code NOOR5 – ik ontvang een vergoeding per aanmelding.'), ['affiliate']);
});

test('a community paid ("the server gets a cut of the fees") is the author\'s pay; its share is no scheme explained', () => {
  for (const text of [
    'Join the league via https://qorvex.io/r/GUILD1 — the server gets a cut of the fees, which pays the prizes.',
    'Inscrivez-vous via https://qorvex.io/r/GUILD1 : le serveur touche une partie des frais.',
    'Anmeldung über https://qorvex.io/r/GUILD1, der Kanal bekommt einen Teil der Gebühren.',
    'Registrujte se přes https://qorvex.io/r/GUILD1, kanál dostává podíl z poplatků.',
  ]) assert.deepEqual(kinds(text), ['affiliate'], text);
  // Not paid: no share or pay after the verb; denied.
  assert.deepEqual(kinds('Join via https://qorvex.io/r/GUILD1 — the server gets a new bot next week.'), []);
  assert.deepEqual(kinds('Join via https://qorvex.io/r/GUILD1 — the server does not get any cut of the fees.'), []);
});

test('a report on a community paid by a firm discloses nothing of its author', () => {
  const text = 'In one channel we visited, the group "gets a cut of every trade", an admin said. Qorvex did not reply to a request for comment.';
  assert.deepEqual(kinds(text), []);
});

test('an ad label, a comma and the author saying they are paid; a label listed beside another marker; the verb without "this"', () => {
  for (const [text, want] of [
    ['Code ORCA5 at https://qorvex.io/r/ORCA5 🐋 Anzeige, ich bekomme dafür eine Provision.', ['affiliate', 'sponsored']],
    ['Kód ORCA5 na https://qorvex.io/r/ORCA5. Reklama, dostávám provizi za každou registraci.', ['affiliate', 'sponsored']],
    ['Open an account: https://qorvex.io/r/ORCA5 — partner link, advertisement.', ['affiliate', 'sponsored']],
    ['Registrera dig via https://qorvex.io/r/ORCA5\nReklam i samarbete med Qorvex.', ['paid_placement', 'sponsored']],
    ['Ο κωδικός μου ORCA5. Είναι διαφήμιση, παίρνω προμήθεια.', ['affiliate', 'sponsored']],
    ['Il mio codice ORCA5. È pubblicità.', ['sponsored']],
  ] as const) assert.deepEqual(kinds(text), [...want].sort(), text);
  // A question about the label, a label word in a list of topics, a post that gives no means of access.
  assert.deepEqual(kinds('Είναι διαφήμιση;'), []);
  assert.deepEqual(kinds('Anzeige, Marketing und PR sind Themen des Kurses.'), []);
  assert.deepEqual(kinds('Mehr zum Thema Affiliate-Link, Werbung.'), []);
});

test('a post said to contain a cooperation (the verb last in Turkish), a partner code, Tagalog pay', () => {
  assert.deepEqual(kinds('Kayıt: https://qorvex.io/r/ORCA5 Bu yayın iş birliği içerir.'), ['paid_placement']);
  assert.deepEqual(kinds('Mój kod ORCA5 – to kod partnerski, mam z tego prowizję.'), ['affiliate']);
  assert.deepEqual(kinds('Gamitin ang code ORCA5 (may komisyon ako, para malinaw).'), ['affiliate']);
  assert.deepEqual(kinds('Ang video na ito ay hindi sponsored at wala akong komisyon.'), []);
});

test('"I may receive a commission" and its modal forms in other languages', () => {
  for (const text of [
    'Some links here are affiliate links and I may receive a commission. https://qorvex.io/r/ORCA5',
    'Alguns links são de afiliado e posso receber uma comissão. https://qorvex.io/r/ORCA5',
    'Algunos enlaces son de afiliado y puedo recibir una comisión. https://qorvex.io/r/ORCA5',
  ]) assert.ok(kinds(text).includes('affiliate'), text);
});
