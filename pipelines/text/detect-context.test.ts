import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { hostileTexts } from './test-fixtures.ts';

const kinds = (text: string) => [...new Set(detectContext(text).findings.map((f) => f.kind))].sort();

test('scam and phishing warnings are recognised in many languages', () => {
  for (const text of [
    'SCAM ALERT: fake giveaway accounts', 'Achtung Betrug! Link nicht öffnen', 'ALERTE ARNAQUE : faux compte', '¡Cuidado! Es una estafa',
    'ATTENZIONE TRUFFA', 'Let op, oplichting!', 'UWAGA OSZUSTWO!', 'ATENÇÃO GOLPE', 'Varning för bedrägeri!', 'Advarsel om svindel!',
    'Varoitus huijauksesta!', 'POZOR PODVOD!', 'ΠΡΟΣΟΧΗ ΑΠΑΤΗ!', 'FIGYELEM, CSALÁS!', 'ATENȚIE ȚEAPĂ!', 'POZOR PREVARA!', 'UPOZORENJE, PRIJEVARA!',
    'ВНИМАНИЕ, ИЗМАМА!', 'HOIATUS, PETTUS!', 'UZMANĪBU, KRĀPNIECĪBA!', 'DĖMESIO, SUKČIAI!', 'ATTENZJONI, FROD!', 'RABHADH, CALAOIS!',
  ]) assert.deepEqual(kinds(text), ['warning'], text);
});

test('a negated warning cue is promoter talk, not a warning', () => {
  assert.deepEqual(kinds('This is not a scam, use my code'), []);
  assert.deepEqual(kinds('Das ist kein Betrug'), []);
});

test('expiry is found in its sentence only', () => {
  const c = detectContext('Old code expired. New code works.');
  assert.ok(c.inSentence('expired', 2));
  assert.ok(!c.inSentence('expired', 'Old code expired. New'.length));
});

test('explainers and reports are told apart from warnings', () => {
  assert.deepEqual(kinds('How do exchange referral programs work? We explain.'), ['explainer']);
  assert.deepEqual(kinds('Investigation: accounts promote exchanges with referral codes'), ['report']);
});

test('hostile input stays linear', () => {
  const started = Date.now();
  for (const t of Object.values(hostileTexts())) detectContext(t);
  assert.ok(Date.now() - started < 10_000, 'answers within 10 s for all hostile texts');
});

test('"why you should distrust", "beware of" in several languages is a warning', () => {
  for (const text of [
    'Hilo: por qué desconfiar de los códigos que circulan por Telegram', 'Méfiez-vous des faux codes de parrainage', 'Diffidate dei codici bonus nei DM',
    'Vorsicht vor angeblichen Bonuscodes', 'Pas op voor nep-bonuscodes', 'Uważaj na fałszywe kody', 'Be wary of "bonus codes" sent by DM',
  ]) assert.deepEqual(kinds(text), ['warning'], text);
});

test('"not authorised", "do not sign up" warn the reader off a firm', () => {
  for (const text of ['Reminder: Qorvex is not authorised in the EU', 'Do not sign up with codes circulating on Telegram', 'Qorvex ist in der EU nicht zugelassen']) {
    assert.deepEqual(kinds(text), ['warning'], text);
  }
});

test('a defanged address marks a warning in any language, and quotes the address', () => {
  // Our own examples; the writer broke the address so nobody clicks it.
  for (const [text, marker] of [
    ['Tento web qorvex-odmena[.]cz chce vaše heslo.', 'qorvex-odmena[.]cz'],
    ['Sivusto qorvex-tuki(.)fi pyytää koodia QX77.', 'qorvex-tuki(.)fi'],
    ['Linkki hxxps://qorvex-bonus.example/claim kiertää ryhmissä', 'hxxps://qorvex-bonus.example/claim'],
    ['Strona qorvex-nagroda[dot]pl podszywa się pod giełdę', 'qorvex-nagroda[dot]pl'],
  ] as const) {
    const c = detectContext(text);
    assert.deepEqual(kinds(text), ['warning'], text);
    assert.equal(c.findings[0]!.marker, marker, text);
  }
  // A plain domain or a bracketed word is no defanged address.
  assert.deepEqual(kinds('Register at qorvex.example with code QX77 [ad]'), []);
  assert.deepEqual(kinds('Code [.] is not a domain'), []);
});

