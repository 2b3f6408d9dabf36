import type { ResourcesData } from '../../contracts/commitment.contract';
import { recordDependencyReview } from '../../domain/dependencies/record-dependency-review';
import { err, type DomainError, type Result } from '../../domain/result';
import type { PanelCaller } from '../scoring/panel.ports';
import type { ResourcesDeps } from './commitment.ports';
import { projectKeyOf, resourcesOf } from './commitment-resources.use-case';

/**
 * Marks the dependency review done by the caller, now, over the services the initiative names at
 * this moment (domain `recordDependencyReview`: at least one service). Naming another service later
 * reopens it. A refusal writes nothing; a retried request id has one effect.
 */
export async function markDependencyReviewed(
  deps: ResourcesDeps,
  caller: PanelCaller,
  note: string | undefined,
  requestId?: string,
): Promise<Result<ResourcesData>> {
  const requestKey = requestId ? deps.requests.key(caller.accountId, requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey)))
    return { ok: true, value: await resourcesOf(deps, caller, await deps.pilots.get(caller.issue.id)) };
  const [me, at] = [await deps.identity.currentUser(), deps.clock.now()];
  let refused: DomainError | undefined;
  const issue = { id: caller.issue.id, key: caller.issue.key, projectKey: projectKeyOf(caller.issue.key) };
  const pilot = await deps.footprints.update(
    issue,
    (current) => {
      const review = recordDependencyReview({
        reviewedBy: caller.accountId,
        reviewedAt: at,
        services: current.services,
        ...(note ? { note } : {}),
      });
      refused = review.ok ? undefined : review.error;
      if (!review.ok) return undefined;
      return { ...current, dependencyReview: { ...review.value, reviewerName: me.displayName } };
    },
    { requestKey },
  );
  if (refused) return err(refused);
  return { ok: true, value: await resourcesOf(deps, caller, pilot) };
}
