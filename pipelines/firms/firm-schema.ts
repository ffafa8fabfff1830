// The firm catalogue: data analysts edit (config/firms.json), validated on load.
import { z } from 'zod';

const domain = z.string().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, { message: 'must be a lower-case host name' });
const country = z.string().regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code' });

/**
 * How a firm's referral/invite links carry the code.
 * `host` matches that host and its subdomains. `path` is matched after an optional locale segment
 * (/fr/, /en-GB/); `:code` in it marks a path segment carrying the code, alone or with a fixed
 * prefix/suffix in the same segment ("/reg-:code"); a final `*` segment accepts any further
 * segments ("/signup/:code/*"). `param` names the query parameter carrying the code.
 */
export const referralFormatSchema = z.object({
  host: domain,
  path: z.string().startsWith('/'),
  param: z.string().min(1).optional(),
  /** Further parameters that carry the code when `param` is absent, in order (bitget's vipCode, then channelCode). */
  altParams: z.array(z.string().min(1)).optional(),
});

export const euEntitySchema = z.object({
  name: z.string().min(1),
  lei: z.string().nullable().optional(),
  homeMemberState: country,
  passportedCountries: z.array(country).default([]),
  domains: z.array(domain).default([]),
  source: z.enum(['catalogue', 'esma_casp']).default('catalogue'),
  authorisedOn: z.string().nullable().optional(),
  /**
   * Websites the EU entity shares with the group's third-country entity (ESMA lists okx.com for
   * OKX Europe Limited). Lookups keep these third_country: the same site also onboards non-EU
   * clients, so the link alone does not show which entity a post sends people to.
   */
  sharedDomains: z.array(domain).optional(),
});

export const firmSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { message: 'must be a lower-case slug' }),
  name: z.string().min(1),
  /** Names as people write them in posts, matched case-insensitively on word boundaries. */
  aliases: z.array(z.string().min(2)).default([]),
  kind: z.enum(['exchange', 'broker', 'derivatives', 'wallet', 'other']).default('exchange'),
  /**
   * third_country: outside the EU, may not solicit EU clients.
   * non_compliant: reported by an NCA (ESMA NCASP list).
   * eu_authorised: only an EU CASP (links to it are not a third-country solicitation).
   */
  status: z.enum(['third_country', 'non_compliant', 'eu_authorised']),
  /** Fictional firm of the bundled sample data. */
  sample: z.boolean().default(false),
  group: z.string().nullable().optional(),
  headquarters: country.nullable().optional(),
  /** Domains of the third-country entity. */
  domains: z.array(domain).default([]),
  mirrorDomains: z.array(domain).default([]),
  euEntities: z.array(euEntitySchema).default([]),
  handles: z
    .object({
      x: z.array(z.string()).default([]),
      youtube: z.array(z.string()).default([]),
      telegram: z.array(z.string()).default([]),
      instagram: z.array(z.string()).default([]),
      tiktok: z.array(z.string()).default([]),
      facebook: z.array(z.string()).default([]),
    })
    .default({ x: [], youtube: [], telegram: [], instagram: [], tiktok: [], facebook: [] }),
  hashtags: z.array(z.string()).default([]),
  referral: z.array(referralFormatSchema).default([]),
  apps: z
    .object({ ios: z.array(z.string()).default([]), android: z.array(z.string()).default([]) })
    .default({ ios: [], android: [] }),
  notes: z.string().optional(),
});

export const catalogueSchema = z.object({
  version: z.literal(1),
  firms: z.array(firmSchema),
});

export type Firm = z.infer<typeof firmSchema>;
export type FirmInput = z.input<typeof firmSchema>;
export type ReferralFormat = z.infer<typeof referralFormatSchema>;
export type EuEntity = z.infer<typeof euEntitySchema>;
