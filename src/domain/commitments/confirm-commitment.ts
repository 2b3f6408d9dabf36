import type { Result } from '../result';
import { createFieldErrors } from '../shared/field-errors';
import type { Commitment } from './commitment';
import { commitmentState } from './commitment-state';

/**
 * The owning service's owner confirms a requested commitment. Nobody confirms their own: not the
 * person who requested it, nor the person whose hours it commits; only the service's owner may, and
 * only a commitment still requested (not confirmed, not expired on the day of `at`). Failures are
 * keyed under `confirmedBy` and change nothing.
 *
 * @example
 * confirmCommitment(c, 'acc-lead', 'acc-lead', '2026-12-02T10:00:00Z'); // ok: confirmedBy 'acc-lead'
 * confirmCommitment(c, c.requestedBy, c.requestedBy, now); // fieldErrors.confirmedBy: ['Nobody confirms their own request: ...']
 */
export function confirmCommitment(
  commitment: Commitment,
  confirmerId: string,
  serviceOwnerId: string | null,
  at: string,
): Result<Commitment> {
  const errors = createFieldErrors();
  const state = commitmentState(commitment, at.slice(0, 10));
  if (state !== 'requested')
    errors.add('confirmedBy', `This commitment is ${state}: only a requested one can be confirmed`);
  else if (serviceOwnerId === null) {
    errors.add('confirmedBy', 'The service has no owner: a CSI admin must name one in the services list first');
  } else {
    errors.check(confirmerId === serviceOwnerId, 'confirmedBy', "Only the owning service's owner can confirm it");
    errors.check(
      confirmerId !== commitment.requestedBy,
      'confirmedBy',
      'Nobody confirms their own request: the service owner must be someone other than the requester',
    );
    errors.check(confirmerId !== commitment.personId, 'confirmedBy', 'Nobody confirms their own hours');
  }
  return errors.result(
    { ...commitment, confirmedBy: confirmerId, confirmedAt: at },
    'The commitment cannot be confirmed',
  );
}
