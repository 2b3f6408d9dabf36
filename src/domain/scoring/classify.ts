import type { InitiativeClass } from './initiative-class.vocabulary';
import type { ScoringConfig } from './scoring-config';

export type { InitiativeClass };

/**
 * Classifies an initiative by its effort rating (1..5, possibly a .5 median) and planned duration in days.
 *
 * - transformational: effort >= `transformational.minEffort` OR duration > `transformational.minDurationDays`
 *   (strictly greater). Either fact alone is enough, so this is decided even if the other is unknown.
 * - quick win: effort <= `quickWin.maxEffort` AND duration <= `quickWin.maxDurationDays`.
 * - standard: both known and neither of the above.
 * - unclassified: not transformational and a fact is missing. An effort that is not a finite number
 *   from 1 to 5, or a duration that is not a finite number >= 0, counts as missing.
 *
 * @example
 * classify(2, 60, defaultScoringConfig()); // 'quick-win'
 * classify(3, 181, defaultScoringConfig()); // 'transformational'
 * classify(2, null, defaultScoringConfig()); // 'unclassified'
 */
export function classify(
  effortRating: number | null | undefined,
  plannedDurationDays: number | null | undefined,
  config: Pick<ScoringConfig, 'quickWin' | 'transformational'>,
): InitiativeClass {
  const effort = known(effortRating, 1, 5);
  const days = known(plannedDurationDays, 0, Number.POSITIVE_INFINITY);
  const { quickWin, transformational } = config;
  if (effort !== null && effort >= transformational.minEffort) return 'transformational';
  if (days !== null && days > transformational.minDurationDays) return 'transformational';
  if (effort === null || days === null) return 'unclassified';
  return effort <= quickWin.maxEffort && days <= quickWin.maxDurationDays ? 'quick-win' : 'standard';
}

function known(value: number | null | undefined, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}
