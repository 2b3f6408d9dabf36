import type { ServiceResponse } from '../runtime/service';
import { checkOperationCount } from './batch';
import { type CompiledFilter, compileFilters, matchesFilter } from './conditions';
import { applyDelete, applyWrite, type KvsContext, type PreparedWrite, prepareWrite } from './item-ops';
import { KvsError, KvsErrorCode } from './kvs-errors';
import type { Filters, TransactionRequest } from './kvs-schemas';
import { KVS_LIMITS } from './limits';
import { resolveSpace, type Space, validateSpaceKey } from './spaces';

/** One validated operation of a transaction. */
interface Operation {
  kind: 'set' | 'delete' | 'check';
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
  const now = ctx.now();
  const operations = collectOperations(ctx, request, now);
  ctx.store.transaction(() => {
    const failed = operations.filter((op) => op.condition && !conditionHolds(ctx, op, now));
    if (failed.length > 0) {
      const context = { failedOperations: failed.map(({ kind, key, entityName }) => ({ kind, key, entityName })) };
      throw new KvsError(409, KvsErrorCode.CONDITION_CHECK_FAILED, describeFailure(failed), context);
    }
    for (const op of operations) {
      if (op.write) applyWrite(ctx.store, op.write, now);
      else if (op.kind === 'delete') applyDelete(ctx.store, op.space, op.key, now);
    }
  });
  return { status: 204 };
}

function collectOperations(ctx: KvsContext, request: TransactionRequest, now: number): Operation[] {
  const all = [
    ...(request.set ?? []).map((item) => ({ kind: 'set' as const, ...item })),
    ...(request.delete ?? []).map((item) => ({ kind: 'delete' as const, ...item })),
    ...(request.check ?? []).map((item) => ({ kind: 'check' as const, ...item })),
  ];
  checkOperationCount(all, KVS_LIMITS.transactionMaxOperations);
  return all.map((item) => {
    const space = resolveSpace(ctx.entities, item.entityName);
    validateSpaceKey(space, item.key);
    const operation: Operation = {
      kind: item.kind,
      key: item.key,
      entityName: item.entityName,
      space,
      condition: conditionOf(item.conditions),
    };
    if (item.kind === 'set') operation.write = prepareWrite(space, item.key, item.value, item.options?.ttl, now);
    return operation;
  });
}

function conditionOf(conditions: Filters | undefined): CompiledFilter | undefined {
  return conditions === undefined ? undefined : compileFilters(conditions);
}

function conditionHolds(ctx: KvsContext, op: Operation, now: number): boolean {
  const stored = ctx.store.get(op.space.ns, op.key, now);
  const value: unknown = stored ? JSON.parse(stored.value) : {};
  return matchesFilter(op.condition as CompiledFilter, value);
}

function describeFailure(failed: Operation[]): string {
  const list = failed.map((op) => `${op.kind} '${op.key}'${op.entityName ? ` (${op.entityName})` : ''}`).join(', ');
  return `Transaction cancelled: the conditions of ${list} did not hold`;
}
