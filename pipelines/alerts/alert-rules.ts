// config/alerts.yaml (ALERTS_FILE): who is told of what, and when. Edited by hand, so every error
// names the file, the line and the field.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { validate as validCron } from 'node-cron';
import { CASE_LEVELS } from '../contracts/case.ts';
import { timezone } from '../contracts/time-zone.ts';
import { ConfigFileError, parseYamlConfig } from '../contracts/yaml-config.ts';


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

/**
 * Reads the rules; a missing file means no rules (alerts are opt-in beyond the shipped default).
 * With `watchlists` given, a rule naming a watchlist that is not defined is an error (it would never fire).
 */
export function loadAlertRules(file: string, opts: { watchlists?: readonly string[]; watchlistsFile?: string } = {}): AlertRule[] {
  if (!existsSync(file)) return [];
  const cfg = parseYamlConfig(readFileSync(file, 'utf8'), file, alertRulesSchema);
  const problems: string[] = [];
  const names = new Set<string>();
  cfg.value.rules.forEach((r, i) => {
    if (names.has(r.name)) problems.push(`${cfg.where(['rules', i, 'name'])}: rules.${i}.name: "${r.name}" appears twice (the name keys deduplication)`);
    names.add(r.name);
    if (opts.watchlists && 'watchlist' in r.when && !opts.watchlists.includes(r.when.watchlist)) {
      const known = opts.watchlists.length ? `defined: ${opts.watchlists.join(', ')}` : 'none is defined';
      problems.push(`${cfg.where(['rules', i, 'when', 'watchlist'])}: rules.${i}.when.watchlist: no watchlist "${r.when.watchlist}" in ${opts.watchlistsFile ?? 'WATCHLISTS_FILE'} (${known})`);
    }
  });
  if (problems.length) throw new ConfigFileError(problems);
  return cfg.value.rules;
}
