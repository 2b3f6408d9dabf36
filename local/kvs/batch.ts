import type { ServiceResponse } from '../runtime/service';
import { applyDelete, applyWrite, formatItem, type KvsContext, prepareWrite } from './item-ops';
import { badRequest, KvsError, KvsErrorCode, keyNotFound } from './kvs-errors';
import type { MetadataField, SetOptions } from './kvs-schemas';
import { KVS_LIMITS } from './limits';
import { resolveSpace, type Space, validateSpaceKey } from './spaces';

interface BatchTarget {
  key: string;
  entityName?: string | undefined;
}

interface BatchOutcome {
  successfulKeys: Array<Record<string, unknown>>;
  failedKeys: Array<{ key: string; entityName?: string; error: { code: string; message: string } }>;
}

/**
 * Checks the documented batch rules (at least one and at most 25 keys, no key twice), then runs
 * `run` per item. Items succeed or fail on their own; a failure becomes an entry of `failedKeys`.
 */
function runBatch<T extends BatchTarget>(
  ctx: KvsContext,
  items: T[],
  run: (item: T, space: Space) => Record<string, unknown>,
): ServiceResponse {
  checkOperationCount(items, KVS_LIMITS.batchMaxKeys);
  const outcome: BatchOutcome = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    const target = { key: item.key, ...(item.entityName === undefined ? {} : { entityName: item.entityName }) };
    try {
      outcome.successfulKeys.push({ ...target, ...run(item, resolveSpace(ctx.entities, item.entityName)) });
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      outcome.failedKeys.push({ ...target, error: { code: error.code, message: error.message } });
    }
  }
  return { status: 200, body: outcome };
}

/** Throws when there are no operations, more than `max`, or the same (entity, key) twice. */
export function checkOperationCount(items: BatchTarget[], max: number): void {
  if (items.length === 0) throw badRequest(KvsErrorCode.EMPTY_OPERATIONS, 'At least one operation is required');
  if (items.length > max) {
    throw badRequest(KvsErrorCode.TOO_MANY_OPERATIONS, `At most ${max} operations are allowed; got ${items.length}`);
  }
  const seen = new Set<string>();
  for (const item of items) {
    const id = JSON.stringify([item.entityName ?? null, item.key]);
    if (seen.has(id)) {
      const where = item.entityName ? ` of entity '${item.entityName}'` : '';
      throw badRequest(KvsErrorCode.DUPLICATE_KEYS, `Key '${item.key}'${where} appears more than once`);
    }
    seen.add(id);
  }
}

/** `/api/v1/batch/set`. */
export function batchSet(
  ctx: KvsContext,
  items: Array<BatchTarget & { value: unknown; options?: SetOptions }>,
): ServiceResponse {
  return runBatch(ctx, items, (item, space) => {
    const now = ctx.now();
    const write = prepareWrite(space, item.key, item.value, item.options?.ttl, now);
    ctx.store.transaction(() => applyWrite(ctx.store, write, now));
    return {};
  });
}

/** `/api/v1/batch/get`: found items in `successfulKeys` (with value), missing ones as KEY_NOT_FOUND. */
export function batchGet(
  ctx: KvsContext,
  items: Array<BatchTarget & { options?: { metadataFields?: MetadataField[] | undefined } | undefined }>,
): ServiceResponse {
  return runBatch(ctx, items, (item, space) => {
    validateSpaceKey(space, item.key);
    const stored = ctx.store.get(space.ns, item.key, ctx.now());
    if (!stored) throw keyNotFound(item.key);
    return { ...formatItem(stored, item.options?.metadataFields) };
  });
}

/** `/api/v1/batch/delete`: missing keys are reported as KEY_NOT_FOUND, like the client's tests show. */
export function batchDelete(ctx: KvsContext, items: BatchTarget[]): ServiceResponse {
  return runBatch(ctx, items, (item, space) => {
    validateSpaceKey(space, item.key);
    const existed = ctx.store.transaction(() => applyDelete(ctx.store, space, item.key, ctx.now()));
    if (!existed) throw keyNotFound(item.key);
    return {};
  });
}
