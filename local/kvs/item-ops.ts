import type { ServiceResponse } from '../runtime/service';
import type { ResolvedEntity } from './entity-definitions';
import { indexEntriesFor, validateEntityValue } from './entity-values';
import { KvsError, KvsErrorCode, keyNotFound } from './kvs-errors';
import type { SetOptions } from './kvs-schemas';
import type { IndexEntry, KvsStore, StoredItem } from './kvs-store';
import { encodeValue } from './limits';
import { type Space, validateSpaceKey } from './spaces';

/** What every KVS operation needs: the store and the manifest's entities. */
export interface KvsContext {
  store: KvsStore;
  entities: Map<string, ResolvedEntity>;
}

/** An item as the client receives it. */
export interface ItemBody {
  key: string;
  value: unknown;
}

/** Formats a stored item. */
export function formatItem(item: StoredItem): ItemBody {
  return { key: item.key, value: JSON.parse(item.value) as unknown };
}

/** A validated write, ready to apply inside a SQLite transaction. */
export interface PreparedWrite {
  space: Space;
  key: string;
  text: string;
  entries: IndexEntry[];
}

/** Validates key, value, entity attributes and size without touching the store. */
export function prepareWrite(space: Space, key: string, value: unknown): PreparedWrite {
  validateSpaceKey(space, key);
  let entries: IndexEntry[] = [];
  if (space.kind === 'entity') {
    validateEntityValue(space.entity, value);
    entries = indexEntriesFor(space.entity, value);
  }
  const text = encodeValue(value, space.maxBytes);
  return { space, key, text, entries };
}

/** Writes a prepared item and its index entries. Call inside `store.transaction`. */
export function applyWrite(store: KvsStore, write: PreparedWrite): void {
  store.put(write.space.ns, write.key, write.text);
  if (write.space.kind === 'entity') store.replaceIndexEntries(write.space.entity.name, write.key, write.entries);
}

/** Deletes an item and its index entries. Call inside `store.transaction`. */
export function applyDelete(store: KvsStore, space: Space, key: string): void {
  store.delete(space.ns, key);
  if (space.kind === 'entity') store.deleteIndexEntries(space.entity.name, key);
}

/** `/get`: the item, or `404 KEY_NOT_FOUND` (which the client turns into `undefined`). */
export function getItem(ctx: KvsContext, space: Space, key: string): ServiceResponse {
  validateSpaceKey(space, key);
  const item = ctx.store.get(space.ns, key);
  if (!item) throw keyNotFound(key);
  return { status: 200, body: formatItem(item) };
}

/** `/set`: honours `keyPolicy` (`FAIL_IF_EXISTS` on an existing key is `409 KEY_CONFLICT`); 204. */
export function setItem(
  ctx: KvsContext,
  space: Space,
  key: string,
  value: unknown,
  options: SetOptions,
): ServiceResponse {
  const write = prepareWrite(space, key, value);
  return ctx.store.transaction(() => {
    if (options?.keyPolicy === 'FAIL_IF_EXISTS' && ctx.store.get(space.ns, key)) {
      throw new KvsError(409, KvsErrorCode.KEY_CONFLICT, `Key '${key}' already exists (keyPolicy FAIL_IF_EXISTS)`);
    }
    applyWrite(ctx.store, write);
    return { status: 204 };
  });
}
