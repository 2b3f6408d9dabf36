import type { CriterionDirection } from './scoring-config';

/**
 * Maps a rating on the 1..5 scale to 0..1 where 1 is always "better": benefit `(r - 1) / 4`,
 * cost `1 - (r - 1) / 4`. Accepts fractional ratings (a median of two raters can be 2.5); anything
 * that is not a finite number from 1 to 5 gives `null` (treated as "not rated").
 *
 * @example
 * normaliseRating(4, 'benefit'); // 0.75
 * normaliseRating(4, 'cost'); // 0.25
 * normaliseRating(7, 'benefit'); // null
 */
export function normaliseRating(rating: number | null | undefined, direction: CriterionDirection): number | null {
  if (typeof rating !== 'number' || !Number.isFinite(rating) || rating < 1 || rating > 5) return null;
  return direction === 'cost' ? (5 - rating) / 4 : (rating - 1) / 4;
}
