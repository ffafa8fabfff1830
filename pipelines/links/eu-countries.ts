// Which country codes form an EU nexus. Link geo hints report any country (a .ch or .uk link is
// evidence too); deciding EU-ness is the consumer's call, made with these helpers so it is made once.

/** The 27 EU member states, ISO 3166-1 alpha-2 (Greece is GR here, not the EU's own "EL"). */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** MiCA is EEA-relevant: Iceland, Liechtenstein and Norway apply it too. */
export const EEA_ONLY_COUNTRIES = ['IS', 'LI', 'NO'] as const;

export type EuCountry = (typeof EU_COUNTRIES)[number];

const EU = new Set<string>(EU_COUNTRIES);
const EEA = new Set<string>([...EU_COUNTRIES, ...EEA_ONLY_COUNTRIES]);

/**
 * True for an EU member state, and for the pseudo-code "EU" that a .eu domain yields
 * (a .eu domain may only be registered by EU/EEA residents, so it is itself an EU nexus).
 */
export function isEuCountry(code: string | null | undefined): boolean {
  if (!code) return false;
  const c = code.toUpperCase();
  return c === 'EU' || EU.has(c);
}

/** EU plus Iceland, Liechtenstein and Norway (and "EU"). */
export function isEeaCountry(code: string | null | undefined): boolean {
  if (!code) return false;
  const c = code.toUpperCase();
  return c === 'EU' || EEA.has(c);
}
