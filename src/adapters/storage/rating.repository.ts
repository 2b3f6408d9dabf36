import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { InitiativeRecord } from '../../application/initiative-record';
import type { RaterRatings } from '../../application/rater-ratings';
import type { RatingsPort } from '../../application/ports';
import { updateInitiative } from './initiative.repository';
import { fromEntity } from './initiative.entity';
import { ENTITIES } from './keys';
import { fromRatingEntity, getRating, ratingEntity, ratingKey, setRating } from './rating.entity';

/**
 * A rater's change to an initiative: the initiative (tally, score) and the rater's own entry commit
 * in one transaction, each conditional on the revision read, retried on contention. KVS cost: one
 * batch get of both (storage-reference/entities-batch) and one transaction (plus the portfolio
 * stats when the class changes); a retry reads each again with a get.
 */
export const rate: RatingsPort['rate'] = async (issueId, accountId, change, create) => {
  const read = await readBoth(issueId, accountId);
  let mine: RaterRatings | undefined;
  let wrote: RaterRatings | undefined;
  let first = true;
  const record = await updateInitiative(
    issueId,
    async (current: InitiativeRecord) => {
      mine = first ? read.mine : await getRating(issueId, accountId);
      first = false;
      const next = await change(current, mine);
      wrote = next?.mine;
      return next?.record;
    },
    create,
    { read: read.record ?? null, alsoWrite: (tx) => wrote && setRating(tx, mine, wrote) },
  );
  return { record, mine: wrote ?? mine };
};

/** The initiative and the rater's entry in one `kvs.batchGet`; a missing key is absent, any other failure throws. */
async function readBoth(issueId: string, accountId: string) {
  const { successfulKeys, failedKeys } = await kvs.batchGet([
    { key: issueId, entityName: ENTITIES.initiative },
    { key: ratingKey(issueId, accountId), entityName: ENTITIES.rating },
  ]);
  const failed = failedKeys.find((f) => f.error.code !== 'KEY_NOT_FOUND');
  if (failed) throw new Error(`Could not read ${failed.entityName ?? 'key'} ${failed.key}: ${failed.error.code}`);
  const value = (entityName: string) => successfulKeys.find((k) => k.entityName === entityName)?.value;
  const record = value(ENTITIES.initiative);
  const mine = value(ENTITIES.rating);
  return {
    record: record === undefined ? undefined : fromEntity(record),
    mine: mine === undefined ? undefined : fromRatingEntity(mine),
  };
}

/**
 * A page of an initiative's raters with their rationales, latest first (one query of at most
 * `limit`). A cursor the store refuses (400: not one it issued for this query) is 'invalid-cursor'.
 */
export const raterPage: RatingsPort['page'] = async (issueId, limit, cursor) => {
  let query = ratingEntity()
    .query()
    .index('by-issue', { partition: [issueId] })
    .where(WhereConditions.greaterThan(''))
    .sort(Sort.DESC)
    .limit(limit);
  if (cursor) query = query.cursor(cursor);
  let page: Awaited<ReturnType<typeof query.getMany>>;
  try {
    page = await query.getMany();
  } catch (error) {
    if (cursor && (error as { responseDetails?: { status?: unknown } }).responseDetails?.status === 400)
      return 'invalid-cursor';
    throw error;
  }
  const raters = page.results.map((r) => fromRatingEntity(r.value)).filter((r): r is RaterRatings => r !== undefined);
  return page.nextCursor ? { raters, nextCursor: page.nextCursor } : { raters };
};

export const ratingsAdapter: RatingsPort = { mine: getRating, page: raterPage, rate };
