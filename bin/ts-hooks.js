// Module load hook that turns the project's TypeScript into JavaScript as it is imported, with esbuild
// (decision 0058). tsx did this before and still does for tests and scripts, but it always asks esbuild
// to keep function names, which wraps every named closure in a runtime __name() call: measured, that
// costs the text detectors ~15 % of their time (bench/enrich-ab.ts). Types are only stripped here; tsc
// checks them. Imports already name `.ts` files, so Node's own resolver finds them and only `load` is
// needed.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform, version as esbuildVersion } from 'esbuild';

const TYPESCRIPT = /\.m?ts$/;

// The compiler options that change emitted JavaScript (tsconfig.json's are the defaults for all of them).
const TSCONFIG = { compilerOptions: { target: 'ES2022', useDefineForClassFields: true, verbatimModuleSyntax: false } };
// esbuild rewrites a regular-expression literal it cannot vouch for into `new RegExp(...)`, which inside a
// function builds a fresh object on every call (measured ~5x the cost of a literal's test). It vouches for
// Unicode property escapes (`\p{L}`) and the `v` flag on no Node version, because its table follows the
// newest Unicode data; Node 20 parses both, so they are declared supported and stay literals.
const SUPPORTED = { 'regexp-unicode-property-escapes': true, 'regexp-set-notation': true };
const OPTIONS = { loader: 'ts', format: 'esm', target: `node${process.versions.node}`, supported: SUPPORTED, sourcemap: 'inline', sourcesContent: false, tsconfigRaw: TSCONFIG };

// Transformed modules are kept on disk by a hash of everything that decides the output, so a CLI call
// does not pay ~1 s to transform ~300 modules again (tsx keeps a cache for the same reason). A cache
// that cannot be written is only slower.
const CACHE = join(tmpdir(), `rsmon-ts-${safeUser()}`);
const KEY_SALT = JSON.stringify([esbuildVersion, OPTIONS, 1]);

function safeUser() {
  try {
    return String(userInfo().uid);
  } catch {
    return 'user';
  }
}

async function transformed(path, source) {
  const key = createHash('sha256').update(KEY_SALT).update('\0').update(path).update('\0').update(source).digest('hex');
  const file = join(CACHE, `${key}.js`);
  const cached = await readFile(file, 'utf8').catch(() => null);
  if (cached !== null) return cached;
  const { code } = await transform(source, { ...OPTIONS, sourcefile: path });
  // Written under a unique name and renamed: a reader never sees half a file.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await mkdir(CACHE, { recursive: true, mode: 0o700 })
    .then(() => writeFile(temporary, code, { mode: 0o600 }))
    .then(() => rename(temporary, file))
    .catch(() => undefined);
  return code;
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  if (!TYPESCRIPT.test(path)) return nextLoad(url, context);
  const source = await readFile(path, 'utf8');
  return { format: 'module', source: await transformed(path, source), shortCircuit: true };
}
