import type { GateCondition } from './gate-condition.vocabulary';
import type { GateConditionFacts } from './gate-condition-facts';

/**
 * What is missing for one gate condition and where to do it, or null when the condition holds.
 *
 * @example
 * missingGateCondition('dependency-review-done', { ...facts, dependencyReviewDone: false });
 * // 'mark the dependency review done in the CSI panel (Dependencies)'
 */
export function missingGateCondition(condition: GateCondition, facts: GateConditionFacts): string | null {
  switch (condition) {
    case 'score-complete':
      if (facts.score === null) return 'rate it in the CSI panel (it has no CSI score yet)';
      if (facts.score.complete) return null;
      return `rate ${facts.score.missingCriteria.join(', ') || 'every criterion'} in the CSI panel`;
    case 'mvi-passed':
      if (facts.mvi.status === 'passed') return null;
      return facts.mvi.status === 'missing'
        ? 'set a target KPI with baseline and expected value in the CSI panel'
        : `the expected improvement does not pass the MVI check (${facts.mvi.message}); change the target in the CSI panel`;
    case 'commitment-confirmed': {
      const { confirmed, requested } = facts.commitments;
      if (confirmed > 0) return null;
      if (requested === 0)
        return 'request a resource commitment in the CSI panel and have the service owner confirm it';
      const what = requested === 1 ? 'the requested commitment' : `one of the ${requested} requested commitments`;
      return `have the service owner confirm ${what} (Commitments in the CSI panel)`;
    }
    case 'dependency-review-done':
      return facts.dependencyReviewDone ? null : 'mark the dependency review done in the CSI panel (Dependencies)';
    case 'latest-checkpoint-go': {
      const latest = facts.latestCheckpoint;
      if (latest?.verdict === 'go') return null;
      return latest === null
        ? 'record a go at a checkpoint in the CSI panel (no checkpoint is decided yet)'
        : `the latest checkpoint "${latest.name}" is ${latest.verdict}: record a go at a checkpoint in the CSI panel`;
    }
  }
}
