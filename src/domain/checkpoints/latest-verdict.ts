import type { CheckpointVerdict } from '../decision-log/decision.vocabulary';
import type { CheckpointDecision } from './checkpoint-decision';

/**
 * The verdict that counts for the lifecycle and the gate: the latest decision in effect, by
 * `decidedAt` (ties: the later in the list). An override awaiting its confirmation is not in effect
 * yet, so it neither opens nor closes anything. `null` when no decision is in effect.
 *
 * @example
 * latestVerdict([{ verdict: 'go', decidedAt: '2026-01-05T09:00:00Z', override: false, ... }]); // 'go'
 */
export function latestVerdict(
  decisions: ReadonlyArray<Pick<CheckpointDecision, 'verdict' | 'decidedAt' | 'override' | 'confirmedBy'>>,
): CheckpointVerdict | null {
  let latest: (typeof decisions)[number] | null = null;
  for (const decision of decisions) {
    if (decision.override && decision.confirmedBy === undefined) continue;
    if (latest === null || decision.decidedAt >= latest.decidedAt) latest = decision;
  }
  return latest?.verdict ?? null;
}
