import { Filter, FilterConditions, kvs } from '@forge/kvs';
import * as z from 'zod';
import { raterRatingsSchema, type RaterRatings } from '../../application/rater-ratings';
import { ENTITIES } from './keys';
import { assertStorable } from './value-size';

/** Entity `rating` (manifest.yml): one rater's ratings of one initiative, beside its indexed attributes. */
export interface RatingEntity {
  issueId: string;
  accountId: string;
  at: string;
  revision: number;
  data: unknown;
}

export const ratingEntity = () => kvs.entity<RatingEntity>(ENTITIES.rating);
export const ratingKey = (issueId: string, accountId: string) => `${issueId}:${accountId}`;

const stored = z.object({ data: z.unknown() });

/** A stored rating, or undefined when it does not parse (stored data is untrusted input). */
export function fromRatingEntity(value: unknown): RaterRatings | undefined {
  const parsed = raterRatingsSchema.safeParse(stored.safeParse(value).data?.data);
  return parsed.success ? parsed.data : undefined;
}

/** One strongly consistent get. */
export async function getRating(issueId: string, accountId: string): Promise<RaterRatings | undefined> {
  const value = await ratingEntity().get(ratingKey(issueId, accountId));
  return value === undefined ? undefined : fromRatingEntity(value);
}

/** Adds the rating's write, conditional on the revision read, to a transaction. */
export function setRating(tx: ReturnType<typeof kvs.transact>, before: RaterRatings | undefined, after: RaterRatings) {
  const value: RatingEntity = {
    issueId: after.issueId,
    accountId: after.rater.accountId,
    at: after.at,
    revision: after.revision,
    data: after,
  };
  assertStorable(value, 'Your ratings of this initiative');
  tx.set(ratingKey(after.issueId, after.rater.accountId), value, {
    entityName: ENTITIES.rating,
    conditions: new Filter<RatingEntity>().and(
      'revision',
      before ? FilterConditions.equalTo(before.revision) : FilterConditions.notExists(),
    ),
  });
}
