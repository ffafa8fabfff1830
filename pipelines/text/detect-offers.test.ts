import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOffers } from './detect-offers.ts';
import { prepareText } from './prepare.ts';

const kinds = (text: string): string[] => findOffers(prepareText(text).t).map((o) => o.kind);

test('the means of access handed out on request (by DM or in the comments) is an offer, in several languages', () => {
  for (const text of [
    'Wer den Qorvex-Bonus will: schreibt mir eine DM, ich schicke euch den Link.',
    'Commentez BONUS en dessous et je vous envoie mon invitation en MP.',
    'Napište „ZYNTRA“ do komentářů a pošlu vám pozvánku přes DM.',
    'Skriv HALVORA i kommentarerna så skickar jag min länk i DM',
  ]) assert.deepEqual(kinds(text), ['invite_on_request'], text);
  // Asked about, warned against, or only a DM with nothing handed out: no offer.
  for (const text of [
    'Did anyone get a bonus link by DM from Qorvex?',
    'Never open a link someone sends you in DM.',
    'DM me for questions about my trading journal.',
  ]) assert.deepEqual(kinds(text), [], text);
});
