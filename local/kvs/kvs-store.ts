import type Database from 'better-sqlite3';

/**
 * The SQLite side of the simulated KVS. Values are JSON text; each item lives in a namespace
 * (`kvs`, `entity#<name>`). Entity index entries live in their own table whose primary key
 * is the index order (entity, index, partition, range value, key), so a page of an index query is
 * one range scan of `limit + 1` rows, whatever the table size.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS kvs_items (
  ns TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
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

/**
 * Columns of earlier versions, for TTLs and metadata fields (the app uses neither): dropped from a
 * `.local` database that still has them, so its inserts keep working.
 */
const RETIRED_COLUMNS = ['created_at', 'updated_at', 'expires_at'];

/** Creates the KVS tables if they do not exist. Safe to run on every start. */
export function migrateKvs(db: Database.Database): void {
  db.exec(SCHEMA);
  const columns = new Set(
    (db.prepare('PRAGMA table_info(kvs_items)').all() as Array<{ name: string }>).map((c) => c.name),
  );
  for (const column of RETIRED_COLUMNS) if (columns.has(column)) db.exec(`ALTER TABLE kvs_items DROP COLUMN ${column}`);
}

/** One stored item; `value` is JSON text. */
export interface StoredItem {
  key: string;
  value: string;
}

/** A row of an entity index: where `key` sorts within one partition of one index. */
export interface IndexEntry {
  indexName: string;
  partition: string;
  range: string | number;
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

  /** The item, if any. */
  get(ns: string, key: string): StoredItem | undefined {
    return this.prepare('SELECT key, value FROM kvs_items WHERE ns = ? AND key = ?').get(ns, key) as
      StoredItem | undefined;
  }

  /** Writes an item. */
  put(ns: string, key: string, value: string): void {
    this.prepare(
      'INSERT INTO kvs_items (ns, key, value) VALUES (?, ?, ?) ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value',
    ).run(ns, key, value);
  }

  /** Deletes an item; true when there was one. */
  delete(ns: string, key: string): boolean {
    return this.prepare('DELETE FROM kvs_items WHERE ns = ? AND key = ?').run(ns, key).changes > 0;
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
