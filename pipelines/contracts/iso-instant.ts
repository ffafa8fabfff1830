// Dates on the contract: only a real ISO-8601 instant with an offset (or Z) is a date we can place on
// a time line. Date.parse also takes "December 31, 1999", "1" and "-1", and rolls "2026-02-30" over
// to March, each read in the machine's zone: such values would be stored as written and shown as a
// case's first or last sighting. One strict reading, then one canonical form (UTC toISOString), so
// every later comparison is by time value, and sorting the strings sorts by time too.
import { z } from 'zod';

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

const daysIn = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Milliseconds since the epoch for a strict ISO-8601 instant with offset, or null (impossible dates included). */
export function parseIsoInstant(s: string): number | null {
  if (s.length > 40) return null;
  const m = INSTANT.exec(s);
  if (!m) return null;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const hour = +m[4]!;
  const minute = +m[5]!;
  const second = m[6] === undefined ? 0 : +m[6];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  // 24:00 and leap seconds (:60) are ISO-8601 but no JavaScript Date: refused rather than rolled over.
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = m[7] === undefined ? 0 : +m[7].slice(0, 3).padEnd(3, '0');
  let offsetMin = 0;
  if (!m[8]) {
    const oh = +m[10]!;
    const om = m[11] === undefined ? 0 : +m[11];
    if (oh > 23 || om > 59) return null;
    offsetMin = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts them back where they were written.
  if (year < 100) t = new Date(t).setUTCFullYear(year);
  t -= offsetMin * 60_000;
  return Number.isFinite(t) ? t : null;
}

/** Already in canonical form: then a valid value is returned as it is, without a round trip through Date. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The canonical form of an instant: UTC, milliseconds, "Z" (what toISOString writes). */
export function normaliseIsoInstant(s: string): string | null {
  const t = parseIsoInstant(s);
  if (t === null) return null;
  if (CANONICAL.test(s)) return s;
  const iso = new Date(t).toISOString();
  // Years before 0000 or after 9999 (from an offset at the edges) have no four-digit form.
  return iso.length === 24 ? iso : null;
}

export const ISO_INSTANT_MESSAGE = 'not an ISO-8601 date-time with an offset or Z (e.g. 2026-05-01T12:00:00Z), or no such calendar date';

/** A contract date: refused unless a real instant; stored in canonical UTC form. */
export const isoInstant = z.string().transform((s, ctx) => {
  const iso = normaliseIsoInstant(s);
  if (iso === null) {
    ctx.issues.push({ code: 'custom', message: ISO_INSTANT_MESSAGE, input: s });
    return z.NEVER;
  }
  return iso;
});

/**
 * Orders two stored date strings by time value. Values written before the contract was strict may
 * not parse: those sort after every real date (and among themselves by text), so a loose spelling
 * can never become a case's first sighting.
 */
export function compareInstants(a: string, b: string): number {
  return compareParsedInstants(a, parseIsoInstant(a), b, parseIsoInstant(b));
}

/** compareInstants for strings already parsed (`ta`, `tb`: parseIsoInstant of `a`, `b`). */
export function compareParsedInstants(a: string, ta: number | null, b: string, tb: number | null): number {
  if (ta === null || tb === null) return ta === null && tb === null ? a.localeCompare(b) : ta === null ? 1 : -1;
  return ta - tb;
}
