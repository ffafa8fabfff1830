import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { prepareText } from './prepare.ts';

const found = (text: string, language?: string) => detectDisclosures(text, { language }).map((d) => [d.marker, d.kind, d.language]);

test('disclosures in many languages', () => {
  const cases: Array<[text: string, marker: string, kind: string, lang: string | null]> = [
    ['Great exchange #ad', '#ad', 'sponsored', 'en'],
    ['#Sponsored: Qorvex', '#Sponsored', 'sponsored', 'en'],
    ['This video is sponsored by Qorvex', 'This video is sponsored', 'sponsored', 'en'],
    ['Paid partnership with Qorvex', 'Paid partnership', 'paid_placement', 'en'],
    ['Affiliate link below', 'Affiliate link', 'affiliate', 'en'],
    ['#werbung Qorvex ist top', '#werbung', 'sponsored', 'de'],
    ['Bezahlte Partnerschaft mit Qorvex', 'Bezahlte Partnerschaft', 'paid_placement', 'de'],
    ['Enthält Werbung für Qorvex', 'Enthält Werbung', 'sponsored', 'de'],
    ['[Anzeige] Qorvex', 'Anzeige', 'sponsored', 'de'],
    ['Werbung: Qorvex', 'Werbung', 'sponsored', 'de'],
    ['Collaboration commerciale avec Qorvex', 'Collaboration commerciale', 'paid_placement', 'fr'],
    ['#pub Qorvex', '#pub', 'sponsored', 'fr'],
    ['Lien affilié en bio', 'Lien affilié', 'affiliate', 'fr'],
    ['Contenuto sponsorizzato da Qorvex', 'Contenuto sponsorizzato', 'sponsored', 'it'],
    ['#adv Qorvex', '#adv', 'sponsored', 'it'],
    ['Link di affiliazione qui sotto', 'Link di affiliazione', 'affiliate', 'it'],
    ['#publi Qorvex', '#publi', 'sponsored', null],
    ['Contenido patrocinado', 'Contenido patrocinado', 'sponsored', 'es'],
    ['Enlace de afiliado abajo', 'Enlace de afiliado', 'affiliate', 'es'],
    ['Parceria paga com Qorvex', 'Parceria paga', 'paid_placement', 'pt'],
    ['Materiał sponsorowany', 'Materiał sponsorowany', 'sponsored', 'pl'],
    ['Płatna współpraca z Qorvex', 'Płatna współpraca', 'paid_placement', 'pl'],
    ['Link afiliacyjny w opisie', 'Link afiliacyjny', 'affiliate', 'pl'],
    ['Betaalde samenwerking met Qorvex', 'Betaalde samenwerking', 'paid_placement', 'nl'],
    ['#spon Qorvex', '#spon', 'sponsored', 'en'],
    ['Reklam: Qorvex', 'Reklam', 'sponsored', null], // sv "reklam" and hu "reklám" fold alike
    ['Annons: Qorvex', 'Annons', 'sponsored', 'sv'],
    ['I samarbete med Qorvex', 'I samarbete med', 'paid_placement', 'sv'],
    ['Betalt samarbejde med Qorvex', 'Betalt samarbejde', 'paid_placement', 'da'],
    ['Sponsoreret af Qorvex', 'Sponsoreret af', 'sponsored', 'da'],
    ['Placená spolupráce s Qorvex', 'Placená spolupráce', 'paid_placement', 'cs'],
    ['Colaborare plătită cu Qorvex', 'Colaborare plătită', 'paid_placement', 'ro'],
    ['Kaupallinen yhteistyö: Qorvex', 'Kaupallinen yhteistyö', 'paid_placement', 'fi'],
    ['#διαφήμιση Qorvex', '#διαφήμιση', 'sponsored', 'el'],
    ['Fizetett partneri együttműködés', 'Fizetett partneri együttműködés', 'paid_placement', 'hu'],
  ];
  for (const [text, marker, kind, lang] of cases) assert.deepEqual(found(text), [[marker, kind, lang]], text);
});

test('a marker shared by languages takes the post language when given', () => {
  assert.deepEqual(found('#reklama Qorvex'), [['#reklama', 'sponsored', null]]);
  assert.deepEqual(found('#reklama Qorvex', 'pl'), [['#reklama', 'sponsored', 'pl']]);
  assert.deepEqual(found('Affiliate-Link unten', 'de'), [['Affiliate-Link', 'affiliate', 'de']]);
  assert.deepEqual(found('Affiliate-Link unten'), [['Affiliate-Link', 'affiliate', 'en']]);
});

