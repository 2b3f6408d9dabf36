import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { RATER_SUMMARY_LIMIT, type InitiativeRecord, type UserRefRecord } from '../initiative-record';
import { REMEMBERED_REQUESTS, type RaterRatings } from '../rater-ratings';
import { numbersOf, retally } from './rating-tally';
import { rescoreRecord } from './rescore-record';

export interface RatingChange {
  actor: UserRefRecord;
  at: string;
  /** The history row's text. */
  text: string;
  /** The ratings given, by criterion key (they replace the rater's earlier ones on those criteria). */
  given: Record<string, { rating: number; rationale: string }>;
  requestId: string | undefined;
  config: ScoringConfig;
}

/**
 * The initiative and the rater's entry after one rating: the tally moves from the rater's earlier
 * ratings to the merged ones, the rater heads the summaries, and a rater embedded by an older
 * version (before the `rating` entity) leaves the record for their own entry. Pure.
 */
export function applyRating(
  current: InitiativeRecord,
  mine: RaterRatings | undefined,
  { actor, at, text, given, requestId, config }: RatingChange,
): { record: InitiativeRecord; mine: RaterRatings } {
  const legacy = current.raters.find((r) => r.rater.accountId === actor.accountId);
  const earlier = mine?.ratings ?? legacy?.ratings ?? {};
  const merged = { ...earlier, ...given };
  const record = rescoreRecord(
    {
      ...current,
      // A rater embedded by an older version moves to their own entry now.
      raters: current.raters.filter((r) => r.rater.accountId !== actor.accountId),
      tally: retally(current.tally, numbersOf(earlier), numbersOf(merged)),
      raterSummaries: [
        { rater: actor, at, rated: Object.keys(merged).length, ratings: numbersOf(merged) },
        ...current.raterSummaries.filter((r) => r.rater.accountId !== actor.accountId),
      ].slice(0, RATER_SUMMARY_LIMIT),
      raterCount: current.raterCount + (mine || legacy ? 0 : 1),
    },
    config,
    { actor, at, text },
  );
  const requestIds = requestId ? [requestId, ...(mine?.requestIds ?? [])] : (mine?.requestIds ?? []);
  const entry: RaterRatings = {
    issueId: current.issueId,
    rater: actor,
    at,
    ratings: merged,
    requestIds: requestIds.slice(0, REMEMBERED_REQUESTS),
    revision: (mine?.revision ?? 0) + 1,
  };
  return { record, mine: entry };
}
