// Read-only opening of the embedded store, for commands that only read (`rsmon cases`): a typo in
// --data must not leave an empty store behind, and a data directory the user may only read must
// still be readable. Every failure names the file.
import { PipelineError } from '../../pipelines/step-result.ts';
import { toPipelineError } from '../bus/sqlite-connection.ts';
import { openDatabase, type SqliteDb } from '../sqlite/open-database.ts';
import { INDICES } from '../ports/store.ts';
import { ftsTable } from './sqlite-store-schema.ts';

export function openStoreReadOnly(file: string): SqliteDb {
  let db: SqliteDb;
  try {
    db = openDatabase(file, { readonly: true });
  } catch (err) {
    throw toPipelineError(err, `open ${file} read-only`);
  }
  try {
    checkStoreSchema(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** Throws unless every table the store reads is there (a read-only store cannot create them). */
export function checkStoreSchema(db: SqliteDb, file: string): void {
  const names = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'").all().map((r) => r.name));
  // case_state came later and only the cases service (which opens the store writable) uses it.
  const missing = ['docs', 'fields', ...INDICES.filter((i) => i !== 'case_state').map(ftsTable)].filter((t) => !names.has(t));
  if (missing.length) {
    throw new PipelineError(`${file} is not an rsmon store (no table ${missing.join(', ')}); was it written by \`rsmon run\` or \`rsmon setup\`?`, { retriable: false });
  }
}
