// `rsmon watchlists list|show|test|validate`: the watchlists of WATCHLISTS_FILE, what a query means
// once parsed, and what it matches (in a file of items, or in the store) before anyone relies on it.
import { loadWatchlists, type Watchlist } from '../../pipelines/watchlists/watchlists-file.ts';
import { formatQuery, leaves } from '../../pipelines/watchlists/query-ast.ts';
import { STEMMED_LANGUAGES } from '../../pipelines/watchlists/stemmers.ts';
import { loadAlertRules } from '../../pipelines/alerts/alert-rules.ts';
import { createEnricher } from '../../pipelines/enrich/create-enricher.ts';
import { readJsonLines } from '../../connectors/import/index.ts';
import { createStore } from '../runtime/adapters.ts';
import { cliContext, configContext, type CliContext } from './context.ts';
import { findMatches, itemRow, printMatches, type QueryMatchRow } from './query-matches.ts';
import { parseLimit } from './search-command.ts';
import { terminalSafe, terminalSafeJson } from './terminal-text.ts';

function named(ctx: Pick<CliContext, 'config' | 'watchlists'>, name: string): Watchlist {
  const all = ctx.watchlists();
  const w = all.find((x) => x.name === name);
  if (!w) throw new Error(`no watchlist "${name}" in ${ctx.config.WATCHLISTS_FILE} (${all.length ? `defined: ${all.map((x) => x.name).join(', ')}` : 'none is defined'})`);
  return w;
}

const summary = (w: Watchlist) => ({ name: w.name, owner: w.owner, description: w.description, query: w.query, on: w.onCases ? 'cases' : 'items' });

export function watchlistsListCommand(opts: { data?: string; json?: boolean }): void {
  const ctx = configContext(opts);
  const all = ctx.watchlists();
  if (opts.json) {
    for (const w of all) process.stdout.write(`${terminalSafeJson(summary(w))}\n`);
    return;
  }
  process.stdout.write(`${all.length} watchlists in ${terminalSafe(ctx.config.WATCHLISTS_FILE)}\n`);
  for (const w of all) process.stdout.write(`${terminalSafe(w.name)}  (${w.onCases ? 'cases' : 'items'}, ${terminalSafe(w.owner)})  ${terminalSafe(w.description)}\n`);
}

export function watchlistsShowCommand(name: string, opts: { data?: string; json?: boolean }): void {
  const ctx = configContext(opts);
  const w = named(ctx, name);
  const rules = loadAlertRules(ctx.config.ALERTS_FILE).filter((r) => 'watchlist' in r.when && r.when.watchlist === w.name).map((r) => r.name);
  const terms = leaves(w.ast).map((l) => ({ term: l.raw, kind: l.kind === 'term' && l.prefix ? 'prefix' : l.kind === 'field' ? l.field : l.kind, column: l.col }));
  const shown = { ...summary(w), canonical: formatQuery(w.ast), terms, alertRules: rules, file: `${ctx.config.WATCHLISTS_FILE}:${w.line}` };
  if (opts.json) {
    process.stdout.write(`${terminalSafeJson(shown)}\n`);
    return;
  }
  const out = process.stdout;
  out.write(`${terminalSafe(w.name)}  (${shown.file})\n  owner: ${terminalSafe(w.owner)}\n  description: ${terminalSafe(w.description)}\n`);
  out.write(`  matched on: ${shown.on}${w.onCases ? ' (the query compares a case level)' : ''}\n  query: ${terminalSafe(w.query)}\n  read as: ${terminalSafe(shown.canonical)}\n  terms:\n`);
  for (const t of terms) out.write(`    col ${String(t.column).padStart(3)}  ${t.kind.padEnd(9)} ${terminalSafe(t.term)}\n`);
  out.write(`  words are folded (case, accents) and stemmed in ${STEMMED_LANGUAGES.filter((l) => l !== 'nb').join(', ')}; other languages match folded words (use word* for endings)\n`);
  out.write(`  alert rules: ${rules.length ? rules.join(', ') : 'none'}\n`);
}

/** Exit code 1 with every problem (file:line[: column]) when WATCHLISTS_FILE or the rules' references are wrong. */
export function watchlistsValidateCommand(file: string | undefined, opts: { data?: string }): void {
  const ctx = configContext(opts);
  const path = file ?? ctx.config.WATCHLISTS_FILE;
  const all = loadWatchlists(path, { mustExist: true });
  const onItems = all.filter((w) => !w.onCases).length;
  process.stdout.write(`${terminalSafe(path)}: ${all.length} watchlists valid (${onItems} on items, ${all.length - onItems} on cases)\n`);
  // The rules must name defined watchlists; checked here too so one command validates both files.
  const rules = loadAlertRules(ctx.config.ALERTS_FILE, { watchlists: all.map((w) => w.name), watchlistsFile: path });
  process.stdout.write(`${terminalSafe(ctx.config.ALERTS_FILE)}: ${rules.length} alert rules, every watchlist they name is defined\n`);
}

export async function watchlistsTestCommand(name: string, opts: { data?: string; input?: string; json?: boolean; limit?: string }): Promise<void> {
  const ctx = cliContext(opts, process.env, 'read');
  const w = named(ctx, name);
  const limit = parseLimit(opts.limit, 20);
  if (!opts.input) {
    const store = await createStore(ctx.config, { readonly: true });
    try {
      const res = await findMatches(store, w.ast, limit);
      printMatches(process.stdout, res.rows, Boolean(opts.json));
      process.stderr.write(`rsmon watchlists test: ${w.name} matched ${res.matched} of ${res.scanned} stored ${w.onCases ? 'cases' : 'items'}\n`);
    } finally {
      await store.close();
    }
    return;
  }
  if (w.onCases) throw new Error(`watchlist "${w.name}" compares a case level: test it on the stored cases (without --input)`);
  // Items from the file are enriched as the pipeline would (language, firms, countries), this watchlist only.
  const enrich = createEnricher({ catalogue: ctx.catalogue, watchlists: [w] });
  let read = 0;
  let refused = 0;
  const rows: QueryMatchRow[] = [];
  for await (const rec of readJsonLines(opts.input)) {
    if (rec.result.tag !== 'ok') {
      refused++;
      process.stderr.write(`record ${rec.record}: refused: ${terminalSafe(rec.result.reason)}\n`);
      continue;
    }
    read++;
    const item = enrich(rec.result.value);
    const hit = item.enrichment.watchlistHits[0];
    if (!hit) continue;
    rows.push(itemRow(item.id, item, hit.terms, hit.positions));
  }
  rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  printMatches(process.stdout, rows.slice(0, limit), Boolean(opts.json));
  process.stderr.write(`rsmon watchlists test: ${w.name} matched ${rows.length} of ${read} items in ${terminalSafe(opts.input)}${refused ? ` (${refused} records refused)` : ''}\n`);
}
