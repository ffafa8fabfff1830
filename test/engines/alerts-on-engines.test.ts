// Alerts on Kafka and Elasticsearch: a watchlist hit delivered twice on rs.items.enriched produces
// one alert in the Elasticsearch outbox and one mail at a real SMTP server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { ensureKafkaForTests } from '../../infra/engines/kafka-for-tests.ts';
import { ensureElasticsearchForTests } from '../../infra/engines/es-engine.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import { createServices } from '../../services/runtime/pipeline.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import { tempDir } from '../helpers/cli.ts';
import { smtpServer, type Smtp } from '../helpers/mail-harness.ts';
import { parseWatchlists } from '../../pipelines/watchlists/watchlists-file.ts';
import { parseQuery } from '../../pipelines/watchlists/parse-query.ts';
import { findMatches } from '../../services/cli/query-matches.ts';
import { sleep, testBus, testStore, waitFor, type EngineEnv } from './pipeline-helpers.ts';

const kafka = await ensureKafkaForTests();
const es = await ensureElasticsearchForTests();
const skip = 'skip' in kafka ? kafka.skip : (es.skip ?? false);

describe('alerts on Kafka and Elasticsearch', { skip, timeout: 5 * 60_000 }, () => {
  if (skip) return;
  const engines: EngineEnv = { brokers: (kafka as { brokers: string[] }).brokers, esUrl: es.url! };
  let smtp: Smtp;
  let bus: Bus;
  let store: Store;

  before(async () => {
    smtp = await smtpServer();
    bus = testBus(engines);
    store = testStore(engines, `t${randomUUID().slice(0, 6)}-`);
    await bus.ensureTopics(TOPIC_SPECS);
    await store.ensureSchema();
  });
  after(async () => {
    await bus?.close();
    await store?.close();
    await smtp?.stop();
    await es.release();
    if (!('skip' in kafka)) await kafka.release();
  });

  test('a redelivered watchlist hit alerts and mails once', async () => {
    // A watchlist name no other test uses: the topics are shared with the other engine tests.
    const watchlist = `wl-${randomUUID().slice(0, 8)}`;
    const rule: AlertRule = { name: 'engine-wl', when: { watchlist }, to: ['analyst@nca.example'], mode: 'immediate', timezone: 'UTC' };
    const port = smtp.port;
    const services = createServices(
      { bus, store, log: createLogger('silent'), catalogue: loadCatalogue({ dataDir: tempDir() }), scoring: loadScoring(), alerts: { rules: [rule], smtpUrl: `smtp://127.0.0.1:${port}`, from: 'rsmon@nca.example', dataDir: tempDir() } },
      ['alerts', 'mailer'],
    );
    for (const s of services) await s.start();
    try {
      const id = `x:${watchlist}`;
      const item = {
        id, platform: 'x', kind: 'post', url: `https://x.com/p/status/${watchlist}`, publishedAt: '2026-05-01T00:00:00Z', collectedAt: '2026-05-02T00:00:00Z',
        author: { id: 'a1', handle: 'p1' }, text: 'bonus <b>now</b>', links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] },
        evidence: { sha256: createHash('sha256').update(id).digest('hex') }, enrichment: { links: [], watchlistHits: [{ watchlist, terms: ['bonus'] }] },
      };
      const msg = { key: id, value: JSON.stringify(item) };
      await bus.publish(TOPICS.enriched, [msg]);
      await bus.publish(TOPICS.enriched, [msg]);
      const mine = () => smtp.mails.filter((m) => m.subject?.includes(watchlist));
      await waitFor('the alert mail', async () => mine().length >= 1 && (await store.count('alerts', { status: 'sent' })) === 1, 120_000);
      // Room for a duplicate to show up, if the dedup or the outbox were broken.
      await sleep(3_000);
      assert.equal(mine().length, 1);
      assert.equal(new Set(mine().map((m) => m.messageId)).size, 1);
      assert.match(String(mine()[0]!.html), /bonus &#60;b&#62;now&#60;\/b&#62;/);
    } finally {
      for (const s of services.reverse()) await s.stop();
    }
  });

  test('a watchlist matched in enrich: the hit is indexed in Elasticsearch, found by search, and mailed with its terms', async () => {
    // A word no other test writes, so the hit is this test's whatever else the shared topics carry.
    const word = `zq${randomUUID().slice(0, 8).replace(/-/gu, '')}`;
    const [watchlist] = parseWatchlists(`watchlists:\n  - name: wl-enrich\n    owner: a@nca.example\n    query: '${word} AND ("code promo" OR bonus*) AND NOT arnaque'\n`, 'inline.yaml');
    const rule: AlertRule = { name: `engine-enrich-${word}`, when: { watchlist: 'wl-enrich' }, to: ['analyst@nca.example'], mode: 'immediate', timezone: 'UTC' };
    const port = smtp.port;
    const services = createServices(
      { bus, store, log: createLogger('silent'), catalogue: loadCatalogue({ dataDir: tempDir() }), scoring: loadScoring(), watchlists: [watchlist!], alerts: { rules: [rule], smtpUrl: `smtp://127.0.0.1:${port}`, from: 'rsmon@nca.example', dataDir: tempDir() } },
      ['enrich', 'index', 'alerts', 'mailer'],
    );
    for (const s of services) await s.start();
    try {
      const item = (n: number, text: string) => {
        const id = `x:${word}-${n}`;
        return { key: id, value: JSON.stringify({
          id, platform: 'x', kind: 'post', url: `https://x.com/p/status/${n}`, publishedAt: `2026-05-0${n}T00:00:00Z`, collectedAt: '2026-05-09T00:00:00Z',
          author: { id: 'a1', handle: 'p1' }, text, source: { connector: 'test', watchlistIds: [] },
          evidence: { sha256: createHash('sha256').update(id).digest('hex') },
        }) };
      };
      await bus.publish(TOPICS.raw, [item(1, `Mon code promo ${word.toUpperCase()} : 20 € de bonus`), item(2, `${word} bonus, mais c'est une arnaque`), item(3, `${word} sans rien d'autre`)]);
      const mine = () => smtp.mails.filter((m) => m.subject?.includes('wl-enrich') && (m.text ?? '').includes(word.toUpperCase()));
      await waitFor('the watchlist mail', async () => mine().length >= 1, 120_000);
      await store.refresh();
      const found = await findMatches(store, parseQuery('watchlist:wl-enrich'), 10);
      assert.deepEqual(found.rows.map((r) => r.id), [`x:${word}-1`], 'only the promotion is stored with the hit');
      const tried = await findMatches(store, watchlist!.ast, 10);
      assert.deepEqual(tried.rows.map((r) => r.id), [`x:${word}-1`], 'search with the query finds what enrich stored');
      assert.match(mine()[0]!.text ?? '', /"code promo"/u, 'the mail names the matched terms');
    } finally {
      for (const s of services.reverse()) await s.stop();
    }
  });
});
