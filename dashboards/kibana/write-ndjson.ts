// Regenerates rsmon.ndjson after a panel change: node --import tsx dashboards/kibana/write-ndjson.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSavedObjects, toNdjson } from './saved-objects.ts';

export const NDJSON_FILE = fileURLToPath(new URL('./rsmon.ndjson', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const objects = buildSavedObjects();
  writeFileSync(NDJSON_FILE, toNdjson(objects));
  process.stdout.write(`wrote ${objects.length} saved objects to ${NDJSON_FILE}\n`);
}
