// Content-addressed archive of the raw bytes we collected (API responses, HTML pages). An item's
// evidence points here (`archive:<sha256>#<record>`), so what a supervisor puts in a file can be
// re-hashed against the bytes that were received, years later. Files are written once, under their
// own hash, via a temporary file that is fsynced and renamed: a crash leaves either the whole file
// or none, never a torn one under a valid name. The same directory can be shared by the services of
// a deployment (EVIDENCE_DIR), since a name is its content.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ArchiveEntry {
  sha256: string;
  /** Reference items carry in evidence.rawRef, before the `#<record>` part. */
  ref: string;
  bytes: number;
  /** False when these exact bytes were already archived (same content collected again). */
  created: boolean;
}

export interface EvidenceArchive {
  readonly dir: string;
  put(bytes: Buffer): Promise<ArchiveEntry>;
  /** The archived bytes, or null when nothing is archived under that hash. */
  get(sha256: string): Promise<Buffer | null>;
}

const SHA = /^[0-9a-f]{64}$/;

export function archiveRef(sha256: string): string {
  return `archive:${sha256}`;
}

/** `archive:<sha>#<record>` -> its parts; null for references that are not into the archive. */
export function parseArchiveRef(rawRef: string | null | undefined): { sha256: string; record: string } | null {
  const m = /^archive:([0-9a-f]{64})#(.+)$/.exec(rawRef ?? '');
  return m ? { sha256: m[1]!, record: m[2]! } : null;
}

export function createFileArchive(dir: string): EvidenceArchive {
  // Two hex characters of fan-out keep directories small at millions of pages.
  const pathOf = (sha: string): string => join(dir, sha.slice(0, 2), sha);
  return {
    dir,
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      const existing = await stat(target).catch(() => null);
      if (existing?.size === bytes.length) return { sha256, ref: archiveRef(sha256), bytes: bytes.length, created: false };
      await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
      const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      const fh = await open(tmp, 'wx');
      try {
        await fh.writeFile(bytes);
        await fh.sync();
      } finally {
        await fh.close();
      }
      try {
        await rename(tmp, target);
      } catch (e) {
        await rm(tmp, { force: true });
        throw e;
      }
      return { sha256, ref: archiveRef(sha256), bytes: bytes.length, created: true };
    },
    async get(sha256) {
      if (!SHA.test(sha256)) return null;
      try {
        return await readFile(pathOf(sha256));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
  };
}
