// Maps ESMA register records to overlay entries. Columns are found by header name, not position, so
// a reordered or extended export still imports. A record is rejected only when it cannot identify an
// entity (no name, no Member State, wrong field count); unreadable single cells are dropped and reported.
import { cleanText, nullIfEmpty, parseCountries, parseEsmaDate, parseServices, parseWebsites, splitMulti } from './esma-fields.ts';
import { toMemberState } from './member-states.ts';
import type { CsvRecord } from './csv-records.ts';
import type { EsmaCaspEntry, EsmaNcaspEntry } from './esma-schema.ts';

export type EsmaKind = 'casp' | 'ncasp';

export interface RowIssue {
  line: number;
  reason: string;
}

const COMMON_COLUMNS = [
  'ae_competentauthority', 'ae_homememberstate', 'ae_lei_name', 'ae_lei', 'ae_lei_cou_code', 'ae_commercial_name', 'ae_website',
] as const;
const CASP_COLUMNS = [
  ...COMMON_COLUMNS, 'ae_website_platform', 'ac_authorisationnotificationdate', 'ac_authorisationenddate', 'ac_servicecode',
  'ac_servicecode_cou', 'ac_comments', 'ac_lastupdate',
] as const;
const NCASP_COLUMNS = [...COMMON_COLUMNS, 'ae_infrigment', 'ae_reason', 'ae_decision_date', 'ae_comments', 'ae_lastupdate'] as const;

export interface HeaderInfo {
  kind: EsmaKind;
  /** Column name (lower case) -> index. */
  index: ReadonlyMap<string, number>;
  /** Column name (lower case) -> as the file spells it, for messages. */
  spelling: ReadonlyMap<string, string>;
  width: number;
}

/** Which register a header belongs to, by its columns: file names are not reliable. */
export function detectKind(header: string[], file: string): HeaderInfo {
  const spelled = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const names = spelled.map((h) => h.toLowerCase());
  const index = new Map(names.map((n, i) => [n, i] as const));
  const spelling = new Map(names.map((n, i) => [n, spelled[i] ?? n] as const));
  const kind: EsmaKind | null = index.has('ac_servicecode_cou') || index.has('ac_authorisationnotificationdate')
    ? 'casp'
    : index.has('ae_infrigment') || index.has('ae_decision_date')
      ? 'ncasp'
      : null;
  if (!kind) {
    throw new Error(`${file}: header is neither an ESMA CASP nor an NCASP register (columns: ${spelled.join(', ')})`);
  }
  const required = kind === 'casp' ? CASP_COLUMNS : NCASP_COLUMNS;
  const missing = required.filter((c) => !index.has(c));
  if (missing.length) throw new Error(`${file}: ESMA ${kind.toUpperCase()} header lacks column(s) ${missing.join(', ')}`);
  return { kind, index, spelling, width: names.length };
}

type Built<T> = { entry: T; warnings: RowIssue[] } | { error: RowIssue };

class RowReader {
  readonly warnings: RowIssue[] = [];
  constructor(
    private readonly rec: CsvRecord,
    private readonly header: HeaderInfo,
  ) {}

  cell(column: string): string {
    const i = this.header.index.get(column);
    return i === undefined ? '' : (this.rec.fields[i] ?? '');
  }

  warn(column: string, rejected: string[], why: string): void {
    const name = this.header.spelling.get(column.toLowerCase()) ?? column;
    for (const r of rejected) this.warnings.push({ line: this.rec.line, reason: `${name}: '${r}' ${why}, ignored` });
  }

  date(column: string): string | null {
    const d = parseEsmaDate(this.cell(column));
    this.warn(column, d.rejected, 'is not a dd/mm/yyyy date');
    return d.value;
  }
}

/** Fields every register shares; null plus an error when the record cannot name an entity. */
type CommonFields = Pick<EsmaCaspEntry, 'line' | 'competentAuthority' | 'homeMemberState' | 'legalName' | 'lei' | 'commercialNames'>;

