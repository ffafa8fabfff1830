// An HTTP dispatcher that can only connect to addresses we have already checked. A guard that
// resolves a host, approves its addresses and then lets fetch resolve it again is open to DNS
// rebinding: the second answer (short TTL, attacker's name server) can be 127.0.0.1 or the cloud
// metadata address. Here the socket's own lookup returns the approved addresses and nothing else, so
// what was checked is what is connected to, on every hop. Used by every outbound fetch of
// attacker-chosen URLs (shortener expansion now; platform next-page URLs and images later).
import net, { type LookupFunction } from 'node:net';
import { Agent } from 'undici';

export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

export class UncheckedHostError extends Error {
  readonly code = 'ERR_UNCHECKED_HOST';
  constructor(host: string) {
    super(`refused: connection to ${host}, whose addresses were not checked`);
    this.name = 'UncheckedHostError';
  }
}

/**
 * A dispatcher for one host whose addresses passed the guard. Any other host name (a connection the
 * client might open for a reason we did not foresee) fails instead of being resolved. IP literals
 * never reach a lookup; the caller checks those itself.
 */
export function pinnedAgent(host: string, addresses: readonly string[], opts: { connectTimeoutMs?: number } = {}): Agent {
  if (addresses.length === 0) throw new Error(`no checked address for ${host}`);
  const pinned: PinnedAddress[] = addresses.map((a) => ({ address: a, family: net.isIPv6(a) ? 6 : 4 }));
  const lookup: LookupFunction = (hostname, options, callback) => {
    if (hostname.toLowerCase() !== host.toLowerCase()) {
      callback(new UncheckedHostError(hostname) as NodeJS.ErrnoException, '', 0);
      return;
    }
    const wanted = options.family === 4 || options.family === 6 ? pinned.filter((p) => p.family === options.family) : pinned;
    if (wanted.length === 0) {
      callback(Object.assign(new Error(`no checked IPv${String(options.family)} address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    // net.connect asks for all addresses when it races IPv4 and IPv6 (autoSelectFamily).
    if (options.all) callback(null, wanted);
    else callback(null, wanted[0]!.address, wanted[0]!.family);
  };
  return new Agent({
    connect: { lookup, ...(opts.connectTimeoutMs ? { timeout: opts.connectTimeoutMs } : {}) },
    // One request at a time per hop: no pool worth keeping, and nothing lingers after close().
    connections: 1,
    pipelining: 0,
  });
}
