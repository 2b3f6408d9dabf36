import Database from 'better-sqlite3';
import { KvsStore } from './kvs-store';

/** A `.local` database written before TTLs and metadata fields were dropped (the app uses neither). */
const EARLIER_SCHEMA = `
CREATE TABLE kvs_items (
  ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER,
  PRIMARY KEY (ns, key)
) WITHOUT ROWID;
INSERT INTO kvs_items VALUES ('kvs', 'settings', '{"v":1}', 1, 1, NULL);
`;

describe('KvsStore on a database of an earlier version', () => {
  it('keeps the stored items and writes new ones once the retired columns are dropped', () => {
    const db = new Database(':memory:');
    db.exec(EARLIER_SCHEMA);
    const store = new KvsStore(db);
    expect(store.get('kvs', 'settings')).toEqual({ key: 'settings', value: '{"v":1}' });
    store.put('kvs', 'other', '2');
    expect(store.get('kvs', 'other')).toEqual({ key: 'other', value: '2' });
    const columns = (db.prepare('PRAGMA table_info(kvs_items)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).toEqual(['ns', 'key', 'value']);
  });
});
