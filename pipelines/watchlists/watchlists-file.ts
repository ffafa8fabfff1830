// config/watchlists.yaml (WATCHLISTS_FILE): the persons, firms and phrases analysts watch. Edited by
// hand, so every error names the file and line (and, for a query, the column).
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigFileError, parseYamlConfig } from '../contracts/yaml-config.ts';
import { isCaseQuery, type QueryNode } from './query-ast.ts';
import { parseQuery, QueryError } from './parse-query.ts';

export const WATCHLIST_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;

const watchlistSchema = z
  .object({
    name: z.string().regex(WATCHLIST_NAME, 'lower-case letters, digits, - and _ (alert rules and hits name it)'),
    owner: z.string().email(),
    description: z.string().max(500).default(''),
    query: z.string().min(1).max(4000),
  })
  .strict();

const fileSchema = z.object({ watchlists: z.array(watchlistSchema).default([]) }).strict();

export interface Watchlist {
  name: string;
  owner: string;
  description: string;
  query: string;
  ast: QueryNode;
  /** The query compares a case level: it is evaluated on cases (alerts, search), not on items. */
  onCases: boolean;
  /** Line of the watchlist in its file, for messages. */
  line: number;
}

export function parseWatchlists(text: string, file: string): Watchlist[] {
  const cfg = parseYamlConfig(text, file, fileSchema);
  const problems: string[] = [];
  const out: Watchlist[] = [];
  const names = new Set<string>();
  cfg.value.watchlists.forEach((w, i) => {
    if (names.has(w.name)) problems.push(`${cfg.where(['watchlists', i, 'name'])}: watchlists.${i}.name: "${w.name}" is used twice`);
    names.add(w.name);
    try {
      const ast = parseQuery(w.query);
      out.push({ ...w, ast, onCases: isCaseQuery(ast), line: cfg.line(['watchlists', i]) });
    } catch (e) {
      if (!(e instanceof QueryError)) throw e;
      problems.push(`${cfg.where(['watchlists', i, 'query'])}: watchlists.${i}.query ("${w.name}"): ${e.message}`);
    }
  });
  if (problems.length) throw new ConfigFileError(problems);
  return out;
}

/** Reads the watchlists; a missing file means none (unless the file was named explicitly). */
export function loadWatchlists(file: string, opts: { mustExist?: boolean } = {}): Watchlist[] {
  if (!existsSync(file)) {
    if (opts.mustExist) throw new ConfigFileError([`${file}: no such watchlists file`]);
    return [];
  }
  return parseWatchlists(readFileSync(file, 'utf8'), file);
}
