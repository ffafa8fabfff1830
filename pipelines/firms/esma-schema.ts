// The ESMA overlay (<dataDir>/firms/esma.json): what the importer writes and the catalogue loader reads.
// CASP and NCASP live in separate sections because ESMA publishes them as separate files; each
// import replaces its own section wholesale, since each file is a full snapshot of its register.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be an ISO date (yyyy-mm-dd)' });
const country = z.string().regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code' });

/** One website as ESMA wrote it, plus what lookups need: the host and its registrable domain. */
export const esmaWebsiteSchema = z.object({
  url: z.string().min(1),
  host: z.string().min(1),
  domain: z.string().min(1),
});

const commonFields = {
  /** Line of the CSV record (its first line when a quoted field spans lines), for traceability. */
  line: z.number().int().positive(),
  competentAuthority: z.string(),
  homeMemberState: country,
  legalName: z.string(),
  lei: z.string().nullable(),
  /** ae_commercial_name split on `|`: a firm may trade under several names. */
  commercialNames: z.array(z.string().min(1)),
  websites: z.array(esmaWebsiteSchema),
  comments: z.string().nullable(),
  lastUpdate: isoDate.nullable(),
};

export const esmaCaspEntrySchema = z.object({
  ...commonFields,
  /** MiCA Art. 3(1)(16) service letters a-j, as the register lists them. */
  services: z.array(z.string().regex(/^[a-j]$/)),
  passportedCountries: z.array(country),
  authorisedOn: isoDate.nullable(),
  authorisationEndsOn: isoDate.nullable(),
});

export const esmaNcaspEntrySchema = z.object({
  ...commonFields,
  infringement: z.boolean().nullable(),
  reason: z.string().nullable(),
  decisionDate: isoDate.nullable(),
});

const sourceSchema = z.object({
  /** Base name of the imported file, e.g. CASP20260209.csv. */
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.enum(['utf-8', 'windows-1252']),
});

export const esmaOverlaySchema = z.object({
  version: z.literal(1),
  casp: z.object({ source: sourceSchema, entries: z.array(esmaCaspEntrySchema) }).nullable().default(null),
  ncasp: z.object({ source: sourceSchema, entries: z.array(esmaNcaspEntrySchema) }).nullable().default(null),
});

export type EsmaWebsite = z.infer<typeof esmaWebsiteSchema>;
export type EsmaCaspEntry = z.infer<typeof esmaCaspEntrySchema>;
export type EsmaNcaspEntry = z.infer<typeof esmaNcaspEntrySchema>;
export type EsmaOverlay = z.infer<typeof esmaOverlaySchema>;
export type EsmaSource = z.infer<typeof sourceSchema>;
