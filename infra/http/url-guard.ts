// Whether an outbound URL may be requested, and the addresses its connection must be pinned to.
// Every fetch of an address we did not configure (shortener hops, platform next-page URLs, images)
// asks here first: http(s) only, no private, loopback, link-local or reserved address (also inside
// IPv6 forms), common web ports only. The answer's addresses go to pinnedAgent, so the connection
// uses exactly what was checked.
import dns from 'node:dns';
import net from 'node:net';
import { isBlockedAddress } from '../../pipelines/links/ip-guard.ts';

export interface UrlGuardOptions {
  /** Tests only: no guard and no pinning, for tests that rewrite URLs to a local server. */
  allowPrivate?: boolean;
  /** Tests only: resolve a host name to addresses instead of dns.promises.lookup. */
  lookupImpl?: (host: string) => Promise<string[]>;
  /** Tests only: which addresses are refused (default: private, loopback, link-local, reserved). */
  isBlocked?: (address: string) => boolean;
  /** Tests only: follow any port (a local test server listens on a random one). */
  allowAnyPort?: boolean;
}

/** Ports a public web redirect plausibly uses; others (22, 25, 6379...) are not followed. */
const ALLOWED_PORTS: ReadonlySet<string> = new Set(['', '80', '443', '8080', '8443']);

async function systemLookup(host: string): Promise<string[]> {
  const all = await dns.promises.lookup(host, { all: true, verbatim: true });
  return all.map((a) => a.address);
}

function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}

/** A hop that may be requested: by IP literal (nothing to resolve), or by name through these checked addresses. */
export type Clearance = { refused: string } | { addresses: string[] | null };

/** Whether a URL may be requested, and the addresses its connection is pinned to. */
export async function clearance(url: URL, opts: UrlGuardOptions, signal: AbortSignal): Promise<Clearance> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { refused: `refused: scheme ${url.protocol}` };
  // Tests that rewrite URLs to a local server: no guard, no pinning (the rebinding test uses isBlocked).
  if (opts.allowPrivate) return { addresses: null };
  const blocked = opts.isBlocked ?? isBlockedAddress;
  const host = url.hostname;
  // WHATWG URL has already turned 0x7f000001, 2130706433 and 0177.0.0.1 into 127.0.0.1.
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (net.isIP(literal)) {
    if (blocked(literal)) return { refused: `refused: private or reserved address ${host}` };
  } else if (host === 'localhost' || host.endsWith('.localhost')) {
    return { refused: `refused: ${host}` };
  }
  if (!ALLOWED_PORTS.has(url.port) && !opts.allowAnyPort) return { refused: `refused: port ${url.port}` };
  if (net.isIP(literal)) return { addresses: null };
  let addresses: string[];
  try {
    addresses = await abortable((opts.lookupImpl ?? systemLookup)(host), signal);
  } catch (e) {
    if (signal.aborted) throw e;
    return { refused: `dns lookup failed for ${host}` };
  }
  if (addresses.length === 0) return { refused: `dns lookup failed for ${host}` };
  const bad = addresses.find((a) => blocked(a));
  return bad ? { refused: `refused: ${host} resolves to private or reserved address ${bad}` } : { addresses };
}