test('"a share of your fees" explains a referral scheme in any language; with "I" in the clause it is the author\'s own pay', () => {
  // Our own examples.
  for (const text of [
    'The referrer gets a share of the trading fees you pay',
    'Der Einladende bekommt einen Anteil an euren Gebühren',
    'Polecający dostaje część twoich opłat',
    'A meghívó a díjaid egy részét kapja',
  ]) assert.deepEqual(kinds(text), ['explainer'], text);
  assert.deepEqual(kinds('I get a share of your fees when you sign up with my link'), []);
  assert.deepEqual(kinds('Share this post! Fees are low on Qorvex'), []);
});

test('glossaries, "for beginners", "that\'s how it works" and "the difference between" are explainers in many languages', () => {
  // Our own examples.
  for (const text of [
    'Mali rječnik za početnike: referalni kod, provizija, bonus',
    'Sådan fungerer en velkomstbonus på børserne',
    'Diferența dintre un cod promoțional și un link',
    'Petit rappel pédagogique sur les bonus',
    'Crypto glossary',
  ]) assert.ok(kinds(text).includes('explainer'), text);
});

test('"what does X mean", "how to spot", full names of supervisors and "report it" in many languages', () => {
  // Our own examples.
  assert.ok(kinds('Mit jelent a "bónusz" a tőzsdéken?').includes('explainer'));
  assert.ok(kinds('Как да разпознаете скрита реклама').includes('explainer'));
  assert.ok(kinds('Η Επιτροπή Κεφαλαιαγοράς εξετάζει το θέμα').includes('report'));
  assert.ok(kinds('Копирали са канала ми. Докладвайте го.').includes('warning'));
});

test('"what is X?" opening a question is an explainer in every EU language; inside a statement it is not', () => {
  const kinds = (text: string) => detectContext(text).findings.map((f) => f.kind);
  assert.deepEqual(kinds('Czym jest program partnerski giełdy? Polecający dostaje procent.'), ['explainer']);
  assert.deepEqual(kinds('Wat is een referral link? Een adres met een code.'), ['explainer']);
  assert.deepEqual(kinds("Staqsejtuni x'inhu l-kodiċi tiegħi fuq Qorvex: QX7"), []);
});

test('Danish, Irish and Romance scam words mark a warning', () => {
  const kinds = (text: string) => detectContext(text).findings.map((f) => f.kind);
  assert.deepEqual(kinds('ADVARSEL: Svindlere udgiver sig for at være Qorvex'), ['warning']);
  assert.deepEqual(kinds("Rabhadh: tá aip bhréige 'Qorvex Éire' ann"), ['warning', 'warning']);
  assert.deepEqual(kinds('Ojo con la app falsa «Qorvex Pro» que circula por WhatsApp'), ['warning']);
});

test('a sentence about influencers, with no first-person word in it, explains or reports; the author speaking of themselves does not', () => {
  for (const text of [
    'Why do influencers always put the link in their bio? Each sign-up pays them.',
    'Die Aufsicht prüfte 40 Beiträge von Krypto-Influencern auf Kennzeichnung.',
    'Combien gagnent les influenceurs crypto par vidéo ?',
    'El regulador multó a dos influenciadores por publicidad encubierta.',
    'Dlaczego influencerzy podają kody przy każdym filmie?',
    'Hoeveel verdienen finfluencers aan een aanmeldlink?',
    'Kolik berou influenceři za jedno video?',
    'Miért adnak kódot az influenszerek?',
    'Защо инфлуенсърите дават кодове?',
    'Conas a íoctar tionchairí as nasc?',
  ]) assert.deepEqual(kinds(text), ['explainer'], text);
  for (const text of [
    'As an influencer I only share exchanges I use myself.',
    'Ich bin Influencerin und nutze diese Börse selbst.',
    'Code SUN10 for my followers #influencer #crypto',
    'Shout-out to @influencer_daily for the tip.',
  ]) assert.deepEqual(kinds(text), [], text);
});