function readCommon(r: RowReader, line: number, kind: EsmaKind): { common: CommonFields } | { error: RowIssue } {
  const legalName = cleanText(r.cell('ae_lei_name'));
  const commercialNames = splitMulti(r.cell('ae_commercial_name'));
  if (!legalName && commercialNames.length === 0) {
    return { error: { line, reason: 'ae_lei_name and ae_commercial_name are both empty: the record names no entity' } };
  }
  const rawState = cleanText(r.cell('ae_homememberstate'));
  let homeMemberState = toMemberState(rawState);
  if (!homeMemberState) {
    // One real CASP record leaves the home state empty; the LEI country is the same state there.
    const leiCountry = toMemberState(r.cell('ae_lei_cou_code'));
    if (!leiCountry) {
      const why = rawState ? `'${rawState}' is not an EEA Member State` : 'is empty';
      return { error: { line, reason: `ae_homeMemberState ${why} and ae_lei_cou_code gives none (${kind.toUpperCase()} '${legalName || commercialNames[0]}')` } };
    }
    r.warnings.push({ line, reason: `ae_homeMemberState ${rawState ? `'${rawState}' unknown` : 'empty'}, used ae_lei_cou_code ${leiCountry}` });
    homeMemberState = leiCountry;
  }
  const rawLei = cleanText(r.cell('ae_lei')).replace(/[.\s]+$/, '').toUpperCase();
  const lei = /^[A-Z0-9]{18}[0-9]{2}$/.test(rawLei) ? rawLei : null;
  if (rawLei && !lei) r.warn('ae_lei', [rawLei], 'is not a 20-character LEI');
  return {
    common: {
      line,
      competentAuthority: cleanText(r.cell('ae_competentauthority')),
      homeMemberState,
      legalName: legalName || (commercialNames[0] ?? ''),
      lei,
      commercialNames,
    },
  };
}

function websites(r: RowReader, ...columns: string[]) {
  const out = new Map<string, { url: string; host: string; domain: string }>();
  for (const column of columns) {
    const w = parseWebsites(r.cell(column));
    r.warn(column, w.rejected, 'is not a website');
    for (const site of w.value) if (!out.has(site.url)) out.set(site.url, site);
  }
  return [...out.values()];
}

function checkWidth(rec: CsvRecord, header: HeaderInfo): RowIssue | null {
  if (rec.fields.length === header.width) return null;
  return {
    line: rec.line,
    reason: `expected ${header.width} fields, found ${rec.fields.length} (unquoted comma or stray quote?)`,
  };
}

export function buildCaspEntry(rec: CsvRecord, header: HeaderInfo): Built<EsmaCaspEntry> {
  const widthError = checkWidth(rec, header);
  if (widthError) return { error: widthError };
  const r = new RowReader(rec, header);
  const c = readCommon(r, rec.line, 'casp');
  if ('error' in c) return { error: c.error };
  const services = parseServices(r.cell('ac_servicecode'));
  r.warn('ac_serviceCode', services.rejected, 'has no service letter a-j');
  const countries = parseCountries(r.cell('ac_servicecode_cou'));
  r.warn('ac_serviceCode_cou', countries.rejected, 'is not an EEA Member State');
  const entry: EsmaCaspEntry = {
    ...c.common,
    // The platform column often repeats the website, and is the only usable one when the address
    // spilled into the website column (unquoted commas in some AMF records).
    websites: websites(r, 'ae_website', 'ae_website_platform'),
    comments: nullIfEmpty(r.cell('ac_comments')),
    lastUpdate: r.date('ac_lastupdate'),
    services: services.value,
    passportedCountries: countries.value,
    authorisedOn: r.date('ac_authorisationnotificationdate'),
    authorisationEndsOn: r.date('ac_authorisationenddate'),
  };
  return { entry, warnings: r.warnings };
}

export function buildNcaspEntry(rec: CsvRecord, header: HeaderInfo): Built<EsmaNcaspEntry> {
  const widthError = checkWidth(rec, header);
  if (widthError) return { error: widthError };
  const r = new RowReader(rec, header);
  const c = readCommon(r, rec.line, 'ncasp');
  if ('error' in c) return { error: c.error };
  const infr = cleanText(r.cell('ae_infrigment')).toLowerCase();
  const reason = nullIfEmpty(r.cell('ae_reason'));
  const entry: EsmaNcaspEntry = {
    ...c.common,
    websites: websites(r, 'ae_website'),
    comments: nullIfEmpty(r.cell('ae_comments')),
    lastUpdate: r.date('ae_lastupdate'),
    infringement: infr === 'yes' ? true : infr === 'no' ? false : null,
    // "None" is the register's placeholder for "no reason given", not a reason.
    reason: reason && reason.toLowerCase() !== 'none' ? reason : null,
    decisionDate: r.date('ae_decision_date'),
  };
  return { entry, warnings: r.warnings };
}
