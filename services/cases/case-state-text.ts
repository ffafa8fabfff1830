// The text a pair's state is stored as (case_state's `state` field, case-state-store.ts). The state
// is read and rewritten once per batch that touches its pair, and most of it is the pair's 1,000
// most recent items: written as 1,000 {"at","item"} objects, every quote escaped again inside the
// document's JSON, a state was ~90 kB whose read and write (inflate, UTF-8 decode, two JSON parses,
// zod, clone, stringify, deflate) cost ~6 ms per pair and batch; at the 160k-item bench that cost
// grew with the pairs until it was most of the cases stage (decision 0041). So:
//  - `recent` is one string of length-prefixed fields ("<n>:<at><n>:<item>..."): no quotes to
//    escape twice, nothing for zod to walk, exact for any string (lengths in UTF-16 units);
//  - the text is ASCII (other characters as \u escapes, which JSON.parse restores exactly): with a
//    "€" in a detail the document was a two-byte string, and in Node 20 decoding and parsing a
//    95 kB one took ~1 ms each, against 0.02 and 0.06 ms for the same text in ASCII.
// States written before (recent as an array of objects) read as they are.
import { z } from 'zod';
import { caseStateSchema, type CaseState } from '../../pipelines/cases/case-state.ts';

const pendingSchema = z.object({ id: z.string(), hash: z.string() });
const payloadSchema = z.object({ recent: z.string(), pending: z.array(pendingSchema), state: caseStateSchema.omit({ recent: true }) });
/** The form written before: the refs as an array of objects inside the state. */
const arrayPayloadSchema = z.object({ state: caseStateSchema, pending: z.array(pendingSchema) });

export type PendingEvidence = z.infer<typeof pendingSchema>;
export interface StoredCaseState {
  state: CaseState;
  pending: PendingEvidence[];
}
type ItemRef = CaseState['recent'][number];

/** JSON of `value` with every character past U+007F written as a \u escape (JSON.parse restores it exactly). */
export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json, 'utf8') === json.length) return json;
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) continue;
    parts.push(json.slice(last, i), `\\u${c.toString(16).padStart(4, '0')}`);
    last = i + 1;
  }
  parts.push(json.slice(last));
  // Slices of a two-byte string join into a two-byte string, ASCII or not; only decoding makes V8
  // store it one byte per character (and keeps the document it goes into off the slow paths).
  return Buffer.from(parts.join(''), 'latin1').toString('latin1');
}

function packRefs(refs: readonly ItemRef[]): string {
  return refs.map((r) => `${r.at.length}:${r.at}${r.item.length}:${r.item}`).join('');
}

/** The refs of a packed string, or null when it is not one (a damaged state). */
function unpackRefs(packed: string): ItemRef[] | null {
  const fields: string[] = [];
  for (let i = 0; i < packed.length; ) {
    const colon = packed.indexOf(':', i);
    if (colon <= i || colon - i > 9) return null;
    let n = 0;
    for (let k = i; k < colon; k++) {
      const d = packed.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return null;
      n = n * 10 + d;
    }
    const end = colon + 1 + n;
    if (end > packed.length) return null;
    fields.push(packed.slice(colon + 1, end));
    i = end;
  }
  if (fields.length % 2 !== 0) return null;
  const refs: ItemRef[] = [];
  for (let k = 0; k < fields.length; k += 2) refs.push({ at: fields[k]!, item: fields[k + 1]! });
  return refs;
}

export function stateText(s: StoredCaseState): string {
  const { recent, ...rest } = s.state;
  // Joined from parts: the large one (recent) is ASCII already, and is never scanned as part of a
  // two-byte string (which the small parts are whenever a detail or name has a "€" in it).
  return `{"recent":${asciiJson(packRefs(recent))},"pending":${asciiJson(s.pending)},"state":${asciiJson(rest)}}`;
}

/** The stored state, or null when the text is not a valid one (the caller rebuilds the pair). */
export function parseStateText(text: string): StoredCaseState | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof (json as { recent?: unknown } | null)?.recent !== 'string') {
    const before = arrayPayloadSchema.safeParse(json);
    return before.success ? before.data : null;
  }
  const payload = payloadSchema.safeParse(json);
  const refs = payload.success ? unpackRefs(payload.data.recent) : null;
  return payload.success && refs ? { state: { ...payload.data.state, recent: refs }, pending: payload.data.pending } : null;
}
