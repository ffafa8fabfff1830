// Alert e-mails through a real SMTP server (smtp-server in-process, parsed with mailparser): the
// right mails with the right content, exactly once across an SMTP outage, post text escaped, and
// digests on a controllable clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { caseSchema } from '../../pipelines/contracts/case.ts';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import { GROUPS } from '../../services/runtime/consumer-groups.ts';
import { ingestSource } from '../../services/ingest/ingest-service.ts';
import { checkpointCursorStore } from '../../services/ingest/ingest-cursor.ts';
import { createFileCheckpointStore } from '../../connectors/collect/checkpoints.ts';
import { sampleSource } from '../../services/cli/sources.ts';
import { runDueDigests } from '../../services/alerts/digest.ts';
import { messageIdFor } from '../../infra/mail/compose-alert.ts';
import type { Alert } from '../../pipelines/contracts/alert.ts';
import type { ServiceName } from '../../services/runtime/pipeline.ts';
import { byMessageId, drained, harness, smtpServer } from '../helpers/mail-harness.ts';

const ALL: ServiceName[] = ['enrich', 'cases', 'index', 'alerts', 'mailer'];
const highRule: AlertRule = { name: 'high-cases', when: { caseLevel: 'high' }, to: ['supervision@nca.example'], mode: 'immediate', timezone: 'UTC' };

async function highCases(h: Awaited<ReturnType<typeof harness>>) {
  await h.store.refresh();
  const res = await h.store.search('cases', { filters: { level: 'high' }, size: 10_000 });
  return res.hits.map((x) => caseSchema.parse(x.doc));
}

test('sample with a high-case rule: one mail per high case, with indicators, evidence links and capture times', { timeout: 300_000 }, async () => {
  const smtp = await smtpServer();
  const h = await harness(ALL, [highRule], `smtp://127.0.0.1:${smtp.port}`);
  try {
    await ingestSource(sampleSource(), { bus: h.bus, log: h.log, cursors: checkpointCursorStore(createFileCheckpointStore(join(h.dir, 'checkpoints.json'))) });
    await drained(h.bus, Object.values(GROUPS));
    const cases = await highCases(h);
    assert.ok(cases.length > 0, 'the sample has high cases');
    assert.equal(smtp.mails.length, cases.length);
    assert.ok([...byMessageId(smtp.mails).values()].every((n) => n === 1), 'one mail per Message-ID');
    const c = cases.find((x) => x.evidence.length > 0)!;
    // The alert of that case, then its mail by Message-ID: a subject match could pick the mail of
    // another case whose handle or firm name contains this one's.
    const alert = (await h.store.search('alerts', { filters: { caseId: c.id }, size: 5 })).hits[0]!.doc as Alert & {
      indicators: Array<{ label: string; details: string[] }>;
      evidence?: Array<{ itemId: string; url: string | null }>;
    };
    const mail = smtp.mails.find((m) => m.messageId === messageIdFor(alert));
    assert.ok(mail, `a mail for ${c.id}`);
    const handle = c.person.handle ?? c.person.name ?? c.personKey;
    assert.ok(mail.subject?.includes(handle) && mail.subject.includes(c.firm.name), `subject names the person and the firm: ${mail.subject}`);
    assert.deepEqual(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((v) => v.address) : [], ['supervision@nca.example']);
    assert.ok(mail.html && mail.text, 'HTML and plain text');
    // The alert shows the case as it was when it reached high (later items at the same level do not re-alert).
    assert.ok(alert.indicators.length > 0);
    const finalLabels = new Set(c.indicators.map((i) => i.label));
    for (const ind of alert.indicators) {
      assert.ok(finalLabels.has(ind.label), `indicator ${ind.label} belongs to the case`);
      assert.ok(mail.text!.includes(ind.label) && mail.text!.includes(ind.details[0] ?? ''), `indicator ${ind.label} with its paragraph in the text`);
    }
    // The evidence of the case as it reached high (which items those are depends on how the
    // pipeline batched them): each is a stored item of the final case, and its link is in the mail.
    assert.ok(alert.evidence?.length, 'the alert lists its evidence');
    for (const ev of alert.evidence!) {
      assert.ok(c.evidence.includes(ev.itemId), `${ev.itemId} is evidence of the case`);
      const item = await h.store.get('items', ev.itemId);
      assert.ok(item?.url && mail.text!.includes(String(item.url)), `evidence link ${String(item?.url)} in the text of ${mail.subject}:\n${mail.text}`);
      assert.ok(mail.text!.includes(String(item.collectedAt)), 'capture time in the text');
    }
    assert.doesNotMatch(String(mail.html), /<img|src=/i, 'no remote images');
  } finally {
    await h.close();
    await smtp.stop();
  }
});

