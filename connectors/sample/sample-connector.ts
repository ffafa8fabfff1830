// Where the bundled sample data set lives, resolved from this module so it works from any working directory.
import { fileURLToPath } from 'node:url';

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/** Absolute path of the sample items (one NormalizedItem per line). */
export function sampleItemsPath(): string {
  return here('./items.jsonl');
}

/** Absolute path of the sample ground truth (expected persons × firms, per-item languages). */
export function sampleGroundTruthPath(): string {
  return here('./ground-truth.json');
}

/** Absolute path of the raw platform payloads whose SHA-256 the items' evidence records. */
export function sampleRawPath(): string {
  return here('./raw.jsonl');
}

/** Absolute path of the deliberately broken JSON lines used by the import tests. */
export function sampleBadInputPath(): string {
  return here('./bad-input.jsonl');
}
