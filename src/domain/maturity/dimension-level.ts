import { isAchieved } from './is-achieved';
import { CAPABILITY_LEVELS, type Rating } from './maturity.vocabulary';

/** The levels of one dimension as the level rule needs them: each level's number and criterion ids. */
export type LevelCriteria = readonly { level: number; criteria: readonly { id: string }[] }[];

/** How a criterion was rated in the assessment (combined over the assessors), or null if nobody rated it. */
export type RatingOf = (criterionId: string) => Rating | null;

/** Whether every criterion of level `level` is achieved; a level that is missing or empty is not. */
function levelAchieved(levels: LevelCriteria, level: number, ratingOf: RatingOf): boolean {
  const criteria = levels.filter((l) => l.level === level).flatMap((l) => l.criteria);
  return criteria.length > 0 && criteria.every((c) => isAchieved(ratingOf(c.id)));
}

/**
 * A dimension's capability level (domain.md section 5): the highest level L from 1 to 5 such that every
 * criterion of levels 1 to L is achieved (rated L or F); 0 when level 1 is not. An unrated criterion
 * is not achieved, nor is a level that is missing or has no criteria (a validated model has neither),
 * so a fully achieved level never counts above one that is not: passing level 3 above a failing
 * level 2 gives 1.
 *
 * @example
 * dimensionLevel(levels, (id) => (id.startsWith('gov-2') ? 'P' : 'F')); // 1
 */
export function dimensionLevel(levels: LevelCriteria, ratingOf: RatingOf): number {
  let reached = 0;
  for (const level of CAPABILITY_LEVELS) {
    if (!levelAchieved(levels, level, ratingOf)) break;
    reached = level;
  }
  return reached;
}

/**
 * The improvement opportunities of a dimension (domain.md section 5): the ids of the criteria of the
 * next level (`dimensionLevel` + 1) that are not achieved, in model order; empty at level 5, or when
 * the model has no such level.
 *
 * @example
 * nextLevelGaps(levels, (id) => (id === 'gov-2-charter' ? 'P' : id.startsWith('gov-1') ? 'F' : null));
 * // ['gov-2-steering', 'gov-2-charter', 'gov-2-rationale']
 */
export function nextLevelGaps(levels: LevelCriteria, ratingOf: RatingOf): string[] {
  const next = dimensionLevel(levels, ratingOf) + 1;
  return levels
    .filter((l) => l.level === next)
    .flatMap((l) => l.criteria)
    .filter((c) => !isAchieved(ratingOf(c.id)))
    .map((c) => c.id);
}
