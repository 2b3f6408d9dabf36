import { RATINGS, type Rating } from './maturity.vocabulary';

/**
 * The rating a criterion takes when several assessors rated it (domain.md section 5): the lower rating
 * stands, in the order N < P < L < F. Null when nobody rated it.
 *
 * @example
 * combineRatings(['F', 'L', 'F']); // 'L'
 * combineRatings([]); // null
 */
export function combineRatings(ratings: readonly Rating[]): Rating | null {
  let lowest: number | null = null;
  for (const rating of ratings) {
    const rank = RATINGS.indexOf(rating);
    if (lowest === null || rank < lowest) lowest = rank;
  }
  return lowest === null ? null : (RATINGS[lowest] ?? null);
}
