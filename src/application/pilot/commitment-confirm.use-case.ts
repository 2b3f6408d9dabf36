import type { ResourcesData } from '../../contracts/commitment.contract';
import { confirmCommitment } from '../../domain/commitments/confirm-commitment';
import { err, type DomainError, type Result } from '../../domain/result';
import type { PanelCaller } from '../scoring/panel.ports';
import type { ResourcesDeps } from './commitment.ports';
import { projectKeyOf, resourcesOf } from './commitment-resources.use-case';
import { namedActiveServices, toCommitment } from './commitment-view';
import { refreshStoredTriggers } from '../stop-criteria/refresh-stored-triggers';

/**
 * The owner of a service the initiative affects confirms a requested commitment (domain
 * `confirmCommitment`: nobody their own request or their own hours, only while it is requested).
 * The check runs on the pilot as stored in the same attempt that writes it, so two confirmations
 * at once cannot both pass; a refusal writes nothing. A retried request id has one effect. The
 * initiative's stored pause / terminate triggers are judged again afterwards.
 */
export async function confirmResourceCommitment(
  deps: ResourcesDeps,
  caller: PanelCaller,
  commitmentId: string,
  requestId?: string,
): Promise<Result<ResourcesData>> {
  const requestKey = requestId ? deps.requests.key(caller.accountId, requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey)))
    return { ok: true, value: await resourcesOf(deps, caller, await deps.pilots.get(caller.issue.id)) };
  const [catalogue, me] = await Promise.all([deps.catalogue(), deps.identity.currentUser()]);
  const at = deps.clock.now();
  let refused: DomainError | undefined;
  const issue = { id: caller.issue.id, key: caller.issue.key, projectKey: projectKeyOf(caller.issue.key) };
  const pilot = await deps.footprints.update(
    issue,
    (current) => {
      refused = undefined;
      const stored = current.commitments.find((c) => c.id === commitmentId);
      if (!stored) {
        refused = { code: 'NOT_FOUND', message: 'This initiative has no such commitment; reload the tab.' };
        return undefined;
      }
      const owned = namedActiveServices(current, catalogue.services);
      if (owned.length === 0) {
        refused = {
          code: 'INVALID_INPUT',
          message: 'The commitment cannot be confirmed',
          fieldErrors: {
            confirmedBy: ['Name the services this initiative affects first: their owners confirm commitments'],
          },
        };
        return undefined;
      }
      const mine = owned.find((s) => s.ownerAccountId === caller.accountId);
      const owner = mine ? caller.accountId : (owned[0]?.ownerAccountId ?? null);
      const result = confirmCommitment(toCommitment(stored), caller.accountId, owner, at);
      if (!result.ok) {
        refused = result.error;
        return undefined;
      }
      const confirmed = {
        ...stored,
        confirmedBy: caller.accountId,
        confirmedAt: at,
        confirmedByName: me.displayName,
        ...(mine ? { confirmedFor: mine.key } : {}),
      };
      return { ...current, commitments: current.commitments.map((c) => (c.id === stored.id ? confirmed : c)) };
    },
    { requestKey },
  );
  if (refused) return err(refused);
  // A confirmed commitment is what "pause if committed hours lapse" looks at.
  await refreshStoredTriggers(deps.initiatives, pilot, at);
  return { ok: true, value: await resourcesOf(deps, caller, pilot) };
}
