// Reference logos of catalogue firms. Analysts drop a firm's logo files into config/logos/<firmId>/
// (SVG or PNG, transparent background preferred); config/logos/packaged.json names the real exchanges'
// icon marks taken from @web3icons/core. Everything is rendered with sharp to RGBA at REFERENCE_SIZE.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { z } from 'zod';
import type { DecodedImage } from './media-types.ts';

export const DEFAULT_LOGOS_DIR = fileURLToPath(new URL('../../config/logos/', import.meta.url));
/** Longest side of a rendered reference; the detector derives all its templates from it. */
export const REFERENCE_SIZE = 256;
const FILE_PATTERN = /\.(svg|png)$/i;

export interface ReferenceLogo {
  firmId: string;
  /** File path, or "@web3icons/core:<name>". */
  source: string;
  /** Wide marks (name written out) are searched with wider templates than square icons. */
  kind: 'icon' | 'wordmark';
  image: DecodedImage;
}

const packagedSchema = z.object({
  package: z.literal('@web3icons/core'),
  licence: z.string(),
  note: z.string().optional(),
  marks: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().regex(/^[a-z0-9-]+$/)),
});

export interface LoadReferenceLogosOptions {
  /** Ids of the catalogue's firms: a folder or packaged mark for any other id is an error. */
  firmIds: Iterable<string>;
  /** Default config/logos/. */
  dir?: string;
  /** Also load the packaged marks of packaged.json (default true). */
  packaged?: boolean;
  /** Only these firms (e.g. the sample firms in tests). */
  only?: ReadonlySet<string>;
}

export async function loadReferenceLogos(opts: LoadReferenceLogosOptions): Promise<ReferenceLogo[]> {
  const dir = resolve(opts.dir ?? DEFAULT_LOGOS_DIR);
  const known = new Set(opts.firmIds);
  const wanted = (id: string): boolean => !opts.only || opts.only.has(id);
  const out: ReferenceLogo[] = [];
  if (!existsSync(dir)) throw new Error(`reference logos: folder ${dir} not found`);
  for (const entry of readdirSync(dir).sort()) {
    const folder = join(dir, entry);
    if (!statSync(folder).isDirectory()) continue;
    if (!known.has(entry)) {
      throw new Error(`reference logos: folder ${folder} is named after firm id "${entry}", which is not in the firm catalogue`);
    }
    if (!wanted(entry)) continue;
    const files = readdirSync(folder).filter((f) => FILE_PATTERN.test(f)).sort();
    if (files.length === 0) throw new Error(`reference logos: folder ${folder} holds no .svg or .png file`);
    for (const file of files) {
      const path = join(folder, file);
      out.push(await renderReference(entry, path, readFileSync(path)));
    }
  }
  const packagedFile = join(dir, 'packaged.json');
  if ((opts.packaged ?? true) && existsSync(packagedFile)) {
    const parsed = packagedSchema.safeParse(JSON.parse(readFileSync(packagedFile, 'utf8')));
    if (!parsed.success) {
      throw new Error(`reference logos: ${packagedFile}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    for (const [firmId, name] of Object.entries(parsed.data.marks)) {
      if (!known.has(firmId)) throw new Error(`reference logos: ${packagedFile}: marks.${firmId} is not a firm of the catalogue`);
      if (!wanted(firmId)) continue;
      const svg = await loadPackagedSvg(name, packagedFile);
      out.push(await renderReference(firmId, `@web3icons/core:${name}`, Buffer.from(svg)));
    }
  }
  return out;
}

async function loadPackagedSvg(name: string, packagedFile: string): Promise<string> {
  try {
    const mod = (await import(`@web3icons/core/svgs/exchanges/branded/${name}.svg.js`)) as { default: unknown };
    if (typeof mod.default !== 'string') throw new Error('the module exports no SVG string');
    return mod.default;
  } catch (err) {
    throw new Error(`reference logos: ${packagedFile}: @web3icons/core has no exchange mark "${name}" (${(err as Error).message})`, { cause: err });
  }
}

export async function renderReference(firmId: string, source: string, bytes: Buffer): Promise<ReferenceLogo> {
  try {
    // density high enough that a 24-px SVG still renders crisply at REFERENCE_SIZE
    const { data, info } = await sharp(bytes, { density: 600, limitInputPixels: 4096 * 4096 })
      .ensureAlpha()
      .resize(REFERENCE_SIZE, REFERENCE_SIZE, { fit: 'inside' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const image = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
    if (!hasOpaqueContent(image)) throw new Error('the image is empty (fully transparent)');
    return { firmId, source, kind: info.width >= 2 * info.height ? 'wordmark' : 'icon', image };
  } catch (err) {
    throw new Error(`reference logo ${source} of firm ${firmId}: ${(err as Error).message}`, { cause: err });
  }
}

function hasOpaqueContent(image: DecodedImage): boolean {
  for (let i = 3; i < image.data.length; i += 4) if (image.data[i]! > 127) return true;
  return false;
}
