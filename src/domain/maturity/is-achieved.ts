import { ACHIEVED_RATINGS, type Rating } from './maturity.vocabulary';

/**
 * Whether a criterion rated `rating` counts as achieved (domain.md section 5: at L or F). A criterion
 * nobody rated (`null`) is not achieved.
 *
 * @example
 * isAchieved('L'); // true
 * isAchieved(null); // false
 */
export function isAchieved(rating: Rating | null): boolean {
  return rating !== null && ACHIEVED_RATINGS.includes(rating);
}
