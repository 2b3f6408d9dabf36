import type { ServiceResponse } from '../runtime/service';
import { type CompiledFilter, compileFilters, matchesFilter } from './conditions';
import { applyDelete, applyWrite, type KvsContext, type PreparedWrite, prepareWrite } from './item-ops';
import { badRequest, KvsError, KvsErrorCode } from './kvs-errors';
import type { TransactionRequest } from './kvs-schemas';
import { KVS_LIMITS } from './limits';
import { resolveSpace, type Space, validateSpaceKey } from './spaces';

/** One validated operation of a transaction. */
interface Operation {
  kind: 'set' | 'delete';
  key: string;
  entityName: string | undefined;
  space: Space;
  condition: CompiledFilter | undefined;
  write?: PreparedWrite;
}

/**
 * `/api/v1/transaction`: all operations or none. Everything is validated first (limits, keys,
 * values, conditions); then, inside one SQLite transaction, every condition is evaluated against
 * the current items (a missing item reads as `{}`), and only if all hold are the writes applied.
 * A failed condition is `409 CONDITION_CHECK_FAILED` naming the failing operations.
 */
export function executeTransaction(ctx: KvsContext, request: TransactionRequest): ServiceResponse {
  const operations = collectOperations(ctx, request);
  ctx.store.transaction(() => {
    const failed = operations.filter((op) => op.condition && !conditionHolds(ctx, op));
    if (failed.length > 0) {
      const context = { failedOperations: failed.map(({ kind, key, entityName }) => ({ kind, key, entityName })) };
      throw new KvsError(409, KvsErrorCode.CONDITION_CHECK_FAILED, describeFailure(failed), context);
    }
    for (const op of operations) {
      if (op.write) applyWrite(ctx.store, op.write);
      else applyDelete(ctx.store, op.space, op.key);
    }
  });
  return { status: 204 };
}

function collectOperations(ctx: KvsContext, request: TransactionRequest): Operation[] {
  const all = [
    ...(request.set ?? []).map((item) => ({ kind: 'set' as const, ...item })),
    ...(request.delete ?? []).map((item) => ({ kind: 'delete' as const, value: undefined, ...item })),
  ];
  checkOperationCount(all);
  return all.map((item) => {
    const space = resolveSpace(ctx.entities, item.entityName);
    validateSpaceKey(space, item.key);
    const condition = item.conditions === undefined ? undefined : compileFilters(item.conditions);
    const operation: Operation = { kind: item.kind, key: item.key, entityName: item.entityName, space, condition };
    if (item.kind === 'set') operation.write = prepareWrite(space, item.key, item.value);
    return operation;
  });
}

/**
 * At least one and at most 25 operations ("transaction at most 25 operations", limits-kvs-ce),
 * no (entity, key) twice.
 */
function checkOperationCount(items: Array<{ key: string; entityName?: string | undefined }>): void {
  const max = KVS_LIMITS.transactionMaxOperations;
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

function conditionHolds(ctx: KvsContext, op: Operation): boolean {
  const stored = ctx.store.get(op.space.ns, op.key);
  const value: unknown = stored ? JSON.parse(stored.value) : {};
  return matchesFilter(op.condition as CompiledFilter, value);
}

function describeFailure(failed: Operation[]): string {
  const list = failed.map((op) => `${op.kind} '${op.key}'${op.entityName ? ` (${op.entityName})` : ''}`).join(', ');
  return `Transaction cancelled: the conditions of ${list} did not hold`;
}
