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
 * Most rows one request examines when filters drop rows. A page can then come back short, with a
 * cursor, as on the platform where filters apply after the index read. Without filters a page
 * reads `limit + 1` rows: the extra one only tells whether there is a next page.
 */
export const MAX_SCANNED_ROWS = 1000;

/**
 * Collects up to `limit` rows that pass `keep`, reading in chunks so the cost is O(page) without
 * filters and at most `MAX_SCANNED_ROWS` with them.
 */
export function collectPage<R extends ScanRow>(
  fetch: FetchRows<R>,
  keep: ((row: R) => boolean) | undefined,
  limit: number,
  start: ScanRow | undefined,
): Page<R> {
  const chunk = keep ? 100 : limit + 1;
  const rows: R[] = [];
  let after = start;
  let scanned = 0;
  for (;;) {
    const batch = fetch(after, chunk);
    for (const row of batch) {
      if (rows.length === limit || scanned === MAX_SCANNED_ROWS) return { rows, resumeAfter: after };
      scanned += 1;
      after = { range: row.range, key: row.key };
      if (!keep || keep(row)) rows.push(row);
    }
    if (batch.length < chunk) return { rows, resumeAfter: undefined };
  }
}
