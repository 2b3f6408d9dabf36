import type { Criterion } from './scoring-config';

/** What one rater gave; `null`/`undefined` means the rater skipped that criterion. */
export interface RaterRatings {
  raterId: string;
  ratings: Readonly<Record<string, number | null | undefined>>;
}

/** A criterion on which raters differ by 2 or more levels. */
export interface Disagreement {
  key: string;
  min: number;
  max: number;
  spread: number;
}

export interface AggregatedRatings {
  /** Median rating per criterion key; criteria nobody rated are absent. */
  ratings: Record<string, number>;
  /** Number of distinct raters considered. */
  raterCount: number;
  needsAlignment: boolean;
  /** Criteria with spread (max - min) >= 2, in configuration order. */
  disagreements: Disagreement[];
}

/** Spread (max - min) at which raters must align before the score is trusted. */
export const ALIGNMENT_SPREAD = 2;

/**
 * Combines several raters' ratings per criterion. The initiative takes the median; for an even number
 * of ratings the median is the mean of the middle two, so with whole ratings it is always a multiple
 * of 0.5 (2 and 3 give 2.5). A spread of 2 or more on any criterion sets `needsAlignment`.
 *
 * A rater listed twice counts once, with the later entry. Ratings that are not finite numbers from 1 to 5
 * and keys that are not criteria are ignored (validate input with `validateRatings`).
 *
 * @example
 * aggregateRaters(criteria, [
 *   { raterId: 'a', ratings: { effort: 2 } },
 *   { raterId: 'b', ratings: { effort: 4 } },
 * ]); // { ratings: { effort: 3 }, raterCount: 2, needsAlignment: true, disagreements: [{ key: 'effort', min: 2, max: 4, spread: 2 }] }
 */
export function aggregateRaters(criteria: readonly Criterion[], raters: readonly RaterRatings[]): AggregatedRatings {
  const latest = new Map(raters.map((r) => [r.raterId, r.ratings]));
  const ratings: Record<string, number> = {};
  const disagreements: Disagreement[] = [];
  for (const { key } of criteria) {
    const values = [...latest.values()].map((r) => (Object.hasOwn(r, key) ? r[key] : undefined)).filter(isRating);
    if (values.length === 0) continue;
    values.sort((a, b) => a - b);
    ratings[key] = median(values);
    const min = values[0] as number;
    const max = values[values.length - 1] as number;
    if (max - min >= ALIGNMENT_SPREAD) disagreements.push({ key, min, max, spread: max - min });
  }
  return { ratings, raterCount: latest.size, needsAlignment: disagreements.length > 0, disagreements };
}

const isRating = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 5;

/** Median of a sorted, non-empty list; the mean of the middle two for an even count. */
function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}
