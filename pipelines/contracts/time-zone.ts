// An IANA time zone name, as node-cron and Intl take it: every schedule an analyst writes in config/
// (collections, alert digests) names its zone, never the machine's.
import { z } from 'zod';

export const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'not an IANA time zone (e.g. Europe/Paris)');
