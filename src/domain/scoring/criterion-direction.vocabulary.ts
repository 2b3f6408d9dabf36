/**
 * Which way a scoring criterion counts: a `benefit` raises the score, a `cost` lowers it.
 *
 * @example
 * CRITERION_DIRECTIONS; // ['benefit', 'cost']
 */
export const CRITERION_DIRECTIONS = ['benefit', 'cost'] as const;

/** One of {@link CRITERION_DIRECTIONS}. */
export type CriterionDirection = (typeof CRITERION_DIRECTIONS)[number];
