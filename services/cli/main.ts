// The `rsmon` command line: a stable contract (docs/cli.md); outside tools call it.
import { Command } from 'commander';
import { runCommand } from './run-command.ts';
import { casesRebuildCommand } from './cases-rebuild-command.ts';
import { casesCommand } from './cases-command.ts';
import { enrichCommand } from './enrich-command.ts';
import { importCommand } from './import-command.ts';
import { firmsImportEsmaCommand, firmsListCommand } from './firms-command.ts';
import { serviceCommand, setupCommand } from './service-command.ts';
import { dashboardsImportCommand } from './dashboards-command.ts';
import { collectCommand } from './collect-command.ts';
import { collectionsQueriesCommand, collectionsStatusCommand } from './collections-command.ts';
import { evidenceVerifyCommand } from './evidence-command.ts';
import { evalCommand } from './eval-command.ts';
import { alertsListCommand } from './alerts-command.ts';
import { searchCommand } from './search-command.ts';
import { watchlistsListCommand, watchlistsShowCommand, watchlistsTestCommand, watchlistsValidateCommand } from './watchlists-command.ts';
import { enginesMain } from '../../infra/engines/engines-cli.ts';
import { redactSecretsInText } from '../../infra/log/redact-url.ts';

const collect = (v: string, prev: string[]) => [...prev, v];

function action<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      // Errors from clients quote the URL they failed on, credentials included: mask them first.
      process.stderr.write(`rsmon: error: ${redactSecretsInText((err as Error).message)}\n`);
      if (process.env.LOG_LEVEL === 'debug') process.stderr.write(`${redactSecretsInText((err as Error).stack ?? '')}\n`);
      process.exitCode = 1;
    }
  };
}

