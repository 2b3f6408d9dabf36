import type { PilotView } from '../../contracts/pilot-view';
import { isDependencyReviewCurrent } from '../../domain/dependencies/is-dependency-review-current';
import type { PilotRecord } from './pilot-record';

/** The panel's part about affected services: which, and whether their review is done and current. */
export function dependenciesPart(pilot: PilotRecord | undefined): PilotView['dependencies'] {
  const services = pilot?.services ?? [];
  return { services, reviewDone: isDependencyReviewCurrent(pilot?.dependencyReview ?? null, services) };
}
