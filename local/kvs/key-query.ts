import type { ServiceResponse } from '../runtime/service';
import { decodeCursor, encodeCursor } from './cursor';
import { formatItem, type KvsContext } from './item-ops';
import { badRequest, KvsErrorCode } from './kvs-errors';
import type { QueryRequest } from './kvs-schemas';
import { type ItemRow, toItem } from './kvs-store';
import { pageSize } from './limits';
import { collectPage, type ScanRow } from './page-scan';
import { prefixUpperBound } from './range-clause';
import { KVS_SPACE } from './spaces';

/**
 * `/api/v1/query`: plain KVS items (not secrets, not entities) in key order, optionally those whose
 * key begins with a prefix. Response `{ data, cursor? }`, which the client maps to `{ results, nextCursor }`.
 */
export function queryKeys(ctx: KvsContext, request: QueryRequest): ServiceResponse {
  const prefix = keyPrefix(request.where);
  const limit = pageSize(request.limit, KvsErrorCode.LIST_QUERY_LIMIT_EXCEEDED);
  const scope = `kvs:${prefix}`;
  const start = request.after === undefined ? undefined : decodeCursor(request.after, scope);
  const now = ctx.now();
  const fetch = (after: ScanRow | undefined, count: number) => fetchKeys(ctx, prefix, after?.key, count, now);
  const page = collectPage(fetch, undefined, limit, start);
  const data = page.rows.map((row) => formatItem(toItem(row), request.options?.metadataFields));
  const cursor = page.resumeAfter && encodeCursor({ scope, range: null, key: page.resumeAfter.key });
  return { status: 200, body: cursor ? { data, cursor } : { data } };
}

/** The prefix of `where: [{ property: 'key', condition: 'BEGINS_WITH', values: [prefix] }]`, or ''. */
function keyPrefix(where: QueryRequest['where']): string {
  if (!where || where.length === 0) return '';
  if (where.length > 1) throw badRequest(KvsErrorCode.QUERY_WHERE_INVALID, 'KVS queries take a single "where" clause');
  const [clause] = where as [NonNullable<QueryRequest['where']>[number]];
  if (clause.property !== 'key') {
    throw badRequest(
      KvsErrorCode.QUERY_WHERE_FIELD_INVALID,
      `KVS queries can only filter on 'key', not '${clause.property}'`,
    );
  }
  if (clause.condition !== 'BEGINS_WITH') {
    throw badRequest(
      KvsErrorCode.INVALID_FILTER_CONDITION,
      `KVS queries only support BEGINS_WITH, not ${clause.condition}`,
    );
  }
  const [value] = clause.values;
  if (clause.values.length !== 1 || (typeof value !== 'string' && typeof value !== 'number')) {
    throw badRequest(KvsErrorCode.INVALID_FILTER_VALUES, 'BEGINS_WITH takes exactly one string value');
  }
  return String(value);
}

type KeyRow = ItemRow & ScanRow;

function fetchKeys(
  ctx: KvsContext,
  prefix: string,
  afterKey: string | undefined,
  count: number,
  now: number,
): KeyRow[] {
  const upper = prefixUpperBound(prefix);
  const sql = `SELECT NULL AS range, key, value, created_at, updated_at, expires_at FROM kvs_items
    WHERE ns = ? AND key >= ? ${upper === null ? '' : 'AND key < ?'} ${afterKey === undefined ? '' : 'AND key > ?'}
      AND (expires_at IS NULL OR expires_at > ?)
    ORDER BY key LIMIT ?`;
  const params: unknown[] = [KVS_SPACE.ns, prefix];
  if (upper !== null) params.push(upper);
  if (afterKey !== undefined) params.push(afterKey);
  params.push(now, count);
  return ctx.store.prepare(sql).all(...params) as KeyRow[];
}
