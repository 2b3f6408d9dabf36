import type { Rating } from './maturity.vocabulary';

/**
 * The lowest share (in %) of each rating above N (domain.md section 5: N 0-15, P 15-50, L 50-85,
 * F 85-100). A share on an edge takes the higher rating: the bands are read as [0, 15), [15, 50),
 * [50, 85) and [85, 100].
 */
export const RATING_BANDS = { P: 15, L: 50, F: 85 } as const;

/**
 * The rating a share of a criterion's evidence (0-100 %) stands for: F at 85 or more, L at 50 or more,
 * P at 15 or more, otherwise N. Total: above 100 is F; below 0 and NaN are N.
 *
 * @example
 * ratingForPct(14.9); // 'N'
 * ratingForPct(50); // 'L'
 */
export function ratingForPct(pct: number): Rating {
  if (pct >= RATING_BANDS.F) return 'F';
  if (pct >= RATING_BANDS.L) return 'L';
  if (pct >= RATING_BANDS.P) return 'P';
  return 'N';
}
