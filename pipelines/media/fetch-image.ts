// Fetches an image named by an attacker-chosen URL (issue 11). Every hop is cleared by the URL guard
// (http(s), common ports, no private/loopback/link-local/metadata address) and connected through a
// dispatcher pinned to the addresses that were checked, so a redirect or a DNS answer cannot lead
// inside. Bytes are streamed and the request aborted past the cap; the whole fetch has one deadline.
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import { pinnedAgent } from '../../infra/http/pinned-agent.ts';
import { clearance, type UrlGuardOptions } from '../../infra/http/url-guard.ts';
import { readCappedBody } from '../../infra/http/read-capped-body.ts';

export interface ImageFetchOptions extends UrlGuardOptions {
  maxRedirects: number;
  maxBytes: number;
  timeoutMs: number;
}

export type FetchedImage = { ok: true; bytes: Uint8Array; finalUrl: string } | { ok: false; error: string };

type FetchWithDispatcher = (url: string, init: RequestInit & { dispatcher?: Dispatcher }) => Promise<Response>;
// undici's own fetch: the pinned dispatcher must come from the same undici as the fetch using it.
const doFetch = undiciFetch as unknown as FetchWithDispatcher;

class TooLargeError extends Error {}

/** Reads the body up to maxBytes; one byte more aborts the transfer (a 50 MB body is never held). */
async function readBody(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new TooLargeError(`image larger than ${maxBytes} bytes (declared ${declared})`);
  }
  return readCappedBody(res, maxBytes, () => new TooLargeError(`image larger than ${maxBytes} bytes`));
}

export async function fetchImage(input: string, opts: ImageFetchOptions): Promise<FetchedImage> {
  let current: URL;
  try {
    current = new URL(input);
  } catch {
    return { ok: false, error: 'invalid URL' };
  }
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let redirects = 0;
  try {
    for (;;) {
      const cleared = await clearance(current, opts, signal);
      if ('refused' in cleared) return { ok: false, error: cleared.refused };
      const agent = cleared.addresses ? pinnedAgent(current.hostname, cleared.addresses) : undefined;
      try {
        const res = await doFetch(current.href, {
          method: 'GET',
          redirect: 'manual',
          signal,
          headers: { accept: 'image/png,image/jpeg,image/webp,image/gif;q=0.9' },
          ...(agent ? { dispatcher: agent } : {}),
        });
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
          await res.body?.cancel().catch(() => undefined);
          if (redirects >= opts.maxRedirects) return { ok: false, error: `too many redirects (more than ${opts.maxRedirects})` };
          try {
            current = new URL(location, current);
          } catch {
            return { ok: false, error: 'invalid redirect location' };
          }
          redirects++;
          continue;
        }
        if (res.status < 200 || res.status >= 300) {
          await res.body?.cancel().catch(() => undefined);
          return { ok: false, error: `HTTP ${res.status}` };
        }
        return { ok: true, bytes: await readBody(res, opts.maxBytes), finalUrl: current.href };
      } finally {
        await agent?.destroy().catch(() => undefined);
      }
    }
  } catch (e) {
    if (e instanceof TooLargeError) return { ok: false, error: e.message };
    if (signal.aborted) return { ok: false, error: `timed out after ${opts.timeoutMs} ms` };
    return { ok: false, error: `request failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
