import type { CriterionDirection } from './criterion-direction.vocabulary';

/** Whether a higher rating makes an initiative more (`benefit`) or less (`cost`) attractive. */
export type { CriterionDirection };

/** The descriptions of rating levels 1..5, in order, so every rater scores against the same anchors. */
export type CriterionLevels = readonly [string, string, string, string, string];

/** One admin-configured scoring criterion. */
export interface Criterion {
  /** Stable identifier used in ratings and field paths: `/^[a-z][a-z0-9-]{0,39}$/`. */
  key: string;
  name: string;
  description: string;
  direction: CriterionDirection;
  /** Relative weight: finite and >= 0; only ratios matter. */
  weight: number;
  levels: CriterionLevels;
}

/**
 * The whole scoring configuration. Every change is a new `version`; each score records the version it
 * was computed with.
 *
 * @example
 * const config: ScoringConfig = defaultScoringConfig();
 * config.quickWin.maxEffort; // 2
 */
export interface ScoringConfig {
  version: number;
  criteria: readonly Criterion[];
  /** Quick win: effort <= maxEffort AND planned duration <= maxDurationDays. */
  quickWin: { maxEffort: number; maxDurationDays: number };
  /** Transformational: effort >= minEffort OR planned duration strictly > minDurationDays. */
  transformational: { minEffort: number; minDurationDays: number };
  /** Target share of quick wins among active initiatives, in percent, inclusive. */
  balanceBand: { min: number; max: number };
  /** Default minimum viable improvement, in percent; a KPI may override it. */
  mviThresholdPct: number;
  /** The criterion whose rating is the effort used by classification. */
  effortCriterionKey: string;
  /** Jira issue types that take part (names as the admin chose them). */
  enabledIssueTypes: readonly string[];
}

/** The most criteria a configuration may have. */
export const MAX_CRITERIA = 20;
