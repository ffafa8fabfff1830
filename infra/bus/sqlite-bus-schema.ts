// Tables of the embedded topic log. Offsets follow Kafka's convention: per (topic, partition),
// dense from 0, and `offsets.committed` is the NEXT offset the group will read (last handled + 1).
import type { SqliteDb } from './sqlite-connection.ts';

const DDL = `
CREATE TABLE IF NOT EXISTS topics (
  name TEXT PRIMARY KEY,
  partitions INTEGER NOT NULL,
  retention_ms INTEGER NOT NULL
);
-- High-water mark per partition, kept apart from messages so that compaction deleting
-- every message of a partition can never make offsets restart at 0 (consumers would skip).
CREATE TABLE IF NOT EXISTS log_ends (
  topic TEXT NOT NULL,
  partition INTEGER NOT NULL,
  next_offset INTEGER NOT NULL,
  PRIMARY KEY (topic, partition)
) WITHOUT ROWID;
-- Rowid table (not WITHOUT ROWID): values can be ~100 kB, which WITHOUT ROWID b-trees handle badly.
CREATE TABLE IF NOT EXISTS messages (
  topic TEXT NOT NULL,
  partition INTEGER NOT NULL,
  offset INTEGER NOT NULL,
  key TEXT,
  value BLOB NOT NULL,
  headers TEXT NOT NULL,
  ts INTEGER NOT NULL,
  PRIMARY KEY (topic, partition, offset)
);
CREATE TABLE IF NOT EXISTS offsets (
  "group" TEXT NOT NULL,
  topic TEXT NOT NULL,
  partition INTEGER NOT NULL,
  committed INTEGER NOT NULL,
  PRIMARY KEY ("group", topic, partition)
) WITHOUT ROWID;
-- One consumer per (group, topic) per file: the holder heartbeats expires_at; a waiting consumer
-- takes over once it has passed (crashed holder) or the row is gone (holder stopped cleanly).
CREATE TABLE IF NOT EXISTS leases (
  "group" TEXT NOT NULL,
  topic TEXT NOT NULL,
  owner TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY ("group", topic)
) WITHOUT ROWID;
`;

export function createBusSchema(db: SqliteDb): void {
  db.transaction(() => db.exec(DDL)).immediate();
}

export interface MessageRow {
  partition: number;
  offset: number;
  key: string | null;
  value: Buffer;
  headers: string;
}

export interface TopicRow {
  partitions: number;
  retention_ms: number;
}

/**
 * A LIMIT parameter the query planner does not read (an expression, not a bare `?`), so the
 * statement is not prepared again at every call; see readBatch.
 */
export const UNPLANNED_LIMIT = '? + 0';

/** Prepared once per bus: better-sqlite3 statements are reusable and cheap to run. */
export function prepareBusStatements(db: SqliteDb) {
  return {
    getTopic: db.prepare<[string], TopicRow>('SELECT partitions, retention_ms FROM topics WHERE name = ?'),
    insertTopic: db.prepare<[string, number, number]>('INSERT INTO topics (name, partitions, retention_ms) VALUES (?, ?, ?)'),
    updateTopic: db.prepare<[number, number, string]>('UPDATE topics SET partitions = ?, retention_ms = ? WHERE name = ?'),
    listTopics: db.prepare<[], { name: string; retention_ms: number }>('SELECT name, retention_ms FROM topics'),
    ensureLogEnd: db.prepare<[string, number]>('INSERT OR IGNORE INTO log_ends (topic, partition, next_offset) VALUES (?, ?, 0)'),
    getLogEnd: db.prepare<[string, number], { next_offset: number }>('SELECT next_offset FROM log_ends WHERE topic = ? AND partition = ?'),
    setLogEnd: db.prepare<[number, string, number]>('UPDATE log_ends SET next_offset = ? WHERE topic = ? AND partition = ?'),
    partitions: db.prepare<[string], { partition: number }>('SELECT partition FROM log_ends WHERE topic = ? ORDER BY partition'),
    insertMessage: db.prepare<[string, number, number, string | null, Buffer, string, number]>(
      'INSERT INTO messages (topic, partition, offset, key, value, headers, ts) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    // `LIMIT ? + 0`, not `LIMIT ?`: SQLite (3.4x+) reads a bare LIMIT parameter's value when it
    // plans the query, and a statement planned on a parameter's value is prepared again whenever the
    // parameter is bound, i.e. at every call (decision 0050). The plan here does not depend on it.
    readBatch: db.prepare<[string, number, number, number], MessageRow>(
      `SELECT partition, offset, key, value, headers FROM messages WHERE topic = ? AND partition = ? AND offset >= ? ORDER BY offset LIMIT ${UNPLANNED_LIMIT}`,
    ),
    getCommitted: db.prepare<[string, string, number], { committed: number }>(
      'SELECT committed FROM offsets WHERE "group" = ? AND topic = ? AND partition = ?',
    ),
    // max(): a commit never moves a group backwards, whatever order commits arrive in.
    commit: db.prepare<[string, string, number, number]>(
      `INSERT INTO offsets ("group", topic, partition, committed) VALUES (?, ?, ?, ?)
       ON CONFLICT ("group", topic, partition) DO UPDATE SET committed = max(committed, excluded.committed)`,
    ),
    countFrom: db.prepare<[string, number, number], { n: number }>(
      'SELECT COUNT(*) AS n FROM messages WHERE topic = ? AND partition = ? AND offset >= ?',
    ),
    groupsOfTopic: db.prepare<[string, string], { group: string }>(
      'SELECT "group" FROM offsets WHERE topic = ? UNION SELECT "group" FROM leases WHERE topic = ?',
    ),
    deleteOld: db.prepare<[string, number, number, number]>(
      'DELETE FROM messages WHERE topic = ? AND partition = ? AND ts < ? AND offset < ?',
    ),
  };
}

export type BusStatements = ReturnType<typeof prepareBusStatements>;