test('SMTP outage mid-run: every alert delivered exactly once (counted by Message-ID)', { timeout: 300_000 }, async () => {
  const smtp = await smtpServer();
  const port = smtp.port;
  // The server goes away after the third mail and comes back two seconds later on the same port.
  let bounced = false;
  const watch = setInterval(() => {
    if (!bounced && smtp.mails.length >= 3) {
      bounced = true;
      void smtp.stop().then(() => setTimeout(() => void smtp.start(), 2_000));
    }
  }, 5);
  const h = await harness(ALL, [highRule], `smtp://127.0.0.1:${port}`);
  try {
    await ingestSource(sampleSource(), { bus: h.bus, log: h.log, cursors: checkpointCursorStore(createFileCheckpointStore(join(h.dir, 'checkpoints.json'))) });
    await drained(h.bus, Object.values(GROUPS), 240_000);
    clearInterval(watch);
    assert.ok(bounced, 'the outage happened during the run');
    const cases = await highCases(h);
    const ids = byMessageId(smtp.mails);
    assert.equal(ids.size, cases.length, 'every alert delivered');
    assert.ok([...ids.values()].every((n) => n === 1), `none twice: ${JSON.stringify([...ids.values()])}`);
    assert.equal(await h.store.count('alerts', { status: 'sent' }), cases.length, 'all marked sent in the outbox');
  } finally {
    clearInterval(watch);
    await h.close();
    await smtp.stop();
  }
});

function enriched(n: number, text: string, hits: Array<{ watchlist: string; terms: string[] }>) {
  return {
    id: `x:${n}`, platform: 'x', kind: 'post', url: `https://x.com/p/status/${n}`, publishedAt: '2026-05-01T00:00:00Z', collectedAt: '2026-05-02T10:00:00Z',
    author: { id: `a${n}`, handle: `p${n}` }, text, links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] },
    evidence: { sha256: createHash('sha256').update(String(n)).digest('hex') },
    enrichment: { links: [], watchlistHits: hits },
  };
}

const ALERT_GROUPS = [GROUPS.alertsItems, GROUPS.alertsCases, GROUPS.mailer];

test('post text with HTML and script arrives escaped; a redelivered item does not mail twice', { timeout: 120_000 }, async () => {
  const smtp = await smtpServer();
  const rule: AlertRule = { name: 'wl', when: { watchlist: 'bybit-fr' }, to: ['analyst@nca.example'], mode: 'immediate', timezone: 'UTC' };
  const h = await harness(['alerts', 'mailer'], [rule], `smtp://127.0.0.1:${smtp.port}`);
  try {
    const evil = '<script>alert(1)</script><img src="https://evil.example/t.png"> bonus <a href="javascript:x">x</a>';
    const msg = { key: 'x:1', value: JSON.stringify(enriched(1, evil, [{ watchlist: 'bybit-fr', terms: ['bonus*', '<b>'] }])) };
    await h.bus.publish(TOPICS.enriched, [msg]);
    await h.bus.publish(TOPICS.enriched, [msg]);
    await drained(h.bus, ALERT_GROUPS);
    assert.equal(smtp.mails.length, 1);
    const html = String(smtp.mails[0]!.html);
    assert.doesNotMatch(html, /<script|<img|<a href="javascript|<b>/i);
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
    assert.match(smtp.mails[0]!.text ?? '', /bonus\*/, 'matched terms in the mail');
  } finally {
    await h.close();
    await smtp.stop();
  }
});

test('digest: goes out at its cron time with the alerts since the last one, and not again', { timeout: 120_000 }, async () => {
  const rule: AlertRule = { name: 'daily', when: { watchlist: 'w' }, to: ['analyst@nca.example'], mode: 'digest', schedule: '0 8 * * *', timezone: 'Europe/Paris' };
  const h = await harness(['alerts', 'mailer'], [rule]);
  const emls = () => readdirSync(join(h.dir, 'alerts')).filter((f) => f.endsWith('.eml'));
  try {
    await h.bus.publish(TOPICS.enriched, [1, 2].map((n) => ({ key: `x:${n}`, value: JSON.stringify(enriched(n, `post ${n}`, [{ watchlist: 'w', terms: ['t'] }])) })));
    await drained(h.bus, ALERT_GROUPS);
    const deps = { bus: h.bus, store: h.store };
    // 07:59 Paris (06:59 UTC in December): not the cron time.
    assert.deepEqual(await runDueDigests(deps, [rule], new Date('2026-12-05T06:59:00Z')), {});
    assert.equal(await h.store.count('alerts', { status: 'pending' }), 2);
    assert.deepEqual(await runDueDigests(deps, [rule], new Date('2026-12-05T07:00:10Z')), { daily: 2 });
    // The same tick again (a restart, a second replica): nothing new.
    assert.deepEqual(await runDueDigests(deps, [rule], new Date('2026-12-05T07:00:40Z')), { daily: 0 });
    await drained(h.bus, ALERT_GROUPS);
    assert.equal(emls().length, 1);
    await h.bus.publish(TOPICS.enriched, [{ key: 'x:3', value: JSON.stringify(enriched(3, 'post 3', [{ watchlist: 'w', terms: ['t'] }])) }]);
    await drained(h.bus, ALERT_GROUPS);
    assert.deepEqual(await runDueDigests(deps, [rule], new Date('2026-12-06T07:00:00Z')), { daily: 1 });
    await drained(h.bus, ALERT_GROUPS);
    assert.equal(emls().length, 2);
    const digests = (await h.store.search('alerts', { filters: { kind: 'digest' }, size: 10 })).hits.map((x) => x.doc);
    assert.deepEqual(digests.map((d) => (d.parts as unknown[]).length).sort(), [1, 2]);
  } finally {
    await h.close();
  }
});
