// Reads one catalogue JSON file and validates it, with errors an analyst editing the file can act
// on: the file, the firm (by id, or by position when the id itself is the problem) and the field.
import { readFileSync } from 'node:fs';
import { getDomain } from 'tldts';
import { catalogueSchema, type Firm } from './firm-schema.ts';

interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

function firmLabel(raw: unknown, i: number): string {
  const id = (raw as { firms?: Array<{ id?: unknown }> } | null)?.firms?.[i]?.id;
  return typeof id === 'string' ? `firm '${id}' (firms[${i}])` : `firms[${i}]`;
}

function describe(issue: Issue, raw: unknown): string {
  const [head, i, ...rest] = issue.path;
  if (head === 'firms' && typeof i === 'number') {
    return `${firmLabel(raw, i)}: ${rest.length ? rest.map(String).join('.') : '(firm)'}: ${issue.message}`;
  }
  return `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`;
}

export function readCatalogueFile(path: string): Firm[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`firm catalogue ${path}: cannot read JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = catalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${describe(i, raw)}`);
    throw new Error(`firm catalogue ${path} is invalid:\n${lines.join('\n')}`);
  }
  for (const firm of parsed.data.firms) checkReferralHosts(firm, path);
  return parsed.data.firms;
}

/** A referral format on a host the firm does not own would attribute other sites' links to it. */
function checkReferralHosts(firm: Firm, path: string): void {
  const owned = new Set([...firm.domains, ...firm.mirrorDomains, ...firm.euEntities.flatMap((e) => e.domains)]);
  firm.referral.forEach((r, i) => {
    const domain = getDomain(r.host, { allowPrivateDomains: true }) ?? r.host;
    if (!owned.has(r.host) && !owned.has(domain)) {
      throw new Error(`firm catalogue ${path}: firm '${firm.id}': referral.${i}.host '${r.host}' is not under one of the firm's domains`);
    }
  });
}

/** Ids and domains must be unique across all loaded files, or lookups would silently pick one firm. */
export function checkUnique(files: ReadonlyArray<{ path: string; firms: readonly Firm[] }>): void {
  const ids = new Map<string, string>();
  const domains = new Map<string, string>();
  for (const { path, firms } of files) {
    for (const f of firms) {
      const seen = ids.get(f.id);
      if (seen) throw new Error(`firm catalogue ${path}: firm id '${f.id}' is already used in ${seen}`);
      ids.set(f.id, path);
      const own = [...f.domains, ...f.mirrorDomains, ...f.euEntities.flatMap((e) => e.domains)];
      for (const d of new Set(own)) {
        const other = domains.get(d);
        if (other) throw new Error(`firm catalogue ${path}: firm '${f.id}': domain '${d}' is already claimed by ${other}`);
        domains.set(d, `firm '${f.id}' in ${path}`);
      }
    }
  }
}