test('a why- or how-question of four words or more opening a sentence explains; a teaser, a first-person question or a statement does not', () => {
  for (const text of [
    'Waarom geven zoveel accounts een code bij elke video?',
    'Perché tutti gli youtuber hanno un codice? Gli exchange pagano.',
    'Comment les plateformes rémunèrent-elles leurs affiliés ? Deux modèles.',
    'Zašto popust na naknade vrijedi manje nego što zvuči?',
    'Kāpēc biržas maksā par katru reģistrāciju?',
  ]) assert.deepEqual(kinds(text), ['explainer'], text);
  for (const text of [
    'Why Bybit? Low fees and code SUN10.',
    'Why do I use this exchange? Low fees.',
    'How I got 100 USDT in a week? Sign up below.',
    'Here is how it went for me today, code SUN10.',
    'Wie wil 20% korting op fees? Code SUN10.',
  ]) assert.deepEqual(kinds(text), [], text);
});

test('a firm that never calls, writes or asks is a warning in any order of the words; never with another verb is not', () => {
  for (const text of [
    'Bitvavo belt of appt nooit zelf over je tegoeden.',
    'OKX nu cere niciodată bani pentru premii.',
    'Bitpanda non chiama mai i clienti così.',
    'Support will never DM you first.',
    'Kraken ruft niemals an.',
  ]) assert.deepEqual(kinds(text), ['warning'], text);
  for (const text of ['Never miss a listing again with code SUN10.', 'I never sell my bags.', 'Nooit meer hoge fees!']) assert.deepEqual(kinds(text), [], text);
});

test('chapter lines of a video description are titles: "02:05 What is staking" does not make the post an explainer', () => {
  assert.deepEqual(kinds('Staking in 2026 🇵🇹\nChapters\n00:00 Intro\n02:05 O que é staking\n(06:40) Rendimentos explained\nLinks below'), []);
  assert.deepEqual(kinds('Chapters\n00:00 Intro\n03:10 Scam alert: fake support'), ['warning']);
  assert.deepEqual(kinds('O que é staking? Explico tudo.\n00:00 Intro'), ['explainer']);
});

test('local words for influencers, compounds and a question mark after a closing quote', () => {
  for (const text of [
    'Järelevalve uurib mitut sotsiaalmeedia mõjutajat.',
    'Nadzornik je objavil opozorilo pred vplivneži.',
    'Hvorfor har alle kryptoyoutubere en "rabatkode"?',
    'Cad is cód tagartha ann? Aitheantóir é.',
  ]) assert.deepEqual(kinds(text), ['explainer'], text);
});

test('the mechanics of a scam mark a warning without the word "scam": remote access, seed phrases, deepfakes, pump groups, a fee to withdraw', () => {
  for (const text of [
    'Der Anrufer wollte, dass ich AnyDesk installiere.',
    'The stream is a deepfake, the site was registered last week.',
    'That Discord is a pump group and you are the exit liquidity.',
    'Me pidió pagar un impuesto de retirada antes de sacar el dinero.',
    'Nikoli ne vpisujte obnovitveno frazo na spletno stran.',
  ]) assert.deepEqual(kinds(text), ['warning'], text);
  assert.deepEqual(kinds('Pumped to share my code SUN10 with you all!'), []);
});

test('advice to check a supervisor\'s register explains; news of registers, or a post with its own link, does not', () => {
  for (const text of [
    'A referral code is not a review. Always check the ESMA register first.',
    'Tarkista ESMA:n MiCA-rekisteristä, onko pörssillä lupa.',
    'Érdemes megnézni, szerepel-e a tőzsde az ESMA MiCA-nyilvántartásában.',
    'Sprawdźcie rejestr KNF, zanim założycie konto.',
  ]) assert.deepEqual(kinds(text), ['explainer'], text);
  for (const text of [
    'Ovaj tjedan: novi MiCA registri i pad memecoina.',
    'Check the ESMA register: Qorvex is listed. Sign up at https://qorvex.io/r/QX5',
    'I checked the ESMA register myself before joining.',
  ]) assert.deepEqual(kinds(text), [], text);
});

