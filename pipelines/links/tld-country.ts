// Country of a host's top-level domain (Section 6 §36: a country TLD is an EU-nexus hint).
// Every ISO-style two-letter TLD is reported, EU or not; the consumer decides with isEuCountry.

/** ccTLDs whose code differs from the ISO 3166-1 alpha-2 code, or that name no single country. */
const SPECIAL: Readonly<Record<string, string | null>> = {
  uk: 'GB',
  eu: 'EU',
  su: null, // former USSR
  ac: null, // Ascension Island: sold as a generic domain
};

/**
 * ccTLDs marketed worldwide as generic names (.io for tech, .ai for AI, .me, .tv, .co...).
 * Reporting qorvex.io as "British Indian Ocean Territory" would be noise, not a geo hint.
 */
const GENERIC_USE = new Set([
  'io', 'ai', 'co', 'me', 'tv', 'cc', 'ws', 'fm', 'gg', 'ly', 'to', 'so', 'sh', 'im', 'vc', 'la', 'am', 'gl',
  'ms', 'nu', 'tk', 'ml', 'ga', 'cf', 'gq', 'st', 'cx', 'lc', 'bz', 'mn',
]);

const ASCII_TWO_LETTERS = /^[a-z]{2}$/;

/** Upper-case country code for the host's TLD, 'EU' for .eu, null for gTLDs, IPs and generic-use ccTLDs. */
export function tldCountry(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return null; // IPv6 literal
  const dot = host.lastIndexOf('.');
  if (dot < 0) return null;
  const tld = host.slice(dot + 1);
  if (tld in SPECIAL) return SPECIAL[tld] ?? null;
  if (!ASCII_TWO_LETTERS.test(tld) || GENERIC_USE.has(tld)) return null;
  return tld.toUpperCase();
}
