import { isCalendarDate } from '../shared/is-calendar-date';
import type { Result } from '../result';
import { createFieldErrors } from '../shared/field-errors';
import { inRange, rangeMessage } from '../shared/number-range';
import { COMMITMENT_HOURS, type Commitment } from './commitment';

const accountId = (v: unknown): boolean => typeof v === 'string' && /^[\w:-]{1,128}$/.test(v);

/**
 * Checks a requested commitment: a person and a requester (account ids), more than 0 and at most
 * 168 hours per week, real start and end dates with the end after the start. A new request carries
 * no confirmation. Every failure is reported at once, keyed by field.
 *
 * @example
 * validateCommitment({ ...c, hoursPerWeek: 0 }); // fieldErrors: { hoursPerWeek: ['Enter a number from 0 to 168, not 0 ...'] }
 * validateCommitment({ ...c, start: '2026-12-07', end: '2026-12-01' }); // fieldErrors: { end: ['The period must end after it starts'] }
 */
export function validateCommitment(commitment: Commitment): Result<Commitment> {
  const errors = createFieldErrors();
  errors.check(accountId(commitment.personId), 'personId', 'Choose a person');
  errors.check(accountId(commitment.requestedBy), 'requestedBy', 'Not an account id');
  errors.check(inRange(commitment.hoursPerWeek, COMMITMENT_HOURS), 'hoursPerWeek', rangeMessage(COMMITMENT_HOURS));
  const start = errors.check(isCalendarDate(commitment.start), 'start', 'Use a real date like 2026-01-31');
  const end = errors.check(isCalendarDate(commitment.end), 'end', 'Use a real date like 2026-01-31');
  if (start && end) errors.check(commitment.end > commitment.start, 'end', 'The period must end after it starts');
  const unconfirmed = commitment.confirmedBy === undefined && commitment.confirmedAt === undefined;
  errors.check(unconfirmed, 'confirmedBy', 'A new commitment is confirmed later, by the service owner');
  return errors.result(commitment, 'The commitment is incomplete');
}