test('someone else earning a percentage of the reader\'s fees explains; a discount "off" the fees does not', () => {
  assert.deepEqual(kinds('Wer einen Code teilt, bekommt meist ein Prozent von euren Gebühren.'), ['explainer']);
  assert.deepEqual(kinds('Den som delar länken tjänar pengar på dina avgifter.'), ['explainer']);
  assert.deepEqual(kinds('Get 20 percent off trading fees this week.'), []);
});

test('a question to the readers ("has anyone ...?") is a user asking; its how-questions explain nothing', () => {
  assert.deepEqual(kinds('Has anyone used Qorvex from Riga? How about SEPA payouts there?'), []);
  assert.deepEqual(kinds('Hat jemand Erfahrung mit Qorvex? Wie lange dauert die Auszahlung?'), []);
  assert.deepEqual(kinds('Why do so many creators hand out codes? The exchanges pay them.'), ['explainer']);
});

test('Spanish "al mes" (a month) is no first-person word: a sentence about a youtuber paid monthly still reports', () => {
  assert.deepEqual(kinds('Un youtuber admite que cobraba 2.000 euros al mes de un exchange.'), ['explainer']);
});

test('advice to check a firm\'s MiCA licence explains, in several languages', () => {
  assert.deepEqual(kinds('Check whether the exchange holds a MiCA licence before you sign up.'), ['explainer']);
  assert.deepEqual(kinds('Seiceáil an bhfuil ceadúnas MiCA ag an malartán.'), ['explainer']);
  assert.deepEqual(kinds('Prüft vor der Anmeldung, ob die Börse eine MiCA-Lizenz hat.'), ['explainer']);
});

test('a seed phrase told to the reader warns; someone saying where their own is does not', () => {
  assert.deepEqual(kinds('Never share your seed phrase with anyone.'), ['warning']);
  assert.deepEqual(kinds('Nobody from support will ask for the recovery phrase.'), ['warning']);
  assert.deepEqual(kinds('Die App verlangt nach dem Login die Wiederherstellungsphrase.'), ['warning']);
  assert.deepEqual(kinds('Moved house and lost my notebook. Seed phrase is safe in another box, no drama.'), []);
});

test('a supervisor\'s register named in one sentence and advice to check in the next explain; "check out" does not', () => {
  assert.deepEqual(kinds('Per the ESMA register, only some groups hold MiCA authorisation. Always check which entity you sign up with.'), ['explainer']);
  assert.deepEqual(kinds('Qorvex EU now holds a MiCA licence. Check out the new app!'), []);
});

test('a chat line with a speaker after the time is someone speaking, not a video chapter: its cues count', () => {
  assert.deepEqual(kinds('[19:00] teacher_ines: Today: how to spot an undisclosed affiliate post.'), ['explainer']);
  assert.deepEqual(kinds('00:00 Intro\n02:10 How to spot a fake app\n05:00 Outro'), ['warning']);
});

test('a newsroom signing the piece makes it a report', () => {
  for (const text of ['Por la redacción\n\nEl mercado cayó un 3 %.', 'Ein Bericht unserer Wirtschaftsredaktion', 'Szerkesztőségünktől', 'Door onze economieredactie']) {
    assert.deepEqual(kinds(text), ['report'], text);
  }
});

test('a saved article\'s byline (writer, a separator and a date on the first line) makes a text without links a report', () => {
  for (const text of [
    'By Tom Hale | Markets | Dec 1, 2026\nKraken and Bitget both reported higher volumes this quarter.',
    'di Giulia Ferri | Finanza | 2 dicembre 2026\nBybit apre un ufficio a Vienna.',
    'Autorka: Eva Horáková | 1. 12. 2026\nBurza OKX hlásí rekordní obchody.',
    'Door Pieter van der Meer · 14.11.2026\nBitvavo groeit verder.',
    'Του Νίκου Αλεξίου | 30/11/2026\nΗ Binance ανακοίνωσε νέα χρεώσεις.',
  ]) assert.deepEqual(kinds(text), ['report'], text);
  for (const text of [
    // No date, no separator, a link, a lower-case "name", or a long first line: not a byline.
    'By Tom Hale\nKraken and Bitget both reported higher volumes.',
    'By Tom Hale | 1 Dec 2026\nSign up: https://www.bybit.com/invite?ref=TOMH1',
    'by the way | 1 Dec 2026 is when my bonus ends',
    'De Binance Tips | 3 dec 2026 ' + 'x'.repeat(120),
  ]) assert.deepEqual(kinds(text), [], text);
});

