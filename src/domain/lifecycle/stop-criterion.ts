import type { LifecycleStage } from './lifecycle-stage.vocabulary';

/**
 * A pause / terminate criterion: "terminate if no KPI gain after `checkpoints` checkpoints",
 * "pause if the score falls below `score`", "pause if committed hours lapse".
 *
 * @example
 * const c: StopCriterion = { id: 'score', kind: 'pause-if-score-below', score: 40 };
 */
export type StopCriterion =
  | { id: string; kind: 'terminate-if-no-kpi-gain'; checkpoints: number }
  | { id: string; kind: 'pause-if-score-below'; score: number }
  | { id: string; kind: 'pause-if-commitment-lapsed' };

/** What the criteria are evaluated over. */
export interface StopFacts {
  stage: LifecycleStage;
  /** `YYYY-MM-DD`. */
  today: string;
  /** `null` when the score is incomplete. */
  score: number | null;
  /** The checkpoint decisions in effect, oldest first, each with whether it showed a KPI gain. */
  checkpoints: ReadonlyArray<{ name: string; kpiGain: boolean }>;
  /** The initiative's confirmed commitments (dates `YYYY-MM-DD`, both days included). */
  confirmedCommitments: ReadonlyArray<{ start: string; end: string }>;
}

/** A criterion that fired, with what it asks the committee to decide and why. */
export interface TriggeredStopCriterion {
  id: string;
  kind: StopCriterion['kind'];
  proposes: 'pause' | 'terminate';
  message: string;
}
