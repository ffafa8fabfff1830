// config/alerts.yaml (ALERTS_FILE): who is told of what, and when. Edited by hand, so every error
// names the file, the line and the field.
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import { validate as validCron } from 'node-cron';
import { CASE_LEVELS } from '../contracts/case.ts';
import { timezone } from '../contracts/time-zone.ts';


const when = z.union([
  z.object({ caseLevel: z.enum(CASE_LEVELS) }).strict(),
  z.object({ watchlist: z.string().min(1) }).strict(),
  z.object({ newFirmDomain: z.literal(true) }).strict(),
]);

const ruleSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, - and _ (it keys deduplication)'),
    when,
    to: z.array(z.string().email()).min(1),
    mode: z.enum(['immediate', 'digest']).default('immediate'),
    schedule: z.string().refine(validCron, 'not a cron expression (e.g. "0 8 * * *")').optional(),
    timezone: timezone.default('UTC'),
  })
  .strict()
  .refine((r) => r.mode !== 'digest' || r.schedule, { message: 'a digest rule needs a schedule (cron)', path: ['schedule'] });

export const alertRulesSchema = z.object({ rules: z.array(ruleSchema).default([]) }).strict();
export type AlertRule = z.infer<typeof ruleSchema>;

function nodeAt(root: Node | null | undefined, path: Array<string | number>): Node | null {
  let node: Node | null | undefined = root;
  let last: Node | null = root ?? null;
  for (const key of path) {
    if (isMap(node)) node = node.get(String(key), true) as Node | undefined;
    else if (isSeq(node)) node = node.get(Number(key), true) as Node | undefined;
    else break;
    if (node) last = node;
  }
  return last;
}

/** Reads the rules; a missing file means no rules (alerts are opt-in beyond the shipped default). */
export function loadAlertRules(file: string): AlertRule[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new Error(`${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
  }
  const parsed = alertRulesSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const msgs = parsed.error.issues.map((i) => {
      const node = nodeAt(doc.contents as Node, i.path as Array<string | number>);
      const line = node?.range ? lines.linePos(node.range[0]).line : 1;
      return `${file}:${line}: ${i.path.join('.') || '(root)'}: ${i.message}`;
    });
    throw new Error(msgs.join('\n'));
  }
  const names = new Set<string>();
  for (const r of parsed.data.rules) {
    if (names.has(r.name)) throw new Error(`${file}: rule "${r.name}" appears twice (the name keys deduplication)`);
    names.add(r.name);
  }
  return parsed.data.rules;
}