export function buildProgram(): Command {
  const program = new Command('rsmon').description('Finds persons soliciting EU clients for third-country crypto firms (MiCA Art. 61, ESMA reverse-solicitation guidelines)');

  program
    .command('run')
    .description('run the whole pipeline in one process (embedded SQLite by default)')
    .option('--once', 'ingest what the connectors have now, drain, print the cases and exit')
    .option('--data <dir>', 'state directory (default ./data or $DATA_DIR)')
    .option('--input <file>', 'JSON lines file to ingest (repeatable); without it the bundled sample data', collect, [])
    .option('--no-sample', 'do not ingest the bundled sample data when no --input is given')
    .option('--quiet', 'print no summary')
    .action(action((opts) => runCommand(opts)));

  program
    .command('enrich [file]')
    .description('enrich normalized items (JSON lines, FILE or - for stdin) to stdout; no state, no network')
    .option('--data <dir>', 'state directory (for imported firm registers)')
    .action(action((file, opts) => enrichCommand(file, opts)));

  program
    .command('cases')
    .description('list the person x firm cases, most serious first')
    .option('--json', 'one JSON object per line')
    .option('--min-level <level>', 'none | low | medium | high')
    .option('--data <dir>', 'state directory')
    .action(action((opts) => casesCommand(opts)))
    .command('rebuild')
    .description('rebuild every case (or one pair\'s) from all stored evidence with the current scoring and catalogue')
    .option('--pair <key>', 'only this pair ("<platform>:<handle>|<firm id>", the case id)')
    .option('--data <dir>', 'state directory')
    // `cases` declares --data too, and commander gives an option to the parent wherever it stands.
    .action(action((opts: { pair?: string; data?: string }, cmd: Command) => casesRebuildCommand({ ...(cmd.parent?.opts() as { data?: string }), ...opts })));

  program
    .command('import <file>')
    .description('import normalized items (JSON lines, or CSV with --mapping) and process them')
    .option('--mapping <file>', 'CSV column mapping (JSON)')
    .option('--encoding <name>', 'CSV file encoding, e.g. latin1, windows-1252 (default utf-8; overrides the mapping)')
    .option('--delimiter <char>', 'CSV delimiter: , ; | tab (default ","; overrides the mapping)')
    .option('--no-process', 'only publish to rs.items.raw; do not run the pipeline')
    .option('--data <dir>', 'state directory')
    .action(action((file, opts) => importCommand(file, opts)));

  program
    .command('collect [names...]')
    .description('run the collections of COLLECTIONS_FILE (all, or those named) once: fetch, archive, publish to rs.items.raw, exit; exit code 3 when some failed')
    .option('--once', 'run now and exit (required; the scheduled form is `rsmon service collect`)')
    .option('--data <dir>', 'state directory')
    .action(action((names: string[], opts) => collectCommand(names, opts)));

  const collections = program.command('collections').description('the platform collections (COLLECTIONS_FILE)');
  collections
    .command('status')
    .description('per collection: last run, last success, items, cursor, next run, last error')
    .option('--json', 'one JSON object per line')
    .option('--data <dir>', 'state directory')
    .action(action((opts) => collectionsStatusCommand(opts)));

  collections
    .command('queries [names...]')
    .description('what each collection searches: its own terms and its watchlist translated to the platform (with what could not be)')
    .option('--json', 'one JSON object per line')
    .option('--data <dir>', 'state directory')
    .action(action(async (names, opts) => collectionsQueriesCommand(names, opts)));

  const evidence = program.command('evidence').description('the archived raw bytes behind items');
  evidence
    .command('verify <ids...>')
    .description("re-hash the archived page and the item's record; exit code 1 when any does not match")
    .option('--json', 'one JSON object per line')
    .option('--data <dir>', 'state directory')
    .action(action((ids: string[], opts) => evidenceVerifyCommand(ids, opts)));

  const firms = program.command('firms').description('the firm catalogue');
  firms
    .command('import-esma <file>')
    .description("import an ESMA interim MiCA register file (CASP: authorised EU entities; NCASP: non-compliant entities)")
    .option('--data <dir>', 'state directory')
    .action(action((file, opts) => firmsImportEsmaCommand(file, opts)));
  firms
    .command('list')
    .option('--json', 'one JSON object per line')
    .option('--data <dir>', 'state directory')
    .action(action((opts) => firmsListCommand(opts)));

  program
    .command('service <name>')
    .description('run one service (enrich | cases | index | alerts | mailer | collect) as its own process; BUS=kafka STORE=elasticsearch in a deployment')
    .option('--data <dir>', 'state directory (embedded adapters only)')
    .action(action((name, opts) => serviceCommand(name, opts)));

  program
    .command('search <query>')
    .description('run a watchlist query on the stored items (cases, when it compares a level), newest first')
    .option('--json', 'one JSON object per line')
    .option('--limit <n>', 'most matches shown (default 20)')
    .option('--data <dir>', 'state directory')
    .action(action((query, opts) => searchCommand(query, opts)));

  const watchlists = program.command('watchlists').description('the watchlists in WATCHLISTS_FILE (docs/watchlists.md)');
  watchlists
    .command('list')
    .description('name, owner, what it is matched on, description')
    .option('--json', 'one JSON object per line')
    .option('--data <dir>', 'state directory')
    .action(action(async (opts) => watchlistsListCommand(opts)));
  watchlists
    .command('show <name>')
    .description('the query as parsed, its terms and the alert rules that use it')
    .option('--json', 'one JSON object')
    .option('--data <dir>', 'state directory')
    .action(action(async (name, opts) => watchlistsShowCommand(name, opts)));
  watchlists
    .command('test <name>')
    .description('what the watchlist matches: in --input FILE (JSON lines of items, enriched on the fly) or in the store')
    .option('--input <file>', 'JSON lines file of normalized items')
    .option('--json', 'one JSON object per line')
    .option('--limit <n>', 'most matches shown (default 20)')
    .option('--data <dir>', 'state directory')
    .action(action((name, opts) => watchlistsTestCommand(name, opts)));
  watchlists
    .command('validate [file]')
    .description('check WATCHLISTS_FILE (or FILE) and that every alert rule names a defined watchlist; exit 1 on errors')
    .option('--data <dir>', 'state directory')
    .action(action(async (file, opts) => watchlistsValidateCommand(file, opts)));

  const alerts = program.command('alerts').description('alerts from the rules in ALERTS_FILE');
  alerts
    .command('list')
    .description('the alerts in the store, newest first, with their .eml files when there is no SMTP_URL')
    .option('--json', 'the alert documents as JSON')
    .option('--limit <n>', 'most alerts shown', '100')
    .option('--data <dir>', 'state directory')
    .action(action((opts) => alertsListCommand(opts)));

  program
    .command('setup')
    .description('create the topics and the store schema (index templates), then exit')
    .option('--data <dir>', 'state directory (embedded adapters only)')
    .action(action((opts) => setupCommand(opts)));

  program
    .command('bench')
    .description('enrichment throughput beside a parse/validate/serialise baseline (same as npm run bench)')
    .action(action(async () => void (await import('../../bench/enrich-bench.ts'))));

  program
    .command('eval')
    .description('score the detectors and the cases against the labelled corpora (eval/corpora, sample ground truth); no engines')
    .option('--split <split>', 'dev | heldout | all (default: dev and heldout, each shown separately)')
    .option('--json', 'one JSON object')
    .option('--verbose', 'list every disagreement (post id, detector, expected and found)')
    .option('--corpora <dir>', 'directory of posts.jsonl, urls.jsonl, language.jsonl (default eval/corpora)')
    .action(action((opts) => evalCommand(opts)));

  const dashboards = program.command('dashboards').description('Kibana dashboards');
  dashboards
    .command('import')
    .description('import the Kibana saved objects (data views and dashboards), overwriting; credentials from KIBANA_USERNAME/KIBANA_PASSWORD or KIBANA_API_KEY')
    .option('--kibana <url>', 'Kibana base URL (default $KIBANA_URL)')
    .option('--file <ndjson>', 'saved objects file (default dashboards/kibana/rsmon.ndjson)')
    .action(action((opts) => dashboardsImportCommand(opts)));

  program
    .command('engines <action> [engine]')
    .description('up | down | status of the local Kafka and Elasticsearch (kafka | elasticsearch | all); needs Java and Maven')
    .action(
      action(async (act: string, engine: string | undefined) => {
        const code = await enginesMain([act, ...(engine ? [engine] : [])]);
        if (code !== 0) process.exitCode = code;
      }),
    );

  return program;
}

// `rsmon cases | head`: the reader left; stop quietly rather than crash with EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});
await buildProgram().parseAsync(process.argv);
