import type { CheckpointVerdict } from '../decision-log/decision.vocabulary';
import type { SuccessCriterion } from './checkpoint';
import { judgeCriterion, type CriterionJudgement } from './judge-criterion';

/** The domain's recommendation for a checkpoint, and why. */
export interface VerdictRecommendation {
  verdict: CheckpointVerdict;
  /** The criterion that decided it, or null when no single one did (go, or no criteria). */
  decidedBy: string | null;
  explanation: string;
  /** Every criterion's evaluation, in the checkpoint's order. */
  judgements: Array<CriterionJudgement & { id: string; priority: SuccessCriterion['priority'] }>;
}

/**
 * The recommended verdict (domain.md section 2): no-go if any "must" criterion failed; hold if any
 * "must" is not yet measured; otherwise go. "Should" criteria never change the verdict; a go says how
 * many of them are met. The first deciding criterion, in the checkpoint's order, is named. Without
 * any criteria the recommendation is hold (there is nothing to judge a go on).
 *
 * @example
 * recommendVerdict([mustMet, mustNotMeasured]); // { verdict: 'hold', decidedBy: mustNotMeasured.id, ... }
 */
export function recommendVerdict(criteria: readonly SuccessCriterion[]): VerdictRecommendation {
  const judgements = criteria.map((c) => ({ id: c.id, priority: c.priority, ...judgeCriterion(c) }));
  const musts = judgements.filter((j) => j.priority === 'must');
  const failed = musts.filter((j) => j.outcome === 'not-met');
  const pending = musts.filter((j) => j.outcome === 'not-yet');
  const others = (n: number, what: string): string => (n > 1 ? ` (and ${n - 1} more ${what})` : '');
  if (failed[0]) {
    const explanation = `No-go: a must criterion failed: ${failed[0].detail}${others(failed.length, 'failed')}.`;
    return { verdict: 'no-go', decidedBy: failed[0].id, explanation, judgements };
  }
  if (pending[0]) {
    const explanation = `Hold: a must criterion is not settled: ${pending[0].detail}${others(pending.length, 'not settled')}.`;
    return { verdict: 'hold', decidedBy: pending[0].id, explanation, judgements };
  }
  if (judgements.length === 0) {
    return { verdict: 'hold', decidedBy: null, explanation: 'Hold: the checkpoint has no criteria yet.', judgements };
  }
  const shoulds = judgements.filter((j) => j.priority === 'should');
  const metShoulds = shoulds.filter((j) => j.outcome === 'met').length;
  const musted =
    musts.length === 0
      ? 'there are no must criteria'
      : musts.length === 1
        ? 'the must criterion is met'
        : `all ${musts.length} must criteria are met`;
  const should = shoulds.length === 0 ? '' : `; ${metShoulds} of ${shoulds.length} should criteria met`;
  return { verdict: 'go', decidedBy: null, explanation: `Go: ${musted}${should}.`, judgements };
}
