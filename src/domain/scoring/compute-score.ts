import { roundTo } from '../shared/round-to';
import { normaliseRating } from './normalise-rating';
import type { Criterion, CriterionDirection } from './scoring-config';

/** Ratings by criterion key; `undefined` or `null` means "not rated yet". */
export type Ratings = Readonly<Record<string, number | null | undefined>>;

/** One criterion's part of a score. */
export interface ScoreLine {
  key: string;
  name: string;
  direction: CriterionDirection;
  /** The rating used (1..5, possibly .5 for a median), or null when not rated. */
  rating: number | null;
  weight: number;
  /** 0..1, 1 being best, or null when not rated. */
  normalised: number | null;
  /** Points this criterion adds to the score (one decimal), or null when not rated. */
  contribution: number | null;
}

/** A score with its breakdown. `score` is null when no weighted criterion is rated. */
export interface ScoreResult {
  score: number | null;
  complete: boolean;
  /** Keys of criteria with a weight above 0 that have no valid rating, in configuration order. */
  missing: string[];
  breakdown: ScoreLine[];
}

/**
 * Score = `100 * sum(w_i * n_i) / sum(w_i)`, rounded to one decimal, in 0..100.
 *
 * Incomplete scores: the sums run over the criteria that are rated; `complete` is false and `missing`
 * lists every unrated criterion with a weight above 0 (a weight-0 criterion cannot change the score,
 * so it is never required). With nothing rated, or only weight-0 criteria rated, `score` is null.
 * A rating that is not a finite number from 1 to 5 counts as not rated (validate rater input with
 * `validateRatings`); a weight that is not finite and >= 0 counts as 0. Never NaN, never throws, for
 * any finite weights (the sums are scaled, so 1e308 or 5e-324 give the score their ratios give;
 * configurations keep weights to `INPUT_RANGES.weight`).
 *
 * The sums run in key order, so the result does not depend on the order of `criteria`. The score is
 * absolute: it depends on this initiative's ratings and the criteria only.
 *
 * @example
 * computeScore(defaultScoringConfig().criteria,
 *   { 'business-impact': 5, 'strategic-alignment': 4, effort: 2, risk: 1 }).score; // 87.5
 */
export function computeScore(criteria: readonly Criterion[], ratings: Ratings): ScoreResult {
  const lines = criteria.map((criterion) => unweightedLine(criterion, ratings));
  const counted = lines.filter((l) => l.normalised !== null && l.weight > 0).sort(byKey);
  const scale = powerOfTwoScale(counted.map((l) => l.weight));
  const totalWeight = sum(counted.map((l) => l.weight / scale));
  const weighted = sum(counted.map((l) => (l.weight / scale) * (l.normalised ?? 0)));
  const score = totalWeight > 0 ? roundTo((100 * weighted) / totalWeight, 1) : null;
  const missing = lines.filter((l) => l.normalised === null && l.weight > 0).map((l) => l.key);
  const breakdown = lines.map((l) => ({
    ...l,
    contribution: l.normalised === null ? null : contributionOf((l.weight / scale) * l.normalised, totalWeight),
  }));
  return { score, complete: score !== null && missing.length === 0, missing, breakdown };
}

function unweightedLine(criterion: Criterion, ratings: Ratings): Omit<ScoreLine, 'contribution'> {
  const raw = Object.hasOwn(ratings, criterion.key) ? ratings[criterion.key] : undefined;
  const normalised = normaliseRating(raw, criterion.direction);
  const weight = Number.isFinite(criterion.weight) && criterion.weight > 0 ? criterion.weight : 0;
  return {
    key: criterion.key,
    name: criterion.name,
    direction: criterion.direction,
    rating: normalised === null ? null : (raw as number),
    weight,
    normalised,
  };
}

/**
 * The power of two at or below the largest weight. Only ratios of weights matter, and dividing by a
 * power of two is exact, so the sums run on weights from 0 to 2 whatever their size: 20 weights of
 * 1e308 no longer overflow to Infinity (a NaN score), and a lone weight of 5e-324 no longer
 * underflows to 0 when multiplied by a rating. Ordinary weights give bit-for-bit the same score.
 */
function powerOfTwoScale(weights: readonly number[]): number {
  const largest = Math.max(0, ...weights);
  // log2 of the largest doubles rounds up to 1024, and 2 ** 1024 is Infinity.
  return largest > 0 ? 2 ** Math.min(1023, Math.floor(Math.log2(largest))) : 1;
}

const contributionOf = (weighted: number, totalWeight: number): number =>
  totalWeight > 0 ? roundTo((100 * weighted) / totalWeight, 1) : 0;

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);
