/** A row of an ordered scan: its position (to resume after it) plus whatever the caller needs. */
export interface ScanRow {
  range: string | number | null;
  key: string;
}

/** Reads up to `count` rows strictly after `after` (or from the start when undefined), in order. */
export type FetchRows<R extends ScanRow> = (after: ScanRow | undefined, count: number) => R[];

/** One page and, when more rows remain, the position to resume after. */
export interface Page<R> {
  rows: R[];
  resumeAfter: ScanRow | undefined;
}

/**
 * One page as the platform builds it: `limit` rows are read from the index (range, partition and
 * sort only) and the filters then run in memory on those rows. "The `and` and `or` methods are
 * *in-memory* filters. Using them can sometimes produce pages with no results, with cursor
 * pointing to the next page where actual results exist"
 * (storage-reference/entities-api-query, "filters"; the same for `andFilter` / `orFilter` in
 * storage-reference/entities-api-query-legacy). So a filtered page can be short or empty and
 * still carry a cursor; the caller pages until the cursor is gone.
 *
 * One extra row is read only to tell whether a next page exists: the cursor is left off when the
 * index holds nothing after this page. The cost is O(limit) with or without filters.
 */
export function collectPage<R extends ScanRow>(
  fetch: FetchRows<R>,
  keep: ((row: R) => boolean) | undefined,
  limit: number,
  start: ScanRow | undefined,
): Page<R> {
  const fetched = fetch(start, limit + 1);
  const window = fetched.slice(0, limit);
  const last = window[window.length - 1];
  const rows = keep ? window.filter(keep) : window;
  const more = fetched.length > limit && last !== undefined;
  return { rows, resumeAfter: more ? { range: last.range, key: last.key } : undefined };
}
