import type { ServiceResponse } from '../runtime/service';
import {
  compileFilters,
  matchesFilter,
  PLATFORM_RANGE_CONDITIONS,
  SIMULATED_RANGE_CONDITIONS,
  validateCondition,
} from './conditions';
import { decodeCursor, encodeCursor } from './cursor';
import type { ResolvedIndex } from './entity-definitions';
import { encodePartition } from './entity-values';
import { formatItem, type KvsContext } from './item-ops';
import { badRequest, KvsErrorCode } from './kvs-errors';
import type { EntityQueryRequest } from './kvs-schemas';
import { pageSize } from './limits';
import { collectPage, type ScanRow } from './page-scan';
import { type Bound, type RangeBounds, rangeBounds } from './range-clause';
import { resolveSpace } from './spaces';

type EntityRow = ScanRow & { value: string };

/** A query resolved against the manifest: which index rows to scan, in which order. */
interface IndexScan {
  ns: string;
  entity: string;
  index: string;
  partition: string;
  range: RangeBounds;
  descending: boolean;
}

/**
 * `/api/v1/entity/query`: one page of an entity index, in range order (ties by key), within one
 * partition, narrowed by the range condition; filters then run on the `limit` rows read (see
 * `collectPage`), so a filtered page can be short or empty with a cursor. Response `{ data, cursor? }`.
 */
export function queryEntity(ctx: KvsContext, request: EntityQueryRequest): ServiceResponse {
  const space = resolveSpace(ctx.entities, request.entityName);
  if (space.kind !== 'entity') throw badRequest(KvsErrorCode.INVALID_ENTITY_TYPE, 'entityName is required');
  const index = space.entity.indexes.get(request.indexName);
  if (!index) {
    throw badRequest(
      KvsErrorCode.INVALID_ENTITY_INDEX,
      `Entity '${space.entity.name}' has no index '${request.indexName}'`,
    );
  }
  const limit = pageSize(request.limit);
  const filter = request.filters ? compileFilters(request.filters) : undefined;
  const scan: IndexScan = {
    ns: space.ns,
    entity: space.entity.name,
    index: index.name,
    partition: partitionOf(index, request.partition),
    range: rangeOf(request.range),
    descending: request.sort === 'DESC',
  };
  const scope = JSON.stringify([scan.entity, scan.index, scan.partition, request.sort ?? 'ASC', request.range ?? null]);
  const start = request.cursor === undefined ? undefined : decodeCursor(request.cursor, scope);
  const keep = filter && ((row: EntityRow) => matchesFilter(filter, JSON.parse(row.value)));
  const page = collectPage((after, count) => fetchIndexRows(ctx, scan, after, count), keep, limit, start);
  const data = page.rows.map(formatItem);
  const cursor = page.resumeAfter && encodeCursor({ scope, ...page.resumeAfter });
  return { status: 200, body: cursor ? { data, cursor } : { data } };
}

/** The partition column value: one query value per partition attribute, required when the index has any. */
function partitionOf(index: ResolvedIndex, values: EntityQueryRequest['partition']): string {
  const given = values ?? [];
  if (given.length !== index.partition.length) {
    throw badRequest(
      KvsErrorCode.INVALID_PARTITION,
      `Index '${index.name}' is partitioned by [${index.partition.join(', ')}]; the query gave ${given.length} partition value(s)`,
    );
  }
  return encodePartition(given);
}

function rangeOf(range: EntityQueryRequest['range']): RangeBounds {
  if (!range) return {};
  validateCondition(range.condition, range.values, PLATFORM_RANGE_CONDITIONS, SIMULATED_RANGE_CONDITIONS);
  return rangeBounds(range.condition, range.values);
}

function fetchIndexRows(ctx: KvsContext, scan: IndexScan, after: ScanRow | undefined, count: number): EntityRow[] {
  const direction = scan.descending ? 'DESC' : 'ASC';
  const where = boundsSql(scan, after);
  const sql = `SELECT e.range_value AS range, e.key AS key, i.value
    FROM kvs_index_entries e JOIN kvs_items i ON i.ns = ? AND i.key = e.key
    WHERE e.entity = ? AND e.index_name = ? AND e.partition = ? ${where.sql}
    ORDER BY e.range_value ${direction}, e.key ${direction} LIMIT ?`;
  const params = [scan.ns, scan.entity, scan.index, scan.partition, ...where.params, count];
  return ctx.store.prepare(sql).all(...params) as EntityRow[];
}

/**
 * The range bounds plus the resume position. A cursor lies inside its own query's range (the
 * range is part of the cursor scope), so it replaces the bound on its side: SQLite then seeks
 * straight to the cursor and a later page costs the same as the first.
 */
function boundsSql(
  scan: IndexScan,
  after: ScanRow | undefined,
): { sql: string; params: Array<string | number | null> } {
  const parts: string[] = [];
  const params: Array<string | number | null> = [];
  const add = (bound: Bound | undefined) => {
    if (!bound) return;
    parts.push(`AND e.range_value ${bound.op} ?`);
    params.push(bound.value);
  };
  if (!(after && !scan.descending)) add(scan.range.lower);
  if (!(after && scan.descending)) add(scan.range.upper);
  if (after) {
    parts.push(`AND (e.range_value, e.key) ${scan.descending ? '<' : '>'} (?, ?)`);
    params.push(after.range, after.key);
  }
  return { sql: parts.join(' '), params };
}
