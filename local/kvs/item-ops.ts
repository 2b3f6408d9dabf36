import type { ServiceResponse } from '../runtime/service';
import type { ResolvedEntity } from './entity-definitions';
import { indexEntriesFor, validateEntityValue } from './entity-values';
import { KvsError, KvsErrorCode, keyNotFound } from './kvs-errors';
import type { MetadataField, SetOptions } from './kvs-schemas';
import type { IndexEntry, KvsStore, StoredItem } from './kvs-store';
import { encodeValue, expiryFor, type Ttl } from './limits';
import { type Space, validateSpaceKey } from './spaces';

/** What every KVS operation needs: the store, the manifest's entities and the clock (epoch ms). */
export interface KvsContext {
  store: KvsStore;
  entities: Map<string, ResolvedEntity>;
  now: () => number;
}

/** An item as the client receives it; metadata only when asked for. */
export interface ItemBody {
  key: string;
  value: unknown;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

/** Formats a stored item with the requested metadata fields. */
export function formatItem(item: StoredItem, fields: MetadataField[] | undefined): ItemBody {
  const body: ItemBody = { key: item.key, value: JSON.parse(item.value) as unknown };
  if (fields?.includes('CREATED_AT')) body.createdAt = item.createdAt;
  if (fields?.includes('UPDATED_AT')) body.updatedAt = item.updatedAt;
  if (fields?.includes('EXPIRE_TIME') && item.expiresAt !== null)
    body.expireTime = new Date(item.expiresAt).toISOString();
  return body;
}

/** A validated write, ready to apply inside a SQLite transaction. */
export interface PreparedWrite {
  space: Space;
  key: string;
  text: string;
  expiresAt: number | null;
  entries: IndexEntry[];
}

/** Validates key, value, entity attributes, size and TTL without touching the store. */
export function prepareWrite(
  space: Space,
  key: string,
  value: unknown,
  ttl: Ttl | undefined,
  now: number,
): PreparedWrite {
  validateSpaceKey(space, key);
  let entries: IndexEntry[] = [];
  if (space.kind === 'entity') {
    validateEntityValue(space.entity, value);
    entries = indexEntriesFor(space.entity, value);
  }
  const text = encodeValue(value, space.maxBytes);
  return { space, key, text, expiresAt: expiryFor(ttl, now), entries };
}

/** Writes a prepared item and its index entries. Call inside `store.transaction`. */
export function applyWrite(store: KvsStore, write: PreparedWrite, now: number): StoredItem {
  const current = store.put(write.space.ns, write.key, write.text, write.expiresAt, now);
  if (write.space.kind === 'entity') store.replaceIndexEntries(write.space.entity.name, write.key, write.entries);
  return current;
}

/** Deletes an item and its index entries; true when a live item existed. Call inside `store.transaction`. */
export function applyDelete(store: KvsStore, space: Space, key: string, now: number): boolean {
  const existed = store.delete(space.ns, key, now);
  if (space.kind === 'entity') store.deleteIndexEntries(space.entity.name, key);
  return existed;
}

/** `/get`: the item, or `404 KEY_NOT_FOUND` (which the client turns into `undefined`). */
export function getItem(
  ctx: KvsContext,
  space: Space,
  key: string,
  fields: MetadataField[] | undefined,
): ServiceResponse {
  validateSpaceKey(space, key);
  const item = ctx.store.get(space.ns, key, ctx.now());
  if (!item) throw keyNotFound(key);
  return { status: 200, body: formatItem(item, fields) };
}

/** `/set`: honours `keyPolicy`, `ttl` and `returnValue`; 204 unless a value is to be returned. */
export function setItem(
  ctx: KvsContext,
  space: Space,
  key: string,
  value: unknown,
  options: SetOptions,
): ServiceResponse {
  const now = ctx.now();
  const write = prepareWrite(space, key, value, options?.ttl, now);
  return ctx.store.transaction(() => {
    const previous = ctx.store.get(space.ns, key, now);
    if (options?.keyPolicy === 'FAIL_IF_EXISTS' && previous) {
      throw new KvsError(409, KvsErrorCode.KEY_CONFLICT, `Key '${key}' already exists (keyPolicy FAIL_IF_EXISTS)`);
    }
    const current = applyWrite(ctx.store, write, now);
    const returned =
      options?.returnValue === 'LATEST' ? current : options?.returnValue === 'PREVIOUS' ? previous : undefined;
    return returned ? { status: 200, body: formatItem(returned, options?.returnMetadataFields) } : { status: 204 };
  });
}

/** `/delete`: 204, or `404 KEY_NOT_FOUND` for a missing key (the client ignores it). */
export function deleteItem(ctx: KvsContext, space: Space, key: string): ServiceResponse {
  validateSpaceKey(space, key);
  const existed = ctx.store.transaction(() => applyDelete(ctx.store, space, key, ctx.now()));
  if (!existed) throw keyNotFound(key);
  return { status: 204 };
}
