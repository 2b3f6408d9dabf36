import { VERDICTS, type CheckpointVerdict } from '../decision-log/decision.vocabulary';
import type { Result } from '../result';
import { checkText } from '../shared/check-text';
import { createFieldErrors } from '../shared/field-errors';
import type { CheckpointDecision, CheckpointDecisionDraft } from './checkpoint-decision';

const RATIONALE = { max: 4000, required: true };
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0 && v.length <= 200;

/**
 * Checks a checkpoint decision against the domain's recommendation: a verdict of go, no-go or hold,
 * a rationale with visible text (at most 4000 characters), a checkpoint and a decider. The answer
 * marks an override (the verdict differs from the recommendation); it then waits for a second CSI
 * admin's confirmation ({@link confirmOverride}).
 *
 * @example
 * validateCheckpointDecision({ checkpointId: 'cp-1', verdict: 'go', rationale: 'Met', deciderId: 'a1' }, 'hold', '2026-12-02T10:00:00Z');
 * // { ok: true, value: { ..., recommended: 'hold', override: true, decidedAt: '2026-12-02T10:00:00Z' } }
 */
export function validateCheckpointDecision(
  draft: CheckpointDecisionDraft,
  recommended: CheckpointVerdict,
  decidedAt: string,
): Result<CheckpointDecision> {
  const errors = createFieldErrors();
  errors.check(VERDICTS.includes(draft.verdict), 'verdict', 'Choose go, no-go or hold');
  const problem = typeof draft.rationale === 'string' ? checkText(draft.rationale.trim(), RATIONALE) : 'Required';
  if (problem !== null) errors.add('rationale', `Give a rationale: ${problem}`);
  errors.check(filled(draft.checkpointId), 'checkpointId', 'Required');
  errors.check(filled(draft.deciderId), 'deciderId', 'Required');
  const decision = {
    ...draft,
    rationale: draft.rationale?.trim(),
    recommended,
    override: draft.verdict !== recommended,
    decidedAt,
  };
  return errors.result(decision, 'The checkpoint decision is incomplete');
}
