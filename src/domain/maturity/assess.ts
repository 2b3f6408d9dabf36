import { dimensionLevel, nextLevelGaps } from './dimension-level';
import { combineRatings } from './lower-rating';
import type { MaturityModel } from './maturity-model';
import { MATURITY_DIMENSIONS, RATINGS, type MaturityDimension, type Rating } from './maturity.vocabulary';
import { organisationLevel } from './organisation-level';

/** What an assessment found: each criterion's rating, each dimension's level and gaps, the organisation's level. */
export interface AssessmentResult {
  /** Every criterion of the model: the lower of its assessors' ratings, or null if nobody rated it. */
  criteria: Record<string, Rating | null>;
  /** Each dimension's level (0-5) and the unachieved criteria of its next level, in model order. */
  dimensions: Record<MaturityDimension, { level: number; gaps: string[] }>;
  /** The lowest dimension level, and the mean of the seven rounded to one decimal. */
  organisation: { level: number; mean: number };
}

/** The ratings the assessors gave one criterion, skipping those who did not rate it. */
function ratingsOf(
  ratingsByAssessor: Readonly<Record<string, Readonly<Record<string, Rating>>>>,
  id: string,
): Rating[] {
  return Object.values(ratingsByAssessor).flatMap((ratings) => {
    const rating: unknown = Object.hasOwn(ratings, id) ? ratings[id] : undefined;
    return (RATINGS as readonly unknown[]).includes(rating) ? [rating as Rating] : [];
  });
}

/**
 * The result of an assessment (domain.md section 5) from every assessor's ratings
 * (`ratingsByAssessor[accountId][criterionId]`): per criterion of `model` the lower rating stands
 * (`combineRatings`; an assessor who did not rate a criterion is left out of it, and with no rating
 * at all it is null, so not achieved); per dimension the level (`dimensionLevel`) and the gaps of the
 * next level (`nextLevelGaps`); for the organisation the lowest level and the mean
 * (`organisationLevel`). Ratings of criteria the model does not have are ignored; a dimension the
 * model lacks is at level 0 without gaps. Partial and empty assessments give a result too.
 *
 * @example
 * assessmentResult(model, { alice: { 'gov-1-owner': 'F' }, bob: { 'gov-1-owner': 'P' } }).criteria['gov-1-owner']; // 'P'
 */
export function assessmentResult(
  model: MaturityModel,
  ratingsByAssessor: Readonly<Record<string, Readonly<Record<string, Rating>>>>,
): AssessmentResult {
  const ids = model.dimensions.flatMap((d) => d.levels.flatMap((l) => l.criteria.map((c) => c.id)));
  const criteria: Record<string, Rating | null> = Object.fromEntries(
    ids.map((id) => [id, combineRatings(ratingsOf(ratingsByAssessor, id))]),
  );
  const ratingOf = (id: string): Rating | null => (Object.hasOwn(criteria, id) ? (criteria[id] ?? null) : null);
  const dimensions = Object.fromEntries(
    MATURITY_DIMENSIONS.map((dimension) => {
      const levels = model.dimensions.find((d) => d.dimension === dimension)?.levels ?? [];
      return [dimension, { level: dimensionLevel(levels, ratingOf), gaps: nextLevelGaps(levels, ratingOf) }];
    }),
  ) as Record<MaturityDimension, { level: number; gaps: string[] }>;
  const levels = Object.fromEntries(MATURITY_DIMENSIONS.map((d) => [d, dimensions[d].level]));
  return { criteria, dimensions, organisation: organisationLevel(levels as Record<MaturityDimension, number>) };
}