test("a supervisor's warning or warning list, a newsroom's findings and a regulator declining comment make a report", () => {
  for (const text of [
    'AFM heeft drie sites op haar waarschuwingslijst gezet die zich voordoen als Zyntra.',
    'La CONSOB ha pubblicato un avvertenza su siti che imitano Qorvex.',
    'Według naszych ustaleń konta promujące Halvora nie oznaczają reklam.',
    'O regulador não comentou as publicações sobre a Moonvale.',
  ]) assert.deepEqual(kinds(text), ['report'], text);
  // A firm named like a domain ("Qorvex.com") is no link: the report still holds. A real link ends it.
  assert.deepEqual(kinds('La CNMV ha incluido en su lista de advertencias webs que imitan a Qorvex.com.'), ['report']);
  assert.deepEqual(kinds('La CNMV ha incluido en su lista de advertencias webs: https://qorvex-bonus.example/join?ref=X'), []);
});

test('"Explanation:" heading a post, in several languages, makes an explainer; the word inside a sentence does not', () => {
  for (const text of ['Selgitus: kuidas soovituslingid töötavad.', 'Magyarázat: így működik az ajánlói rendszer.', 'Uitleg: waarom codes soms niet werken.']) {
    assert.deepEqual(kinds(text), ['explainer'], text);
  }
  assert.deepEqual(kinds('selgitus on videos, kasuta mu koodi QORV1'), []);
});

test('what a rule requires of firms, beside a supervisor and a licence, is regulation explained; a firm\'s own licence claim is not', () => {
  for (const text of [
    'Under MiCA, an exchange needs a licence before it may serve clients in Austria.',
    'Die ESMA erinnert: Anbieter ohne MiCA-Zulassung dürfen hier keine Kunden werben.',
    'A CNMV avisa: plataformas sem autorização MiCA não podem operar em Espanha.',
    'Az MNB szerint engedély nélküli szolgáltatók nem kínálhatnak kriptót.',
    'Що таке MiCA? Коротко про правила для бірж.',
  ]) assert.deepEqual(kinds(text), ['explainer'], text);
  for (const text of [
    'Qorvex EU now holds a MiCA licence and the app looks great.',
    'Under MiCA an exchange needs a licence, see https://qorvex.io/r/QX5 for one that has it.',
    'I only trade where the exchange has a MiCA licence.',
  ]) assert.deepEqual(kinds(text), [], text);
});

test('"<topic> explained" in other languages heads an explainer', () => {
  assert.ok(detectContext('Códigos de referência explicados: quando usas o código de alguém, a plataforma paga-lhe uma comissão.').has('explainer'));
  assert.ok(detectContext('Codici referral spiegati: chi ti invita guadagna una parte delle commissioni.').has('explainer'));
});

test("a percentage of the fees after a discount noun is the reader's discount, no referral scheme explained", () => {
  assert.ok(!detectContext('il mio codice è LUCA5, per lo sconto del 20% sulle commissioni').has('explainer'));
  assert.ok(!detectContext('use mine: GRAYWOLF gives the 30% fee cut').has('explainer'));
  assert.ok(detectContext('The person who invites you gets a share of your trading fees.').has('explainer'));
});

test("a reporter's own steps (a request for comment, the people spoken to) make a report", () => {
  for (const text of [
    'Qorvex did not reply to a request for comment.',
    'Lawyers we spoke to said the channel acts for the exchange.',
    'Qorvex reagierte nicht auf eine Anfrage unserer Redaktion.',
    "Qorvex n'a pas répondu à nos sollicitations.",
    'Qorvex non ha risposto alla richiesta di commento.',
  ]) assert.deepEqual(kinds(text), ['report'], text);
  assert.deepEqual(kinds('Comment below if you want my code!'), []);
});

