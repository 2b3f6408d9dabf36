import type { Commitment, CommitmentState } from './commitment';

/**
 * Where `commitment` stands on `today` (`YYYY-MM-DD`): expired once its last day has passed, else
 * confirmed when the service owner confirmed it, else requested.
 *
 * @example
 * commitmentState({ ...c, end: '2026-11-30' }, '2026-12-02'); // 'expired'
 * commitmentState({ ...c, confirmedBy: 'acc-lead' }, '2026-12-02'); // 'confirmed'
 */
export function commitmentState(commitment: Pick<Commitment, 'end' | 'confirmedBy'>, today: string): CommitmentState {
  if (commitment.end < today) return 'expired';
  return commitment.confirmedBy === undefined ? 'requested' : 'confirmed';
}
