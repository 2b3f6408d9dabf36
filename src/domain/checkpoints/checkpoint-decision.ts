import type { CheckpointVerdict } from '../decision-log/decision.vocabulary';

/** What a decider submits for a checkpoint. */
export interface CheckpointDecisionDraft {
  checkpointId: string;
  verdict: CheckpointVerdict;
  rationale: string;
  /** accountId of the decider. */
  deciderId: string;
}

/**
 * A validated checkpoint decision: the draft with the recommendation it was taken against. An
 * override (a verdict other than the recommendation) takes effect only once a second CSI admin, not
 * the decider, confirms it (`confirmedBy`, `confirmedAt`).
 */
export interface CheckpointDecision extends CheckpointDecisionDraft {
  recommended: CheckpointVerdict;
  override: boolean;
  /** ISO 8601 instant, passed in by the caller. */
  decidedAt: string;
  confirmedBy?: string;
  confirmedAt?: string;
}
