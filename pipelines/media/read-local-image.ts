// Reads media[].path of an imported item, only inside the configured directory (MEDIA_LOCAL_DIR).
// The path is resolved and its real location (symlinks followed) must stay under the directory's
// real location: "../", absolute paths and links pointing out are all refused.
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';

export type LocalImage = { ok: true; bytes: Uint8Array; path: string } | { ok: false; error: string };

export async function readLocalImage(file: string, opts: { dir: string | undefined; maxBytes: number }): Promise<LocalImage> {
  if (!opts.dir) return { ok: false, error: 'local media path refused: MEDIA_LOCAL_DIR is not set' };
  let root: string;
  let real: string;
  try {
    root = await realpath(opts.dir);
    real = await realpath(path.resolve(root, file));
  } catch {
    return { ok: false, error: `local media path not found: ${file}` };
  }
  const rel = path.relative(root, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { ok: false, error: `local media path refused: ${file} is outside MEDIA_LOCAL_DIR` };
  const fh = await open(real, 'r').catch(() => null);
  if (!fh) return { ok: false, error: `local media path unreadable: ${file}` };
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { ok: false, error: `local media path is not a file: ${file}` };
    if (st.size > opts.maxBytes) return { ok: false, error: `image larger than ${opts.maxBytes} bytes (${st.size})` };
    const buf = Buffer.alloc(st.size);
    const { bytesRead } = await fh.read(buf, 0, st.size, 0);
    return { ok: true, bytes: new Uint8Array(buf.buffer, buf.byteOffset, bytesRead), path: rel };
  } finally {
    await fh.close();
  }
}
