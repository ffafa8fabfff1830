// The SQLite driver seam (infra/sqlite): the suite runs on Node 20 (better-sqlite3) and on Node 24
// (node:sqlite) in CI, so every test here checks the driver of the Node running it; together the
// two runs pin that both drivers behave as the adapters expect.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { toPipelineError } from '../../infra/bus/sqlite-connection.ts';
import { REPO } from '../helpers/cli.ts';
import { readOnlyWrapper } from '../helpers/read-only-dir.ts';
import { BUSY_TIMEOUT_MS, openDatabase, sqliteDriverName, sqliteErrorCode } from '../../infra/sqlite/open-database.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsmon-sqlite-driver-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => path.join(dir, `db-${++n}.sqlite`);
const nodeMajor = Number(process.versions.node.split('.')[0]);

describe('driver choice per Node version', () => {
  test('Node 24 uses node:sqlite and never loads the better-sqlite3 addon; Node 20 uses better-sqlite3', () => {
    const driver = sqliteDriverName({});
    if (nodeMajor >= 24) assert.equal(driver, 'node-sqlite');
    if (nodeMajor < 22) assert.equal(driver, 'better-sqlite3');
    const db = openDatabase(freshFile());
    assert.equal(db.driver, driver);
    db.close();
    const loadedAddon = Object.keys(createRequire(import.meta.url).cache).filter((k) => /better[-_]sqlite3/.test(k));
    if (driver === 'node-sqlite') assert.deepEqual(loadedAddon, [], 'a node:sqlite process must not load the native addon built for another Node');
    else assert.ok(loadedAddon.length > 0, 'better-sqlite3 was used, so it is in the require cache');
  });

  test('a bad SQLITE_DRIVER fails naming the variable and the choices', () => {
    assert.throws(() => sqliteDriverName({ SQLITE_DRIVER: 'sqlite3' }), /SQLITE_DRIVER="sqlite3": expected better-sqlite3 or node-sqlite/);
    assert.equal(sqliteDriverName({ SQLITE_DRIVER: ' ' }), sqliteDriverName({}));
    if (sqliteDriverName({}) === 'better-sqlite3') {
      assert.throws(() => sqliteDriverName({ SQLITE_DRIVER: 'node-sqlite' }), new RegExp(`Node ${process.version} has no usable node:sqlite`));
    } else {
      assert.equal(sqliteDriverName({ SQLITE_DRIVER: 'node-sqlite' }), 'node-sqlite');
    }
  });

  test("only node:sqlite's ExperimentalWarning is held back, every other warning still prints", () => {
    // In a child: the warnings go to its stderr, exactly as a user would see them.
    const script = `
      import { withoutSqliteExperimentalWarning } from './infra/sqlite/node-sqlite-driver.ts';
      withoutSqliteExperimentalWarning(() => {
        process.emitWarning('SQLite is an experimental feature and might change at any time', 'ExperimentalWarning');
        process.emitWarning('Fetch is an experimental feature', 'ExperimentalWarning');
        process.emitWarning('SQLite is an experimental feature', 'DeprecationWarning');
      });
      process.emitWarning('SQLite is an experimental feature (outside the load)', 'ExperimentalWarning');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const warnings = child.stderr.split('\n').filter((l) => /^\(node:\d+\) /.test(l)).map((l) => l.replace(/^\(node:\d+\) /, ''));
    assert.deepEqual(warnings, [
      'ExperimentalWarning: Fetch is an experimental feature',
      'DeprecationWarning: SQLite is an experimental feature',
      'ExperimentalWarning: SQLite is an experimental feature (outside the load)',
    ]);
  });
});

describe(`driver behaviour the adapters rely on (${sqliteDriverName()})`, () => {
  test('rows are plain objects, BLOBs come back as Buffer, undefined binds as NULL, integers as numbers', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB, k TEXT)');
    const ins = db.prepare<[Buffer, string | undefined]>('INSERT INTO t (v, k) VALUES (?, ?)');
    const r = ins.run(Buffer.from('h\u00e9', 'utf8'), undefined);
    assert.deepEqual(r, { changes: 1, lastInsertRowid: 1 });
    const row = db.prepare<[number], { id: number; v: Buffer; k: string | null }>('SELECT id, v, k FROM t WHERE id = ?').get(1)!;
    assert.equal(Object.getPrototypeOf(row), Object.prototype);
    assert.ok(Buffer.isBuffer(row.v));
    assert.equal(row.v.toString('utf8'), 'h\u00e9');
    assert.deepStrictEqual({ ...row, v: null }, { id: 1, v: null, k: null });
    assert.deepEqual([...db.prepare<[], { id: number }>('SELECT id FROM t').iterate()], [{ id: 1 }]);
    assert.deepEqual(db.prepare('SELECT @a AS a, :b AS b').get({ a: 1, b: 'x' }), { a: 1, b: 'x' });
    db.close();
    assert.equal(db.open, false);
  });

  test('transactions: a throwing body rolls back, a nested one is a savepoint, an async body is refused', () => {
    const db = openDatabase(freshFile());
    db.exec('CREATE TABLE t (v INTEGER)');
    const ins = db.prepare<[number]>('INSERT INTO t VALUES (?)');
    const count = () => (db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM t').get()!).n;
    const failing = db.transaction((v: number) => {
      ins.run(v);
      throw new Error('boom');
    });
    assert.throws(() => failing.immediate(1), /boom/);
    assert.equal(count(), 0);
    assert.equal(db.inTransaction, false);
    const outer = db.transaction(() => {
      ins.run(2);
      assert.throws(() => failing(3), /boom/); // inner rolled back to its savepoint only
      return 'done';
    });
    assert.equal(outer.immediate(), 'done');
    assert.deepEqual(db.prepare('SELECT v FROM t').all(), [{ v: 2 }]);
    const asyncBody = db.transaction(async () => ins.run(4));
    assert.throws(() => asyncBody(), /cannot return a promise/);
    assert.equal(count(), 1);
    assert.equal(db.inTransaction, false);
    db.close();
  });

  test('busy timeout, WAL and pragma read-back are the same on both drivers', () => {
    const file = freshFile();
    const db = openDatabase(file);
    assert.equal(db.pragma('busy_timeout', { simple: true }), BUSY_TIMEOUT_MS);
    assert.equal(db.pragma('journal_mode = WAL', { simple: true }), 'wal');
    assert.deepEqual(db.pragma('journal_mode'), [{ journal_mode: 'wal' }]);
    db.close();
  });

  test('lock contention maps to a retriable SQLITE_BUSY on both drivers', () => {
    const file = freshFile();
    const a = openDatabase(file);
    a.pragma('journal_mode = WAL');
    a.exec('CREATE TABLE t (v INTEGER); BEGIN IMMEDIATE; INSERT INTO t VALUES (1)');
    const b = openDatabase(file);
    b.pragma('busy_timeout = 0'); // fail at once instead of waiting BUSY_TIMEOUT_MS
    try {
      assert.throws(
        () => b.transaction(() => b.prepare('INSERT INTO t VALUES (2)').run()).immediate(),
        (err: unknown) => {
          assert.match(sqliteErrorCode(err) ?? '', /^SQLITE_BUSY/);
          assert.equal(toPipelineError(err, 'publish').retriable, true);
          return true;
        },
      );
    } finally {
      a.exec('COMMIT');
      a.close();
      b.close();
    }
  });

  test('FTS5 with contentless_delete and diacritics folding is compiled in', () => {
    const db = openDatabase(':memory:');
    db.exec("CREATE VIRTUAL TABLE f USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO f (rowid, body) VALUES (?, ?)').run(7, 'Caf\u00e9 cr\u00e8me in Li\u00e8ge');
    assert.deepEqual(db.prepare('SELECT rowid AS id FROM f WHERE f MATCH ?').all('"liege" "cafe"'), [{ id: 7 }]);
    db.prepare('DELETE FROM f WHERE rowid = ?').run(7);
    assert.deepEqual(db.prepare('SELECT rowid FROM f WHERE f MATCH ?').all('cafe'), []);
    db.close();
  });

  test('a read-only open cannot write, whatever the file mode (also as root), and names no new file', () => {
    const file = freshFile();
    const w = openDatabase(file);
    w.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)');
    w.close();
    const ro = openDatabase(file, { readonly: true });
    assert.equal(ro.readonly, true);
    assert.deepEqual(ro.prepare('SELECT v FROM t').all(), [{ v: 1 }]);
    assert.throws(() => ro.prepare('INSERT INTO t VALUES (2)').run(), (err: unknown) => {
      assert.match(sqliteErrorCode(err) ?? '', /^SQLITE_READONLY/);
      assert.equal(toPipelineError(err, 'upsert').retriable, false);
      return true;
    });
    ro.close();
    const missing = path.join(dir, 'no-such', 'store.sqlite');
    assert.throws(() => openDatabase(missing, { readonly: true }), new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no such database file`));
    assert.equal(fs.existsSync(path.dirname(missing)), false);
  });

  test('a read-only directory: a cleanly closed database is read as it is; changes only in its -wal are refused, naming it', () => {
    const make = (name: string, keepWal: boolean) => {
      const roDir = path.join(dir, name);
      fs.mkdirSync(roDir);
      const src = freshFile();
      const w = openDatabase(src);
      w.pragma('journal_mode = WAL');
      w.pragma('wal_autocheckpoint = 0');
      w.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)');
      if (keepWal) {
        // As after a crash: the last commit is only in the -wal file (no checkpoint), no -shm.
        w.exec('PRAGMA wal_checkpoint(TRUNCATE); INSERT INTO t VALUES (2)');
        fs.copyFileSync(src, path.join(roDir, 'db.sqlite'));
        fs.copyFileSync(`${src}-wal`, path.join(roDir, 'db.sqlite-wal'));
        w.close();
      } else {
        w.close();
        fs.copyFileSync(src, path.join(roDir, 'db.sqlite'));
      }
      for (const f of fs.readdirSync(roDir)) fs.chmodSync(path.join(roDir, f), 0o444);
      fs.chmodSync(roDir, 0o555);
      return roDir;
    };
    fs.chmodSync(dir, 0o755); // reachable for the child, whatever user the wrapper runs it as
    const read = (roDir: string) => {
      const { wrap, how } = readOnlyWrapper(roDir);
      const script = `import { openDatabase } from './infra/sqlite/open-database.ts';
        try { const db = openDatabase(${JSON.stringify(path.join(roDir, 'db.sqlite'))}, { readonly: true });
          console.log(JSON.stringify(db.prepare('SELECT v FROM t').all())); } catch (e) { console.log('ERROR ' + e.message) }`;
      const argv = wrap([process.execPath, '--import', 'tsx', '--input-type=module', '-e', script]);
      const r = spawnSync(argv[0]!, argv.slice(1), { cwd: REPO, encoding: 'utf8' });
      assert.equal(r.status, 0, `${how}: ${r.stderr}`);
      return r.stdout.trim();
    };
    try {
      assert.equal(read(make('clean', false)), '[{"v":1}]');
      const walDir = make('wal', true);
      const out = read(walDir);
      assert.ok(out.startsWith('ERROR '), out);
      assert.ok(out.includes(path.join(walDir, 'db.sqlite-wal')), out);
    } finally {
      for (const d of ['clean', 'wal']) if (fs.existsSync(path.join(dir, d))) fs.chmodSync(path.join(dir, d), 0o755);
    }
  });
});
