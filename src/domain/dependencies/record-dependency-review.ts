import type { Result } from '../result';
import { checkText } from '../shared/check-text';
import { createFieldErrors } from '../shared/field-errors';
import type { DependencyReview } from './dependency-review';

const accountId = (v: unknown): boolean => typeof v === 'string' && /^[\w:-]{1,128}$/.test(v);
const instant = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && v.includes('T');

/**
 * Marks the dependency review done by a named person at an instant, over the services the
 * initiative names now (at least one: without services there is nothing to review). An optional
 * note has at most 2000 characters.
 *
 * @example
 * recordDependencyReview({ reviewedBy: 'acc-ana', reviewedAt: '2026-12-02T10:00:00Z', services: ['vpn', 'mail'] });
 * // { ok: true, value: { ..., services: ['mail', 'vpn'] } }
 */
export function recordDependencyReview(review: DependencyReview): Result<DependencyReview> {
  const errors = createFieldErrors();
  errors.check(accountId(review.reviewedBy), 'reviewedBy', 'Name the person who reviewed the dependencies');
  errors.check(instant(review.reviewedAt), 'reviewedAt', 'Must be an ISO 8601 instant');
  const services = Array.isArray(review.services) ? review.services : [];
  errors.check(services.length > 0, 'services', 'Name the services the initiative affects before reviewing them');
  if (review.note !== undefined) {
    const problem =
      typeof review.note === 'string' ? checkText(review.note.trim(), { max: 2000, required: false }) : 'Must be text';
    if (problem !== null) errors.add('note', problem);
  }
  return errors.result({ ...review, services: [...new Set(services)].sort() }, 'The dependency review is incomplete');
}
