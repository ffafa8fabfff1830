// Which addresses the shortener expander may connect to. Expanding attacker-chosen URLs from posts
// is an SSRF vector (a bit.ly pointing at 169.254.169.254 or an internal admin page), so every hop's
// addresses are checked before any request, including IPv4 hidden inside IPv6 forms.
import net from 'node:net';

const V4_BLOCKED: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8], // unspecified / "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const V6_BLOCKED: ReadonlyArray<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated); embedded v4 also checked below
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const v4List = new net.BlockList();
for (const [a, p] of V4_BLOCKED) v4List.addSubnet(a, p, 'ipv4');
const v6List = new net.BlockList();
for (const [a, p] of V6_BLOCKED) v6List.addSubnet(a, p, 'ipv6');

/** Expand an IPv6 address (no zone) into 8 16-bit groups; null if malformed. */
function ipv6Groups(ip: string): number[] | null {
  let s = ip;
  const tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  const maybeV4 = s.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    if (!net.isIPv4(maybeV4)) return null;
    const o = maybeV4.split('.').map(Number);
    tail.push(((o[0] ?? 0) << 8) | (o[1] ?? 0), ((o[2] ?? 0) << 8) | (o[3] ?? 0));
    // Drop the dotted tail; keep a "::" that precedes it, else drop the lone separator.
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith('::')) s = s.slice(0, -1);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string | undefined): number[] => (h ? h.split(':').filter((x) => x !== '').map((x) => parseInt(x, 16)) : []);
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  const fill = 8 - tail.length - head.length - rest.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return null;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? fill : 0).fill(0), ...rest, ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function v4FromGroups(hi: number, lo: number): string {
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

/** IPv4 address embedded in an IPv6 one (mapped, compatible, NAT64, 6to4), or null. */
export function embeddedIPv4(ip: string): string | null {
  const g = ipv6Groups(ip);
  if (!g) return null;
  const [a, b, c, d, e, f, h, l] = g as [number, number, number, number, number, number, number, number];
  const zeros5 = a === 0 && b === 0 && c === 0 && d === 0 && e === 0;
  if (zeros5 && (f === 0xffff || f === 0)) return v4FromGroups(h, l); // ::ffff:a.b.c.d, ::a.b.c.d
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return v4FromGroups(h, l); // NAT64
  if (a === 0x2002) return v4FromGroups(b, c); // 6to4
  return null;
}

/**
 * True when an address must not be contacted. Anything that is not a valid IP literal is refused
 * too: callers pass resolved addresses, so a non-IP here means something went wrong.
 */
export function isBlockedAddress(address: string): boolean {
  const ip = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const zone = ip.indexOf('%');
  const bare = zone >= 0 ? ip.slice(0, zone) : ip;
  const family = net.isIP(bare);
  if (family === 4) return v4List.check(bare, 'ipv4');
  if (family !== 6) return true;
  if (zone >= 0) return true; // a zone id only makes sense for link-local
  if (v6List.check(bare, 'ipv6')) return true;
  const v4 = embeddedIPv4(bare);
  return v4 !== null && v4List.check(v4, 'ipv4');
}
