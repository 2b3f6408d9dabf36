import type { DependencyReview } from './dependency-review';

/**
 * Whether the dependency review counts for the gate: it was done and covered every service the
 * initiative names now (a service added since reopens it; removing one does not).
 *
 * @example
 * isDependencyReviewCurrent({ reviewedBy: 'a', reviewedAt: '...', services: ['vpn'] }, ['vpn', 'mail']); // false
 */
export function isDependencyReviewCurrent(review: DependencyReview | null, services: readonly string[]): boolean {
  return review !== null && services.every((service) => review.services.includes(service));
}
