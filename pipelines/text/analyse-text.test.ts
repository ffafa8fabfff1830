import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { itemSchema } from '../contracts/item.ts';
import { createTextAnalyser } from './analyse-text.ts';
import { detectNonEuAudience, detectNonEuLocation } from './detect-non-eu-audience.ts';
import { detectContext } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { detectEuSignals } from './detect-eu-signals.ts';
import { detectLanguage } from './detect-language.ts';
import { detectPhones } from './detect-phones.ts';
import { createFirmMatcher } from './firm-matcher.ts';
import { createMentionDetector } from './mention-detector.ts';
import { joinPrepared, prepareText } from './prepare.ts';
import { createPromoDetector } from './promo-detector.ts';
import { namedSponsors } from './sponsor-brand.ts';
import { catalogue, hostileTexts } from './test-fixtures.ts';
import { tokenise } from './tokenise.ts';

const items = readFileSync(new URL('../../connectors/sample/items.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => itemSchema.parse(JSON.parse(l)));

test('the analyser gives what the detectors give one by one (sample items)', () => {
  const analyse = createTextAnalyser(catalogue);
  const mentions = createMentionDetector(catalogue);
  const promo = createPromoDetector(catalogue);
  const firms = createFirmMatcher(catalogue);
  for (const item of items) {
    const text = item.title ? `${item.title}\n${item.text}` : item.text;
    const { firmMentions, logos } = mentions(item);
    const linkFirms = item.id.length % 3 === 0 ? ['qorvex'] : [];
    const context = detectContext(text);
    const sponsors = namedSponsors(tokenise(text), firms(tokenise(text)));
    const { promoCodes, offers } = promo(text, [...new Set([...linkFirms, ...firmMentions.map((m) => m.firmId)])], context, sponsors);
    const language = detectLanguage(text);
    const disclosures = detectDisclosures(text, { context, codeGiven: promoCodes.length > 0, language: language.code, sponsors: namedSponsors(tokenise(text), firms(tokenise(text))) });
    // A disclosed post giving the firm's way in is promotion: its explainer sentences are not context.
    const promotes = disclosures.some((d) => !d.brand) && (linkFirms.length > 0 || promoCodes.some((p) => p.firmId));
    const expected = {
      language,
      promoCodes,
      offers,
      disclosures,
      firmMentions,
      logos,
      phones: detectPhones(`${text}\n${item.author.description ?? ''}`),
      euSignals: detectEuSignals(text, firms),
      nonEuSignals: [...detectNonEuAudience(text), ...detectNonEuLocation(item.author.location, item.author.description)],
      // No sample item disguises a link, code or firm name.
      obfuscations: [],
      context: context.findings.filter((f) => !(promotes && f.kind === 'explainer')).map(({ kind, marker }) => ({ kind, marker })),
    };
    assert.deepEqual(analyse(item, linkFirms), expected, item.id);
  }
});

test('joining prepared parts equals preparing the joined text', () => {
  const parts = [
    ...items.slice(0, 60).flatMap((i) => [i.title ?? '', i.text]),
    'Promo 5,000', '000 € https://qorvex.io/r?x=1', '#ad', '@qorvex.', '', 'x', 'www.a.com.', '10.\n',
    ...Object.values(hostileTexts()).map((t) => t.slice(0, 2000)),
  ];
  for (let k = 0; k + 1 < parts.length; k++) {
    const a = parts[k] as string;
    const b = parts[k + 1] as string;
    assert.deepEqual(joinPrepared(prepareText(a), prepareText(b)), prepareText(`${a}\n${b}`), JSON.stringify([a, b]).slice(0, 200));
  }
});

test('a post read as a regional language of an EU country (Catalan) is read by its promotion words like an unsure guess', () => {
  const analyse = createTextAnalyser(catalogue);
  const text = 'bon dia! qui vulgui provar Qorvex, mi código es ORCA5, os dan 20 USDT de bono #publi';
  const item = itemSchema.parse({
    id: 'x:ca1', platform: 'x', kind: 'post', publishedAt: '2026-03-01T10:00:00Z', collectedAt: '2026-03-01T10:00:00Z', author: { id: 'a', handle: 'h' }, text,
    links: [], media: [], metrics: {}, source: { connector: 't', watchlistIds: [] }, evidence: { sha256: 'a'.repeat(64) },
  });
  const out = analyse(item, []);
  assert.equal(out.language.code, 'ca');
  assert.deepEqual(out.euSignals.map((s) => s.detail), ['es: código, bono, publi']);
});
