import { computeScore, type Ratings, type ScoreResult } from './compute-score';
import type { Criterion } from './scoring-config';

/**
 * Scores many initiatives with the same criteria, for example after a configuration change. Each
 * initiative's result is exactly `computeScore(criteria, its ratings)`: scores are absolute, so no
 * initiative's score depends on the others in the batch. Order is kept.
 *
 * @example
 * scorePortfolio(criteria, [{ id: 'CSI-1', ratings: { effort: 1 } }]); // [{ id: 'CSI-1', result: { score: 100, ... } }]
 */
export function scorePortfolio<Id>(
  criteria: readonly Criterion[],
  initiatives: ReadonlyArray<{ id: Id; ratings: Ratings }>,
): Array<{ id: Id; result: ScoreResult }> {
  return initiatives.map(({ id, ratings }) => ({ id, result: computeScore(criteria, ratings) }));
}
