import type { Result } from '../result';
import { createFieldErrors } from '../shared/field-errors';
import type { CheckpointDecision } from './checkpoint-decision';

/** Who is confirming, as the platform and the app's settings know them. */
export interface OverrideConfirmer {
  accountId: string;
  isCsiAdmin: boolean;
}

/**
 * Confirms an override: only a CSI admin who is not the decider may, and only once. Answers the
 * decision with `confirmedBy` and `confirmedAt` set; any failure changes nothing and is keyed under
 * `confirmedBy`.
 *
 * @example
 * confirmOverride(decision, { accountId: decision.deciderId, isCsiAdmin: true }, now);
 * // fieldErrors: { confirmedBy: ['The decider cannot confirm their own override: another CSI admin must'] }
 */
export function confirmOverride(
  decision: CheckpointDecision,
  confirmer: OverrideConfirmer,
  at: string,
): Result<CheckpointDecision> {
  const errors = createFieldErrors();
  if (!decision.override)
    errors.add('confirmedBy', 'This decision follows the recommendation: it needs no confirmation');
  else if (decision.confirmedBy !== undefined) errors.add('confirmedBy', 'This override is already confirmed');
  else {
    errors.check(confirmer.isCsiAdmin, 'confirmedBy', 'Only a CSI admin can confirm an override');
    const other = confirmer.accountId !== decision.deciderId;
    errors.check(other, 'confirmedBy', 'The decider cannot confirm their own override: another CSI admin must');
  }
  return errors.result(
    { ...decision, confirmedBy: confirmer.accountId, confirmedAt: at },
    'The override cannot be confirmed',
  );
}
