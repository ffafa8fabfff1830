// `node --import tsx infra/engines/es-cli.ts up|down|status`: the npm engines:* scripts call this.
import { elasticsearchStatus, startElasticsearch, stopElasticsearch } from './es-engine.ts';

const cmd = process.argv[2];
try {
  if (cmd === 'up') {
    const { url } = await startElasticsearch();
    console.log(`elasticsearch up at ${url}`);
  } else if (cmd === 'down') {
    await stopElasticsearch();
    console.log(`elasticsearch ${await elasticsearchStatus()}`);
  } else if (cmd === 'status') {
    const s = await elasticsearchStatus();
    console.log(`elasticsearch ${s}`);
    process.exitCode = s === 'up' ? 0 : 3;
  } else {
    console.error('usage: es-cli.ts up|down|status');
    process.exitCode = 2;
  }
} catch (e) {
  console.error(`elasticsearch ${cmd} failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
