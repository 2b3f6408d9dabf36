import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { StoredRow } from '../../application/decisions/walk-log';
import { decisionKey, ENTITIES } from './keys';
import type { DecisionEntity } from './decision.entity';

/**
 * Every stored entry with a seq attribute above `afterSeq`, in seq order, a page of 100 at a time,
 * to the end of the `by-seq` index (entries past the head and copies under other keys included),
 * raw as stored with the attributes they are indexed by and whether the key is the seq's own key.
 * One query per page: a run after N new entries reads about N / 100 pages, not the whole log.
 */
export async function* decisionsAfter(afterSeq: number): AsyncGenerator<StoredRow[]> {
  let cursor: string | undefined;
  do {
    let query = kvs
      .entity<DecisionEntity>(ENTITIES.decision)
      .query()
      .index('by-seq')
      .where(WhereConditions.greaterThan(afterSeq))
      .sort(Sort.ASC)
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    yield page.results.map((r) => storedRow(r.key, r.value));
    cursor = page.nextCursor;
  } while (cursor);
}

/** A stored entity as the verifier and the readers judge it. */
export function storedRow(key: string, value: DecisionEntity): StoredRow {
  const { entry, seq, projectKey, issueKey, type, at, text, actorName } = value;
  return {
    entry,
    index: { seq, projectKey, issueKey, type, at, text, actorName },
    misplaced: typeof seq !== 'number' || key !== decisionKey(seq),
  };
}

/** The entry stored at `seq`'s key, raw, or undefined. */
export async function entryAt(seq: number): Promise<unknown> {
  return (await kvs.entity<DecisionEntity>(ENTITIES.decision).get(decisionKey(seq)))?.entry;
}