test('negations do not count', () => {
  for (const text of [
    'Not sponsored, just my opinion',
    'This is not a sponsored video',
    'No sponsorship here',
    'unsponsored review',
    '#notsponsored',
    'Dieses Video ist nicht gesponsert',
    'Keine Werbung, nur meine Meinung',
    'unbezahlte Werbung',
    '#nichtgesponsert',
    'Ce n’est pas sponsorisé',
    'non sponsorizzato',
    'no patrocinado',
    'niesponsorowany',
    'niet gesponsord',
    'inte sponsrad',
    'ikke sponsoreret',
    'Nesponzorováno, žádný affiliate odkaz.',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test('a negation in an earlier sentence does not cancel a hashtag', () => {
  assert.deepEqual(found('Not financial advice. #ad'), [['#ad', 'sponsored', 'en']]);
  assert.deepEqual(found('No, this one is sponsored'), [['sponsored', 'sponsored', 'en']]);
});

test('hashtags match whole tags only; short and generic words need a label position', () => {
  for (const text of ['#adoption #address #advice', 'on va au pub ce soir', 'ad hoc', 'AD 2024', 'Anzeige erstatten', 'la publicité crypto est interdite', 'Werbung für Krypto ist verboten', 'reklama na ulicy']) {
    assert.deepEqual(found(text), [], text);
  }
  assert.deepEqual(found('Great exchange [ad]'), [['ad', 'sponsored', 'en']]);
  assert.deepEqual(found('(pub) Qorvex'), [['pub', 'sponsored', 'fr']]);
  assert.deepEqual(found('WERBUNG\nQorvex ist top'), [['WERBUNG', 'sponsored', 'de']]);
});

test('markers inside URLs are ignored', () => {
  assert.deepEqual(found('https://example.com/sponsored/affiliate-link'), []);
});

test('duplicates are merged', () => {
  assert.equal(detectDisclosures('#ad #ad #AD').length, 1);
});

test('warnings, explainers and reports speak of affiliate and referral links in the abstract: no disclosure', async () => {
  const { detectContext } = await import('./detect-context.ts');
  const inContext = (text: string) => detectDisclosures(text, { context: detectContext(text) }).map((d) => d.kind);
  assert.deepEqual(inContext('Regulators are looking at influencers who post affiliate links to offshore exchanges, our investigation found.'), []);
  assert.deepEqual(inContext('Thread: what is an affiliate? Someone paid per signup.'), []);
  assert.deepEqual(inContext("Enquête : des liens de parrainage non signalés comme publicité, selon nos informations."), []);
  assert.deepEqual(inContext('What is a referral link? We explain it. #ad'), ['sponsored'], 'a hashtag disclosure still counts');
});

test('negated disclosures in more languages are not disclosures', () => {
  assert.deepEqual(found('Ikke sponsoreret, intet affiliatelink.'), []);
  assert.deepEqual(found('Inte sponsrat, ingen affiliatelänk.'), []);
  assert.deepEqual(found('Niet gesponsord, geen affiliate link.'), []);
  assert.deepEqual(found('Not sponsored. No affiliate link here.'), []);
});

test('Irish, Maltese, Danish and Finnish hashtags are disclosures', () => {
  assert.deepEqual(found('Cláraigh anois #fógra').map((f) => f[1]), ['sponsored']);
  assert.deepEqual(found('Irreġistra issa #reklam').map((f) => f[1]), ['sponsored']);
  assert.deepEqual(found('Skriv koden ved tilmelding #annonce').map((f) => f[1]), ['sponsored']);
  assert.deepEqual(found('Syötä koodi #yhteistyö').map((f) => f[1]), ['paid_placement']);
});

test('a label word that is the last sentence of the post is a label; inside a sentence it is a word', () => {
  assert.deepEqual(found('Mit dem Code spart ihr 20 % bei Qorvex. Anzeige').map((f) => f[1]), ['sponsored']);
  assert.deepEqual(found('Introduce el código en la app. Publicidad.').map((f) => f[1]), ['sponsored']);
  assert.deepEqual(found('Ich werde Anzeige erstatten.'), []);
  assert.deepEqual(found('Anzeige'), [], 'a post that is only the word says nothing about a promotion');
});

test('Scandinavian "Samarbete med X" / "Samarbejde med X" without the "i" is a paid placement; "inget samarbete" is not', () => {
  assert.deepEqual(found('Kod: svea42. Samarbete med Qorvex.').map((f) => f[1]), ['paid_placement']);
  assert.deepEqual(found('Samarbejde med Qorvex – brug koden').map((f) => f[1]), ['paid_placement']);
  assert.deepEqual(found('Inget samarbete med Qorvex, bara min åsikt'), []);
});

test('a scheme named in the abstract ("affiliate programs compared") discloses nothing; the author\'s affiliate link still does', () => {
  assert.deepEqual(found('We compared 12 exchange affiliate programs: who pays creators most'), []);
  assert.deepEqual(found('Affiliate marketing in crypto, explained'), []);
  assert.deepEqual(found('Sign up through my affiliate link below').map((f) => f[1]), ['affiliate']);
});

test('Spanish and Portuguese adjective forms ("link afiliado") and "I earn a commission" are affiliate disclosures; negated they are not', () => {
  assert.deepEqual(found('Link afiliado Qorvex 👉 (ganho comissão)').map((f) => f[1]), ['affiliate', 'affiliate']);
  assert.deepEqual(found('Enlace afiliado de Qorvex abajo').map((f) => f[1]), ['affiliate']);
  assert.deepEqual(found('Não ganho comissão nenhuma com isto'), []);
});

test('pay stated in a sentence is a disclosure: words between the parts and case endings do not hide it', () => {
  const kindsOf = (text: string) => [...new Set(found(text).map((f) => f[1]))].sort();
  // Our own examples.
  assert.deepEqual(kindsOf('Ich bekomme dafür eine kleine Provision.'), ['affiliate']);
  assert.deepEqual(kindsOf('Vi dostanete bonus, a já provizi.'), ['affiliate']);
  assert.deepEqual(kindsOf('Bonus za was, prowizja dla mnie.'), ['affiliate']);
  assert.deepEqual(kindsOf('Получавам комисионна от всяка регистрация.'), ['affiliate']);
  assert.deepEqual(kindsOf('I do get a small referral bonus from it'), ['affiliate']);
  assert.deepEqual(kindsOf('Spolupráca je platená.'), ['paid_placement']);
  assert.deepEqual(kindsOf('Jde o placenou spolupráci s burzou.'), ['paid_placement']);
  assert.deepEqual(kindsOf('Mokama partnerystė su birža.'), ['paid_placement']);
  assert.deepEqual(kindsOf('Plaćeni oglas.'), ['sponsored']);
  // Negated, about someone else, or a fee the client pays: no disclosure.
  assert.deepEqual(found('I don\'t get any commission from this'), []);
  assert.deepEqual(found('Ich bekomme keine Provision dafür'), []);
  assert.deepEqual(found('Youtuber dostává podíl z vašich poplatků'), []);
  assert.deepEqual(found('Nie jest to płatna współpraca'), []);
});

test('a bare "affiliate link" speaks of the author\'s own only beside a URL, a first-person word, a code word or "bio"', () => {
  // Our own examples: reports and explainers nobody labelled as such.
  assert.deepEqual(found('Creators on TikTok share affiliate links without saying so'), []);
  assert.deepEqual(found('Molti profili pubblicano link di affiliazione senza dirlo'), []);
  assert.deepEqual(found('Affiliatelänk i bion').map((f) => f[1]), ['affiliate']);
  assert.deepEqual(found('Affiliate link: https://qorvex.example/r/QX1').map((f) => f[1]), ['affiliate']);
  assert.deepEqual(found('Use code QX1, affiliate link').map((f) => f[1]), ['affiliate']);
  // Labels and hashtags need nothing else.
  assert.deepEqual(found('#affiliate').map((f) => f[1]), ['affiliate']);
});

test('a disclosure word in a question asks about the thing and discloses nothing', () => {
  // Our own examples.
  assert.deepEqual(found('Link affiliato o codice promo? Ecco la differenza'), []);
  assert.deepEqual(found('What is an affiliate link, and who gets paid?'), []);
  assert.deepEqual(found('Affiliate link: https://qorvex.example/r/QX1. Questions?').map((f) => f[1]), ['affiliate']);
  assert.deepEqual(found('Is this sponsored? #ad').map((f) => f[1]), ['sponsored']);
});

test('a label forming a sentence of its own mid-post discloses; a label named in quotes does not', () => {
  // Our own examples.
  assert.deepEqual(found('Link: https://qorvex.example/r/QX1\nReklama. Není to investiční rada.').map((f) => f[1]), ['sponsored']);
  assert.deepEqual(found('„Werbung“, „Anzeige“ – was ist der Unterschied?'), []);
  assert.deepEqual(found('Labels like "sponsored" and "paid partnership" must be visible'), []);
  assert.deepEqual(found('Today\'s episode is brought to you by Qorvex').map((f) => f[1]), ['sponsored']);
  assert.deepEqual(found('Wij ontvangen commissie via deze link').map((f) => f[1]), ['affiliate']);
});

/** Disclosure kinds found with the text's context (warnings, explainers, reports) as the analyser passes it. */
const kindsInContext = (text: string) => {
  const p = prepareText(text);
  return detectDisclosures(p, { context: detectContext(p) }).map((d) => d.kind);
};
const kindList = (text: string) => detectDisclosures(text).map((d) => d.kind);
const kindSet = (text: string) => [...new Set(kindList(text))];

test('a label talked about as a label discloses nothing: after "without" or a labelling word, or joined to another by "or"/"vs", or defined', () => {
  assert.deepEqual(kindsInContext('De toezichthouder sprak influencers aan op promotie zonder vermelding van #ad of #adv.'), []);
  assert.deepEqual(kindsInContext('Several creators never labelled the videos as sponsored.'), []);
  assert.deepEqual(kindsInContext('Finfluencers may breach the rules even when they add #ad.'), []);
  assert.deepEqual(kindsInContext('Musí to označit přes #reklama nebo #spolupráce, jinak je to skrytá reklama.'), []);
  assert.deepEqual(kindsInContext('sponsored = the exchange paid for the segment'), []);
  assert.deepEqual(kindsInContext('Ein verstecktes #ad am Ende reicht nicht.'), []);
  assert.deepEqual(kindsInContext('Ko nozīmē #reklāma un #sadarbība?'), []);
  // Used, not named: these stay disclosures.
  assert.deepEqual(kindsInContext('Great deal on Qorvex, tag a friend #ad'), ['sponsored']);
  assert.deepEqual(kindsInContext('Use my code QX77 on Qorvex #ad'), ['sponsored']);
  assert.deepEqual(kindsInContext('Mein Qorvex-Code: HANS24 #werbung #anzeige'), ['sponsored', 'sponsored']);
});

test('"(aff)" in brackets is an affiliate label; a label "for <firm>" closing the post is a label', () => {
  assert.deepEqual(kindList('qorvex link if anyone wants it: https://qorvex.io/r/QX1 (aff)'), ['affiliate']);
  assert.deepEqual(kindList('Skriv in den när du registrerar dig. Reklam för Qorvex.'), ['sponsored']);
  assert.deepEqual(kindList('Top App. Werbung für Qorvex.'), ['sponsored']);
  assert.deepEqual(kindList('Reklam för Qorvex är överallt nu'), []);
  assert.deepEqual(kindList('the staff room is closed for now'), []);
});

test('a Polish third-person "dostaje" (gets) in an explainer is no statement of the author\'s pay; "dostaję" is', () => {
  assert.deepEqual(kindsInContext('Czym jest program partnerski? Influencer dostaje procent od prowizji osób z jego linku.'), []);
  assert.deepEqual(kindsInContext('Dostaję prowizję od każdej rejestracji z mojego linku.'), ['affiliate']);
});

test('a first-person "I get" with a reward, fee, share or a few dollars states the author\'s pay; the reader\'s bonus does not', () => {
  assert.deepEqual(kindSet('Tässä kutsulinkkini: https://qorvex.io/join/r57 (saan siitä pienen palkkion)'), ['affiliate']);
  assert.deepEqual(kindSet('Chi vuole il mio link: https://qorvex.io/?ref=gb (è un referral, ricevo un piccolo premio)'), ['affiliate']);
  assert.deepEqual(kindSet('Minu kutse: https://qorvex.io/?a=M7 (ma saan selle eest tasu)'), ['affiliate']);
  assert.deepEqual(kindSet('go through my link and I get a referral rebate, fair is fair'), ['affiliate']);
  assert.deepEqual(kindSet('Full disclosure they pay me a small commission too'), ['affiliate']);
  assert.deepEqual(kindSet('Meld je aan bij Qorvex met mijn code HOLLAND1 en krijg tot 50 euro bonus'), []);
});

test('a plain disclosure word inside a warning\'s own sentence describes the scam', () => {
  assert.deepEqual(kindsInContext('PSA: a fake "Qorvex affiliate manager" scam is DMing creators offering a sponsored deal.'), []);
  assert.deepEqual(kindsInContext('A törvény szerint ezt jelezni kell, például #hirdetés címkével.'), []);
  assert.deepEqual(kindsInContext('Beware of scams. This video is sponsored by Qorvex.'), ['sponsored']);
});

test('a short tag opening its sentence with a colon is a label ("Publi: ganho comissão"); inside a sentence it is not', () => {
  assert.deepEqual(kindSet('Usa meu link qorvex.io/?s=BR10 e ganha bônus. Publi: ganho comissão.'), ['sponsored', 'affiliate']);
  assert.deepEqual(kindSet('the ad: nothing to see'), []);
});
