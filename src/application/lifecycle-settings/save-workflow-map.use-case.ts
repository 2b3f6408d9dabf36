import type { WorkflowMapData } from '../../contracts/lifecycle-settings.contract';
import { err, type Result } from '../../domain/result';
import { getWorkflowMap, unknownProject } from './get-workflow-map.use-case';
import type { LifecycleSettingsPorts, StoredWorkflowMap } from './lifecycle-settings.ports';
import { validateWorkflowMap, type WorkflowMapDraft } from './validate-workflow-map';

const conflict = (): Result<never> =>
  err({ code: 'CONFLICT', message: 'Someone saved the workflow mapping at the same time. Reload and try again.' });

const same = (a: StoredWorkflowMap, b: WorkflowMapDraft) =>
  a.projectKey === b.projectKey && JSON.stringify([a.stages, a.gates]) === JSON.stringify([b.stages, b.gates]);

/**
 * A CSI admin saves the stage → status mapping and the gated transitions, edited from `version`:
 * checked against the statuses Jira lists for the project, written as version + 1 only if nobody
 * saved since (CONFLICT otherwise). With a committed request key, a retry writes nothing and
 * answers the mapping in force.
 */
export async function saveWorkflowMap(
  ports: LifecycleSettingsPorts,
  version: number,
  draft: WorkflowMapDraft,
  requestKey?: string,
): Promise<Result<WorkflowMapData>> {
  if (requestKey && (await ports.requests.seen(requestKey))) return getWorkflowMap(ports);
  const current = await ports.workflowMap();
  if (current.version !== version) return conflict();
  const statuses = await ports.projectStatuses(draft.projectKey);
  if (statuses === undefined) return unknownProject(draft.projectKey);
  const checked = validateWorkflowMap(draft, statuses);
  if (!checked.ok) return checked;
  if (current.version > 0 && same(current, checked.value)) {
    const message = 'Nothing changed: this mapping is the one in force.';
    return err({ code: 'INVALID_INPUT', message, fieldErrors: { stages: [message] } });
  }
  const next: StoredWorkflowMap = {
    ...checked.value,
    version: version + 1,
    changedBy: await ports.currentUser(),
    changedAt: ports.actor.now(),
  };
  if (await ports.saveWorkflowMap(next, requestKey)) return getWorkflowMap(ports, undefined, next);
  // The same request at once with itself: the other call's save is this one's.
  if (requestKey && (await ports.requests.seen(requestKey))) return getWorkflowMap(ports);
  return conflict();
}
