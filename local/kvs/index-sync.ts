import type { ResolvedEntity } from './entity-definitions';
import { indexEntriesFor } from './entity-values';
import type { KvsStore } from './kvs-store';

const META =
  'CREATE TABLE IF NOT EXISTS kvs_index_meta (entity TEXT PRIMARY KEY, fingerprint TEXT NOT NULL) WITHOUT ROWID';

/**
 * Brings every entity's index entries in line with the manifest's index declarations, as
 * `forge deploy` does: it "will send an indexing request to Forge's hosted storage service. This
 * storage service will then create or update indexes as necessary" (storage-reference/
 * entities-manifest, "Deploying apps with indexes"). Only entities whose declarations changed
 * since the last start (or were never indexed with them) are rebuilt, from the stored items.
 */
export function syncIndexes(store: KvsStore, entities: Map<string, ResolvedEntity>): void {
  store.db.exec(META);
  for (const entity of entities.values()) {
    const fingerprint = JSON.stringify([...entity.indexes.values()]);
    const known = store.prepare('SELECT fingerprint FROM kvs_index_meta WHERE entity = ?').get(entity.name) as
      { fingerprint: string } | undefined;
    if (known?.fingerprint === fingerprint) continue;
    store.transaction(() => {
      store.prepare('DELETE FROM kvs_index_entries WHERE entity = ?').run(entity.name);
      const items = store
        .prepare('SELECT key, value FROM kvs_items WHERE ns = ?')
        .all(`entity#${entity.name}`) as Array<{
        key: string;
        value: string;
      }>;
      for (const item of items) {
        const value = JSON.parse(item.value) as Record<string, unknown>;
        store.replaceIndexEntries(entity.name, item.key, indexEntriesFor(entity, value));
      }
      store
        .prepare(
          'INSERT INTO kvs_index_meta (entity, fingerprint) VALUES (?, ?) ON CONFLICT (entity) DO UPDATE SET fingerprint = excluded.fingerprint',
        )
        .run(entity.name, fingerprint);
    });
  }
}
