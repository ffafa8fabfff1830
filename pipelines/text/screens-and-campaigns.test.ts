// Classes found on the thirty-fifth and thirty-sixth blind corpora (issue 7): text read from screenshots and app screens
// (referral dashboards, sign-up forms, P&L cards, help-centre captures), and giveaways and trading competitions. Our own
// examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { createFirmMatcher } from './firm-matcher.ts';
import { prepareText } from './prepare.ts';
import { catalogue, promoCodesIn } from './test-fixtures.ts';

test('an app screen\'s referral-code or referral-ID field, in the UI words of each language, gives its code', () => {
  for (const [text, code] of [
    ['Registratiescherm Qorvex:\nAccount aanmaken\nVerwijzingscode (optioneel)  SANNEQX\nWachtwoord: 8-32 tekens', 'SANNEQX'],
    ['Qorvex\nSuosittelukoodi (valinnainen)  TUULIQX', 'TUULIQX'],
    ['Qorvex\nKod preporuke (neobavezno)  SPLITQX', 'SPLITQX'],
    ['Qorvex\nOdporúčací kód (voliteľné)  TATRYQX', 'TATRYQX'],
    ['Qorvex\nKodiċi tar-referenza (mhux obbligatorju)  GOZOQX', 'GOZOQX'],
    ['Mon tableau de bord Qorvex\nID de parrainage  LUCQX8', 'LUCQX8'],
    ['Qorvex dashboard\nHenvisnings-ID  MADSQX4', 'MADSQX4'],
    ['Qorvex\nKód doporučení  VLTAVAQX', 'VLTAVAQX'],
    ['Qorvex\nSoovitaja ID  KARLQX', 'KARLQX'],
  ] as const) assert.deepEqual(promoCodesIn(text), [code], text);
  // A verb and a colon after the code word, then the next line's plain word: no code.
  assert.deepEqual(promoCodesIn('sign-up screen of Qorvex for those asking where the code goes:\nCreate account\nSign up with e-mail'), []);
  // Right after the code word a plain word on the next line still is one.
  assert.deepEqual(promoCodesIn('Qorvex code:\nsauna'), ['sauna']);
});

test('a help-centre capture shared "just to explain", and a how-heading beside a QR code, are explainers', () => {
  const kinds = (text: string) => detectContext(text).findings.map((f) => f.kind);
  assert.ok(kinds("Capture du centre d'aide Qorvex : « Où trouver mon code de parrainage ? » Je n'ai aucun lien, c'est juste pour expliquer.").includes('explainer'));
  assert.deepEqual(kinds('Cómo leer una tarjeta de resultados: «ROI +300 %» con apalancamiento 20x. El código QR de la esquina es publicidad.'), ['explainer']);
  // A promo code word (not beside "QR") keeps a how-heading a promoter's.
  assert.deepEqual(kinds('Cómo registrarte en Qorvex: usa el código ANA7'), []);
});

test('a firm named by its possessive adjective ("na Bybitovem tekmovanju") is a mention', () => {
  const match = createFirmMatcher(catalogue);
  const firms = (text: string) => [...new Set(match(prepareText(text).t).map((h) => h.firmId))];
  assert.deepEqual(firms('Pridruži se moji ekipi na Qorvexovem tekmovanju s kodo EKIPA'), ['qorvex']);
  assert.deepEqual(firms('Pridružte sa k môjmu tímu v Qorvexovej súťaži'), ['qorvex']);
  assert.deepEqual(firms('Dołącz do Qorvexowego konkursu'), ['qorvex']);
});
