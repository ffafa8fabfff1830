// `node --import tsx infra/engines/engines-cli.ts up|down|status [kafka|elasticsearch|all]`
// Starts/stops the local engines behind the distributed mode (BUS=kafka, STORE=elasticsearch).
// Exit codes: 0 ok, 1 an engine failed, 2 usage, 3 `status`: something requested is down.
import { pathToFileURL } from 'node:url';
import { elasticsearchStatus, startElasticsearch, stopElasticsearch } from './es-engine.ts';
import { kafkaStatus, startKafka, stopKafka } from './kafka-engine.ts';

type EngineName = 'kafka' | 'elasticsearch';

interface Engine {
  up(): Promise<string>;
  down(): Promise<void>;
  status(): Promise<'up' | 'down'>;
}

const say = (engine: EngineName) => (line: string) => console.error(`[${engine}] ${line}`);

const ENGINES: Record<EngineName, Engine> = {
  kafka: {
    up: async () => {
      const h = await startKafka({ log: say('kafka') });
      return h.alreadyRunning
        ? `kafka already up at ${h.brokers.join(',')}`
        : `kafka up at ${h.brokers.join(',')} (started in ${h.startupMs} ms${h.mavenResolveMs ? `, jars resolved in ${h.mavenResolveMs} ms` : ''})`;
    },
    down: () => stopKafka({ log: say('kafka') }),
    status: () => kafkaStatus(),
  },
  elasticsearch: {
    up: async () => {
      const started = Date.now();
      const { url } = await startElasticsearch();
      return `elasticsearch up at ${url} (${Date.now() - started} ms)`;
    },
    down: () => stopElasticsearch(),
    status: () => elasticsearchStatus(),
  },
};

function parseTargets(arg: string | undefined): EngineName[] | null {
  if (arg === undefined || arg === 'all') return ['kafka', 'elasticsearch'];
  if (arg === 'kafka' || arg === 'elasticsearch') return [arg];
  if (arg === 'es') return ['elasticsearch'];
  return null;
}

export async function enginesMain(argv: string[]): Promise<number> {
  const [cmd, target] = argv;
  const targets = parseTargets(target);
  if (!targets || !['up', 'down', 'status'].includes(cmd ?? '')) {
    console.error('usage: engines-cli.ts up|down|status [kafka|elasticsearch|all]');
    return 2;
  }
  // Engines are independent: start/stop them side by side and report each one's outcome.
  const results = await Promise.allSettled(
    targets.map(async (name) => {
      const e = ENGINES[name];
      if (cmd === 'up') return e.up();
      if (cmd === 'down') {
        await e.down();
        return `${name} ${await e.status()}`;
      }
      return `${name} ${await e.status()}`;
    }),
  );
  let code = 0;
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') {
      console.log(r.value);
      if (cmd === 'status' && r.value.endsWith(' down')) code = Math.max(code, 3);
    } else {
      console.error(`${targets[i]} ${cmd} failed: ${(r.reason as Error)?.message ?? String(r.reason)}`);
      code = 1;
    }
  });
  if (code === 1 && cmd === 'up') console.error('some engines failed to start; `engines-cli.ts down` stops the ones that did');
  return code;
}

// Run as a script (npm run engines:*); `rsmon engines` imports enginesMain instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await enginesMain(process.argv.slice(2));
