import { Sort, WhereConditions } from '@forge/kvs';
import type { InitiativeRecord } from '../../application/initiative-record';
import type { RaterRatings } from '../../application/rater-ratings';
import type { RatingsPort } from '../../application/ports';
import { updateInitiative } from './initiative.repository';
import { fromRatingEntity, getRating, ratingEntity, setRating } from './rating.entity';

/**
 * A rater's change to an initiative: the initiative (tally, score) and the rater's own entry commit
 * in one transaction, each conditional on the revision read, retried on contention. KVS cost: one
 * get of each (none for the rater's entry when the caller read it in a query) and one transaction (plus the portfolio stats when the class changes).
 */
export const rate: RatingsPort['rate'] = async (issueId, accountId, change, create, hint) => {
  let mine: RaterRatings | undefined;
  let wrote: RaterRatings | undefined;
  let first = hint !== undefined;
  const record = await updateInitiative(
    issueId,
    async (current: InitiativeRecord) => {
      mine = first ? (hint ?? undefined) : await getRating(issueId, accountId);
      first = false;
      const next = await change(current, mine);
      wrote = next?.mine;
      return next?.record;
    },
    create,
    { alsoWrite: (tx) => wrote && setRating(tx, mine, wrote) },
  );
  return { record, mine: wrote ?? mine };
};

/** An initiative's latest raters with their rationales, latest first (one query of at most `limit`). */
export async function latestRaters(issueId: string, limit: number): Promise<RaterRatings[]> {
  const page = await ratingEntity()
    .query()
    .index('by-issue', { partition: [issueId] })
    .where(WhereConditions.greaterThan(''))
    .sort(Sort.DESC)
    .limit(limit)
    .getMany();
  return page.results.map((r) => fromRatingEntity(r.value)).filter((r): r is RaterRatings => r !== undefined);
}

export const ratingsAdapter: RatingsPort = { mine: getRating, latest: latestRaters, rate };
