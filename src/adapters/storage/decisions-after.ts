import { kvs, Sort, WhereConditions } from '@forge/kvs';
import { ENTITIES } from './keys';

/**
 * The stored entries with a seq above `afterSeq`, in seq order, a page of 100 at a time, raw as
 * stored (the verifier must see what storage holds). One query per page: a run after N new entries
 * reads about N / 100 pages, not the whole log.
 */
export async function* decisionsAfter(afterSeq: number): AsyncGenerator<Array<{ entry: unknown }>> {
  let cursor: string | undefined;
  do {
    let query = kvs
      .entity<{ seq: number; entry: unknown }>(ENTITIES.decision)
      .query()
      .index('by-seq')
      .where(WhereConditions.greaterThan(afterSeq))
      .sort(Sort.ASC)
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    yield page.results.map((r) => ({ entry: r.value.entry }));
    cursor = page.nextCursor;
  } while (cursor);
}