test("a share of the fees after the author's own pay verb is no scheme explained; a review the account is stuck in is no report", () => {
  assert.deepEqual(kinds('Abri conta na Qorvex (ligação de afiliado, recebo parte das comissões).'), []);
  assert.deepEqual(kinds('O influenciador recebe parte das comissões de quem se inscreve.').includes('explainer'), true);
  assert.deepEqual(kinds('Mitt uttag sitter fast i granskning sedan en vecka.'), []);
});

test('a supervisor and what it said or did, in a post with no link, is a report', () => {
  assert.deepEqual(kinds('La Consob ha oscurato altri cinque siti di trading non autorizzati.'), ['report']);
  assert.deepEqual(kinds('Az MNB szerint több TikTok-fiók jelölés nélkül reklámozott.'), ['report']);
  assert.deepEqual(kinds('The Irish regulator says it asked two platforms to remove the videos.'), ['report']);
  assert.deepEqual(kinds('According to ESMA, most of these videos carry no label.'), ['report']);
  // Italian "mica" (not at all) is not MiCA; the author speaking of themselves is no report.
  assert.deepEqual(kinds('Secondo me non è mica difficile, fidatevi'), []);
  assert.deepEqual(kinds('I said to the AFM that my videos are labelled.'), []);
});

test('"que es" inside a sentence without its accent is "that is", not "what is"', () => {
  assert.deepEqual(detectContext('Flipé con lo raro que es allí pagar en efectivo. Mi código ORCA5 en Qorvex.').findings.map((f) => f.kind), []);
  assert.deepEqual(detectContext('¿Qué es un código de referido? Te lo explico en tres pasos.').findings.map((f) => f.kind).slice(0, 1), ['explainer']);
});

test('a post calling out another account ("@x claims nobody pays him, yet ...") reports on it: its codes are theirs', () => {
  const ctx = detectContext('Heads-up: @lucky_lenny claims "I am not sponsored", yet his channel gives Qorvex code LENNY30 and he earns 30 % of your fees.');
  assert.deepEqual(ctx.findings.map((f) => [f.kind, f.marker]), [['report', '@lucky_lenny claims']]);
  assert.equal(ctx.aboutOthers(60), true);
  // The author speaking in the sentence makes it theirs to answer for: no call-out.
  assert.deepEqual(detectContext('@lucky_lenny says my code LENNY30 still works, I checked.').findings, []);
});

test('"what is the difference between X and X EU?" opens an explainer, and Greek asks with ";"', () => {
  assert.deepEqual(kinds('Czym różni się Qorvex od Qorvex EU? Jedna spółka ma licencję, druga nie.'), ['explainer']);
  assert.deepEqual(kinds('Kuo skiriasi „Qorvex" ir „Qorvex EU"? Pirmoji registruota už ES ribų.'), ['explainer']);
  assert.deepEqual(kinds("What's the difference between Qorvex and Qorvex EU? One holds a licence."), ['explainer']);
  assert.deepEqual(kinds('Τι είναι το QVX; Είναι το token της Qorvex, όχι η ίδια η πλατφόρμα.'), ['explainer']);
  // Not a question: a statement with the same words, and a semicolon in a Latin-script sentence.
  assert.deepEqual(kinds('Czym różni się mój kod od twojego: niczym. Kod QX9'), []);
  assert.deepEqual(kinds('Co to jest; nie wiem'), []);
});

test('news attributing a firm\'s own words ("selon un communiqué", "σύμφωνα με ανακοίνωση") and "Investigation:" headings are reports', () => {
  assert.deepEqual(kinds('Selon un communiqué publié sur son site, Qorvex étend son agrément MiCA obtenu à Malte.'), ['report']);
  assert.deepEqual(kinds('Σύμφωνα με ανακοίνωση στο ιστολόγιό της, η Qorvex θα σταματήσει ορισμένα προϊόντα.'), ['report']);
  assert.deepEqual(kinds('Tyrimas: nuomonės formuotojai gauna komisinius iš Qorvex, tačiau retai pažymi įrašus.'), ['report']);
  // A partner's own press release heading is the issuer speaking, not a newsroom.
  assert.deepEqual(kinds('PRESS RELEASE\nSignal Harbor and Qorvex announce a paid partnership. Members register via qorvex.io/r/HARBOR1.'), []);
});
