/**
 * A resource commitment (issue 10 item 3): a named person's hours per week for a period, requested
 * by the initiative's owner and confirmed by the owning service's owner. Dates are `YYYY-MM-DD`, both
 * days included; instants are ISO 8601, passed in by the caller.
 *
 * @example
 * const c: Commitment = { id: 'c1', initiativeId: '10001', personId: 'acc-ana', hoursPerWeek: 8,
 *   start: '2026-12-07', end: '2027-01-29', requestedBy: 'acc-owner', requestedAt: '2026-12-02T10:00:00Z' };
 */
export interface Commitment {
  id: string;
  initiativeId: string;
  /** accountId of the person committed. */
  personId: string;
  hoursPerWeek: number;
  start: string;
  end: string;
  /** accountId of the initiative's owner who asked. */
  requestedBy: string;
  requestedAt: string;
  confirmedBy?: string;
  confirmedAt?: string;
}

export { COMMITMENT_STATES, type CommitmentState } from './commitment-state.vocabulary';

/** Hours per week a commitment may take: more than 0, at most a whole week's 168 hours. */
export const COMMITMENT_HOURS = { min: 0, max: 168, minMagnitude: 0.25, nonZero: true } as const;
