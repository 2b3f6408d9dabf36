import type { CriterionDirection } from './scoring-config';

/** The four parts of the value/effort matrix. */
export const QUADRANTS = ['quick-wins', 'big-bets', 'fill-ins', 'money-pits'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Where one initiative sits: value and effort on the 1..5 rating scale, and its quadrant. */
export interface ValueEffort {
  /** Weighted mean of the benefit criteria's ratings, 1..5. */
  value: number;
  /** Weighted mean of the cost criteria's ratings, 1..5 (a higher cost rating is more effort). */
  effort: number;
  quadrant: Quadrant;
}

/** The middle of the 1..5 scale: strictly above it is high value or high effort. */
export const MATRIX_MIDPOINT = 3;

type Line = { direction: CriterionDirection; rating: number | null; weight: number };

/**
 * Places an initiative on the value/effort matrix from its score breakdown (the aggregated rating
 * per criterion): value is the weighted mean of the benefit ratings, effort that of the cost
 * ratings. Quick wins: high value, low effort; big bets: high value, high effort; fill-ins: low
 * value, low effort; money pits: low value, high effort. "High" is strictly above the midpoint 3,
 * so a 3 counts as low. Unrated lines, ratings off the 1..5 scale and weights that are not finite
 * and above 0 are left out; with no benefit or no cost rating left the initiative has no place (null).
 *
 * @example
 * valueEffort([{ direction: 'benefit', rating: 5, weight: 1 }, { direction: 'cost', rating: 2, weight: 1 }]);
 * // { value: 5, effort: 2, quadrant: 'quick-wins' }
 */
export function valueEffort(lines: readonly Line[]): ValueEffort | null {
  const value = weightedMean(lines, 'benefit');
  const effort = weightedMean(lines, 'cost');
  if (value === null || effort === null) return null;
  const highValue = value > MATRIX_MIDPOINT;
  const highEffort = effort > MATRIX_MIDPOINT;
  const quadrant: Quadrant = highValue
    ? highEffort
      ? 'big-bets'
      : 'quick-wins'
    : highEffort
      ? 'money-pits'
      : 'fill-ins';
  return { value, effort, quadrant };
}

function weightedMean(lines: readonly Line[], direction: CriterionDirection): number | null {
  const counted = lines.filter(
    (l) =>
      l.direction === direction &&
      typeof l.rating === 'number' &&
      l.rating >= 1 &&
      l.rating <= 5 &&
      Number.isFinite(l.weight) &&
      l.weight > 0,
  );
  if (counted.length === 0) return null;
  // Weights relative to the largest, so huge weights cannot overflow the sums.
  const top = Math.max(...counted.map((l) => l.weight));
  const total = counted.reduce((s, l) => s + l.weight / top, 0);
  const mean = counted.reduce((s, l) => s + (l.weight / top) * (l.rating as number), 0) / total;
  return Math.round(Math.min(5, Math.max(1, mean)) * 100) / 100;
}
