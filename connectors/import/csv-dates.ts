// Date cells to ISO-8601 instants in UTC. Exports write dates in their own way ("31/12/2026 23:15",
// epoch seconds, naive "2026-03-01T10:00:00"); reading them with the machine's zone or a lenient parser
// would put a different instant in a supervisor's file depending on where the import ran. So a column
// either carries its offset (ISO-8601 with Z or ±hh:mm) or the mapping declares its format and IANA zone.
import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';

export const EPOCH_FORMATS = ['epoch-seconds', 'epoch-millis'] as const;

export interface DateRule {
  /** Luxon format tokens ("dd/MM/yyyy HH:mm"), an epoch format, or null for ISO-8601. */
  format: string | null;
  /** IANA zone for values without an offset, e.g. "Europe/Paris". */
  timeZone: string | null;
}

export type DateResult = { ok: true; iso: string } | { ok: false; reason: string };

/** Refuses zone names luxon would resolve against the machine ("local", "system") or not at all. */
export function checkTimeZone(zone: string, where: string): void {
  if (!IANAZone.isValidZone(zone)) throw new Error(`invalid CSV mapping: ${where}: ${JSON.stringify(zone)} is not an IANA time zone (e.g. "Europe/Paris", "UTC")`);
}

// Two fixed zones far apart: a value that names the same instant under both carries its own offset.
const PROBES: Zone[] = [FixedOffsetZone.utcInstance, FixedOffsetZone.instance(5 * 60 + 17)];

function parse(value: string, format: string | null, zone: Zone | string): DateTime {
  return format === null ? DateTime.fromISO(value, { zone }) : DateTime.fromFormat(value, format, { zone });
}

const DAY = 86_400_000;

function epoch(value: string, format: (typeof EPOCH_FORMATS)[number]): DateResult {
  const n = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  const dt = DateTime.fromMillis(format === 'epoch-seconds' ? n * 1000 : n, { zone: 'utc' });
  if (!Number.isFinite(n) || !dt.isValid) return { ok: false, reason: `is not ${format === 'epoch-seconds' ? 'a number of seconds' : 'a number of milliseconds'} since 1970-01-01T00:00:00Z` };
  return { ok: true, iso: dt.toISO()! };
}

export function toInstant(cell: string, rule: DateRule): DateResult {
  const value = cell.trim();
  const { format, timeZone } = rule;
  if (format === 'epoch-seconds' || format === 'epoch-millis') return epoch(value, format);
  const expected = format === null ? 'an ISO-8601 date-time' : `a date in format ${format}`;
  // fromISO also takes bare years and week dates ("2026", "2026-W01"); an instant needs a calendar date.
  if (format === null && !/^\d{4}-\d{2}-\d{2}/.test(value)) return { ok: false, reason: `is not ${expected}` };
  const [a, b] = PROBES.map((z) => parse(value, format, z)) as [DateTime, DateTime];
  if (!a.isValid) return { ok: false, reason: `is not ${expected} (${a.invalidExplanation ?? a.invalidReason})` };
  if (a.toMillis() === b.toMillis()) return { ok: true, iso: a.toUTC().toISO()! };
  if (timeZone === null) return { ok: false, reason: 'has no UTC offset and the mapping declares no timeZone for it' };
  // The instants whose local time in the zone is this wall time: none in a spring-forward gap, two in
  // the repeated autumn hour. Luxon would silently move the first and pick one of the second.
  const zone = IANAZone.create(timeZone);
  const wall = a.toMillis();
  const offsets = new Set([-DAY, 0, DAY].map((d) => zone.offset(wall + d)));
  const instants = [...offsets].map((o) => wall - o * 60_000).filter((t) => zone.offset(t) * 60_000 === wall - t);
  if (instants.length === 0) return { ok: false, reason: `does not exist in ${timeZone} (the clocks skipped it)` };
  if (instants.length > 1) return { ok: false, reason: `happened twice in ${timeZone} (the clocks went back); only a value with its UTC offset names one instant` };
  return { ok: true, iso: DateTime.fromMillis(instants[0]!, { zone: 'utc' }).toISO()! };
}
