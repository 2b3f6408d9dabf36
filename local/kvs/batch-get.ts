import { z } from 'zod';
import type { ServiceResponse } from '../runtime/service';
import { formatItem, type KvsContext } from './item-ops';
import { badRequest, KvsErrorCode } from './kvs-errors';
import { resolveSpace, validateSpaceKey } from './spaces';

/**
 * Body of `/batch/get`: the item list itself, as `@forge/kvs` 1.6 `StorageApi.batchGet` posts it
 * (`BatchGetItem { key, entityName?, options? }`; metadata options are not simulated, so a strict
 * item refuses them with 501 through the route's parser).
 */
export const batchGetRequest = z.array(z.strictObject({ key: z.string(), entityName: z.string().optional() }));

/** At most 25 keys in one batch (storage-reference/entities-batch, "Limitations"). */
const BATCH_MAX_KEYS = 25;

/**
 * `kvs.batchGet` (storage-reference/entities-batch and storage-reference/kvs-batch): plain keys and
 * entity items in one call. The whole batch fails when it holds no key or the same key (plus entity)
 * twice; otherwise each item is answered in `successfulKeys` (with its value) or `failedKeys`. A
 * missing key is `{ code: 'KEY_NOT_FOUND' }` in `failedKeys`, as the official client's own tests
 * receive it (node_modules/@forge/kvs/out/__test__/index.test.js, "batchGet with mixed entity and
 * non-entity items").
 */
export function batchGet(ctx: KvsContext, items: z.infer<typeof batchGetRequest>): ServiceResponse {
  if (items.length === 0) throw badRequest(KvsErrorCode.EMPTY_OPERATIONS, 'A batch needs at least one key');
  if (items.length > BATCH_MAX_KEYS) {
    throw badRequest(
      KvsErrorCode.TOO_MANY_OPERATIONS,
      `A batch holds at most ${BATCH_MAX_KEYS} keys; got ${items.length}`,
    );
  }
  const seen = new Set<string>();
  const resolved = items.map((item) => {
    const id = JSON.stringify([item.entityName ?? null, item.key]);
    if (seen.has(id)) {
      const where = item.entityName ? ` of entity '${item.entityName}'` : '';
      throw badRequest(KvsErrorCode.DUPLICATE_KEYS, `Key '${item.key}'${where} appears more than once`);
    }
    seen.add(id);
    const space = resolveSpace(ctx.entities, item.entityName);
    validateSpaceKey(space, item.key);
    return { item, space };
  });
  const successfulKeys: unknown[] = [];
  const failedKeys: unknown[] = [];
  for (const { item, space } of resolved) {
    const entity = item.entityName === undefined ? {} : { entityName: item.entityName };
    const stored = ctx.store.get(space.ns, item.key);
    if (stored) successfulKeys.push({ ...formatItem(stored), ...entity });
    else failedKeys.push({ key: item.key, ...entity, error: { code: 'KEY_NOT_FOUND', message: 'Key does not exist' } });
  }
  return { status: 200, body: { successfulKeys, failedKeys } };
}
