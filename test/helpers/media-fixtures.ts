// Test fixtures of issue 11 (imported by test files only): a local HTTP server serving hostile and honest images,
// and analysers that satisfy the media-types contract without any real detection. Kept out of the
// test files so the stage test and the pipeline test share one set.
import http from 'node:http';
import { crc32 } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { isBlockedAddress } from '../../pipelines/links/ip-guard.ts';
import type { ImageAnalysers } from '../../pipelines/media/analysers.ts';
import type { UrlGuardOptions } from '../../infra/http/url-guard.ts';

/** The server's own address: the only loopback address the tests' guard lets through. */
export const TEST_HOST = '127.0.0.2';

/** Guard options of the tests: the real rule, except for the test server's address and port. */
export const testGuard: UrlGuardOptions = { isBlocked: (a) => a !== TEST_HOST && isBlockedAddress(a), allowAnyPort: true };

export const solidPng = (r: number, g: number, b: number, size = 64): Promise<Buffer> =>
  sharp({ create: { width: size, height: size, channels: 3, background: { r, g, b } } }).png().toBuffer();

/** A valid small PNG whose header declares width x height (IHDR rewritten, CRC recomputed): a decompression bomb. */
export async function bombPng(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await solidPng(0, 0, 0, 8));
  // IHDR: length(4) 'IHDR'(4) width(4) height(4) ... at offset 8; CRC over type+data (17 bytes) at 29.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

export const EVIL_SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="64" height="64"><script>fetch("http://169.254.169.254/")</script><image xlink:href="http://169.254.169.254/latest/meta-data" width="64" height="64"/></svg>';

export interface HostileServer {
  base: string;
  redPng: Buffer;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const redPng = await solidPng(220, 20, 20);
  const bomb = await bombPng(50_000, 50_000);
  const truncated = redPng.subarray(0, Math.floor(redPng.length / 2));
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/red.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(redPng);
    if (path === '/bomb.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(bomb);
    if (path === '/truncated.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(truncated);
    if (path === '/page.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end('<!doctype html><html><body>not an image</body></html>');
    if (path === '/evil.svg') return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(EVIL_SVG);
    if (path === '/to-loopback.png') return void res.writeHead(302, { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/red.png` }).end();
    // Headers sent, then nothing: only the fetch deadline ends it.
    if (path === '/stall.png') return void res.writeHead(200, { 'content-type': 'image/png' }).write(redPng.subarray(0, 16));
    if (path === '/huge.png') {
      // 50 MB of chunked body, no Content-Length: the cap must act on the stream itself.
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(1 << 20, 0x41);
      let sent = 0;
      const pump = (): void => {
        while (sent < 50) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => { sent = 50; });
      return void pump();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, TEST_HOST, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://${TEST_HOST}:${port}`,
    redPng,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/**
 * Contract-true analysers with no real detection: the "logo" of a firm is a solid colour (the
 * image's mean colour near red reports qorvex over the whole image), and the reader returns a
 * fixed text with a referral link and a promo code, for red images only.
 */
export function colourAnalysers(firmId = 'qorvex', text = 'Sign up https://www.qorvex.io/fr/register?ref=IMGCODE7 with code IMGCODE7'): ImageAnalysers {
  const isRed = (d: Uint8Array): boolean => {
    let r = 0, g = 0, b = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) { r += d[i]!; g += d[i + 1]!; b += d[i + 2]!; }
    return r / n > 180 && g / n < 60 && b / n < 60;
  };
  return {
    detectLogos: (img) => (isRed(img.data) ? [{ firmId, score: 0.91, region: { x: 0, y: 0, width: img.width, height: img.height } }] : []),
    readText: async (img) => (isRed(img.data) ? { text, confidence: 0.9 } : { text: '', confidence: 0 }),
  };
}
