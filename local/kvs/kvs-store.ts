import type Database from 'better-sqlite3';

/**
 * The SQLite side of the simulated KVS. Values are JSON text; each item lives in a namespace
 * (`kvs`, `secret`, `entity:<name>`). Entity index entries live in their own table whose primary key
 * is the index order (entity, index, partition, range value, key), so a page of an index query is
 * one range scan of `limit + 1` rows, whatever the table size.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS kvs_items (
  ns TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  expires_at INTEGER,
  PRIMARY KEY (ns, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kvs_index_entries (
  entity TEXT NOT NULL,
  index_name TEXT NOT NULL,
  partition TEXT NOT NULL,
  range_value NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (entity, index_name, partition, range_value, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS kvs_index_entries_by_key ON kvs_index_entries (entity, key);
`;
// range_value has no declared type on purpose: no affinity, so numbers sort as numbers and text as
// text (every number before every text), which the range clauses in entity-query.ts rely on.

/** Creates the KVS tables if they do not exist. Safe to run on every start. */
export function migrateKvs(db: Database.Database): void {
  db.exec(SCHEMA);
}

/** One stored item; `value` is JSON text, times are epoch seconds (created/updated) and ms (expiry). */
export interface StoredItem {
  key: string;
  value: string;
  createdAt: number;
  updatedAt: number;
  expiresAt: number | null;
}

/** A row of an entity index: where `key` sorts within one partition of one index. */
export interface IndexEntry {
  indexName: string;
  partition: string;
  range: string | number;
}

/** The item columns as SELECTed. */
export interface ItemRow {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expires_at: number | null;
}

/** Prepared statements over the two KVS tables. All methods are synchronous (better-sqlite3). */
export class KvsStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {
    migrateKvs(db);
  }

  /** A statement prepared once per distinct SQL text. */
  prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs `fn` in one SQLite transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** The live (not expired) item, if any. */
  get(ns: string, key: string, now: number): StoredItem | undefined {
    const row = this.prepare(
      'SELECT key, value, created_at, updated_at, expires_at FROM kvs_items WHERE ns = ? AND key = ? AND (expires_at IS NULL OR expires_at > ?)',
    ).get(ns, key, now) as ItemRow | undefined;
    return row && toItem(row);
  }

  /** Writes an item; an existing live item keeps its `createdAt`. Returns what is now stored. */
  put(ns: string, key: string, value: string, expiresAt: number | null, now: number): StoredItem {
    const seconds = Math.floor(now / 1000);
    const createdAt = this.get(ns, key, now)?.createdAt ?? seconds;
    this.prepare(
      `INSERT INTO kvs_items (ns, key, value, created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
         updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
    ).run(ns, key, value, createdAt, seconds, expiresAt);
    return { key, value, createdAt, updatedAt: seconds, expiresAt };
  }

  /** Deletes an item; true when a live item was deleted. */
  delete(ns: string, key: string, now: number): boolean {
    const live = this.get(ns, key, now) !== undefined;
    this.prepare('DELETE FROM kvs_items WHERE ns = ? AND key = ?').run(ns, key);
    return live;
  }

  /** Replaces all index entries of one entity item. */
  replaceIndexEntries(entity: string, key: string, entries: IndexEntry[]): void {
    this.deleteIndexEntries(entity, key);
    const insert = this.prepare(
      'INSERT INTO kvs_index_entries (entity, index_name, partition, range_value, key) VALUES (?, ?, ?, ?, ?)',
    );
    for (const entry of entries) insert.run(entity, entry.indexName, entry.partition, entry.range, key);
  }

  /** Removes all index entries of one entity item. */
  deleteIndexEntries(entity: string, key: string): void {
    this.prepare('DELETE FROM kvs_index_entries WHERE entity = ? AND key = ?').run(entity, key);
  }
}

/** Maps a SELECT row with the item columns to a `StoredItem`. */
export function toItem(row: ItemRow): StoredItem {
  return {
    key: row.key,
    value: row.value,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}
