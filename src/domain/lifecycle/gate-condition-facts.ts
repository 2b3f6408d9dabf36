import type { CheckpointVerdict } from '../decision-log/decision.vocabulary';

/** What the configurable gate conditions look at, for one initiative. */
export interface GateConditionFacts {
  /** `null` when the initiative was never scored. */
  score: { complete: boolean; missingCriteria: readonly string[] } | null;
  mvi: { status: 'passed' | 'failed' | 'missing'; message: string };
  /** Commitments not expired today, by state. */
  commitments: { confirmed: number; requested: number };
  /** Whether the dependency review is done for the services the initiative names now. */
  dependencyReviewDone: boolean;
  /** The latest checkpoint decision in effect, or null when none is. */
  latestCheckpoint: { name: string; verdict: CheckpointVerdict } | null;
}
