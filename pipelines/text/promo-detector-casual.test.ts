// Promo-code classes found on the ninth blind corpus (issue 7), written the way ordinary people post: a plain word
// named by "<firm> code is", a remark on how to write it ("(lowercase)"), the field it goes in named after it, four
// digits behind a colon, Greeklish code words, one code written twice in two cases. Our own examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { promoCodesIn } from './test-fixtures.ts';

const codes = promoCodesIn;

test('"<firm> code is <word>" closing its clause names a plain word as the code, in many languages', () => {
  for (const [text, code] of [
    ['qorvex kod to zosia (serio). działa też w apce', 'zosia'],
    ['Qorvex kods ir laima — tas ir viss', 'laima'],
    ['qorvex koodi on mustikka ... pienellä tai isolla', 'mustikka'],
    ['el código de qorvex es churro, lo juro', 'churro'],
    ['qorvex kod je ankica 🙃 po baki', 'ankica'],
  ] as const) assert.deepEqual(codes(text), [code], text);
  // What the code is said to be, a word that goes on, or no firm by the code word: no code.
  for (const text of [
    'the qorvex code is expired.',
    'Qorvex Code ist ungültig, sorry',
    'qorvex kod je neplatny.',
    'my qorvex code is simple: buy the dip',
    'il mio codice è personale.',
    'the code is rubbish, fees are high',
    'qorvex kod to kasia i basia razem',
  ]) assert.deepEqual(codes(text), [], text);
});

test('a remark on how to write it, set off right after a word, marks the word as the code', () => {
  assert.deepEqual(codes('ползвайте за qorvex borislava (с малки букви) при регистрация'), ['borislava']);
  assert.deepEqual(codes('mój kod: wisla (tak, małymi literami)'), ['wisla']);
  assert.deepEqual(codes('Code for Qorvex: brezel – all caps works too'), ['brezel']);
  // No code in the post: a remark about a brand's spelling names no code.
  assert.deepEqual(codes('Qorvex (all caps) is how they write the brand.'), []);
});

test('the field named after the word, four digits behind a colon, Greeklish code words', () => {
  assert.deepEqual(codes('απλά γράψτε portokali στο πεδίο πρόσκλησης'), ['portokali']);
  assert.deepEqual(codes('just type comet into the invite field'), ['comet']);
  assert.deepEqual(codes('enter your email in the field'), []);
  assert.deepEqual(codes('Qorvex code: 0612 (my birthday)'), ['0612']);
  assert.deepEqual(codes('Qorvex code: 2024 was a great year.'), []);
  assert.deepEqual(codes('valte ton kwdiko mou ELENI77 sthn eggrafh'), ['ELENI77']);
});

test('a code written twice in two cases, one sentence apart, is one code in the form written first', () => {
  assert.deepEqual(codes('qorvex kod: pepparkaka. PEPPARKAKA går också bra'), ['pepparkaka']);
});

test('"the new one is X" with the code word left out gives the code that replaces an expired one', () => {
  assert.deepEqual(codes('ojo, el código PRIMA24 ya caducó, el nuevo de qorvex es OTONO25'), ['OTONO25']);
  assert.deepEqual(codes('the old code SUMMER24 expired, the new one is AUTUMN25'), ['AUTUMN25']);
  assert.deepEqual(codes('le code ETE24 a expiré, le nouveau c\'est AUTOMNE25'), ['AUTOMNE25']);
  assert.deepEqual(codes('the new one is better, trust me'), []);
  assert.deepEqual(codes('New York is great in autumn'), []);
});

test('four digits in the code slot are a code unless they read as a year or an amount', () => {
  assert.deepEqual(codes('Rekisteröitymiskoodi 0612 (kyllä, syntymäpäiväni)'), ['0612']);
  assert.deepEqual(codes('Na Qorvexu ob registraciji vpišite kodo 2506 in dobite popust'), ['2506']);
  assert.deepEqual(codes('my referral code is my birthday: 0304 → qorvex.io'), ['0304']);
  for (const text of ['Qorvex code 2025 edition is out', 'Qorvex promo code 1000 USDT bonus', 'Qorvex promo code 5000 € bonus']) assert.deepEqual(codes(text), [], text);
});

test('"code <word> on <firm>" and "with the code <word>" in a case form name a plain word; a question or a colon after it does not', () => {
  assert.deepEqual(codes('kód zima na Qorvex stále platí'), ['zima']);
  assert.deepEqual(codes('code moon on Qorvex still works'), ['moon']);
  assert.deepEqual(codes('Uutena käyttäjänä saat bonuksen koodilla kuusikko (linkki biossa).'), ['kuusikko']);
  assert.deepEqual(codes("x'kodiċi nuża fuq qorvex?"), []);
  assert.deepEqual(codes('A Qorvexen ezzel a kóddal regisztráljatok: PETI7'), ['PETI7']);
});

test('a template placeholder left in an ad is no code', () => {
  for (const text of ['Use code {{promo_code}} or tap below.', 'Qorvex code: %CODE% today', 'promo code [PROMO_CODE] for Qorvex']) assert.deepEqual(codes(text), [], text);
  assert.deepEqual(codes('Use code QX5 or tap below.'), ['QX5']);
});

test('an answer under a code question whose sentence says how to write it gives a plain word; a plain answer does not', () => {
  assert.deepEqual(codes('— Ce cod folosești pe Qorvex?\n— dunarea, scris exact așa, cu litere mici.'), ['dunarea']);
  assert.deepEqual(codes('— Ce cod folosești pe Qorvex?\n— dunarea e frumoasă azi.'), []);
});

test('a code in a sentence about what an influencer or creator does, or a made-up example, is not the author\'s offer', () => {
  for (const text of [
    'Por la redacción\n\nEn un vídeo, un creador sevillano anima a sus seguidores a registrarse en Qorvex con el código TORERO.',
    'Egy budapesti influenszer arra biztatja követőit, hogy a Qorvexen a DUNA50 kódot használják.',
    'Ein Influencer forderte seine Zuschauer auf, bei Qorvex den Code ALPEN7 einzugeben.',
    'Exemple fictif : un code PRENOM2024 sur une plateforme X.',
  ]) assert.deepEqual(codes(text), [], text);
  // The author's own code beside such a sentence stays.
  assert.deepEqual(codes('Influencers love codes. Mine is honest: my code QX5 on Qorvex.'), ['QX5']);
});

test('a chat line\'s speaker is no code, also when answering a question about codes', () => {
  assert.deepEqual(codes('[19:03] rookie_jan: does "use my code" on Qorvex mean it is paid?\n[19:04] teacher_ines: almost always.'), []);
  assert.deepEqual(codes('[19:03] rookie_jan: any code for Qorvex?\n[19:04] sam_b: JAN2026 works'), ['JAN2026']);
});

test('a code followed by "the old X expired" in its sentence is the current one; "new" after the noun renews too', () => {
  assert.deepEqual(codes('Code from the video for Qorvex: SUNSET26 (the old SPRING25 one expired in March).'), ['SUNSET26']);
  assert.deepEqual(codes('Cod nou pentru Qorvex: MICI7 (vechiul IARNA24 a expirat).'), ['MICI7']);
  assert.deepEqual(codes('Código novo para a Qorvex: FADO25 (o antigo, NATAL24, já expirou).'), ['FADO25']);
  // An old post, not an old code: the code itself is the expired one.
  assert.deepEqual(codes('Il codice ESTATE24 che avevo messo nel vecchio post è scaduto, scusate.'), []);
});

test('Finnish "se" (it) after an enter-verb points back at a code named by "the code is"', () => {
  assert.deepEqual(codes('Koodi videolta on sauna 🧖 – syötä se Qorvexiin rekisteröityessä.'), ['sauna']);
  assert.deepEqual(codes('kod to pierogi, wpisz się na listę'), []);
});

test('"the code is x" with the firm named later in the sentence names a plain word; a predicate or a colon does not', () => {
  assert.deepEqual(codes('Koden är vinter – gäller på Qorvex'), ['vinter']);
  assert.deepEqual(codes('The code is expired – it was for Qorvex'), []);
  assert.deepEqual(codes('Koden är vinter. Qorvex har bra avgifter.'), []);
});

test('code words of neighbouring languages (Catalan, Icelandic, Albanian, Belarusian) and their use-verbs', () => {
  assert.deepEqual(codes('Registra\'t a Qorvex amb el meu codi PAU_BCN i tindràs un bonus'), ['PAU_BCN']);
  assert.deepEqual(codes('Notaðu kóðann hekla á Qorvex'), ['hekla']);
  assert.deepEqual(codes('Regjistrohu në Qorvex me kodin tim BESA7'), ['BESA7']);
  assert.deepEqual(codes('Зарэгіструйцеся на Qorvex з маім кодам MINSK_Q'), ['MINSK_Q']);
});

test('Turkish "bu kodla" gives the code after the colon; a disclosure heading after a code line is no code', () => {
  assert.deepEqual(codes("Qorvex'e bu kodla kayıt olun: ANKR42, ücretlerde indirim var."), ['ANKR42']);
  assert.deepEqual(codes('Trade on Qorvex with my code: https://qorvex.io/r/QX5\n\n> Disclosure: the last link is a referral link.'), []);
});
