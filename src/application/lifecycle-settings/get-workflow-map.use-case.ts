import type { WorkflowMapData } from '../../contracts/lifecycle-settings.contract';
import { err, ok, type Result } from '../../domain/result';
import type { LifecycleSettingsPorts, StoredWorkflowMap } from './lifecycle-settings.ports';

/**
 * The saved workflow mapping with the statuses of a project's workflow to choose from: of
 * `projectKey` when the admin picks one, else of the project the mapping was saved for.
 */
export async function getWorkflowMap(
  ports: Pick<LifecycleSettingsPorts, 'workflowMap' | 'projectStatuses'>,
  projectKey?: string,
  known?: StoredWorkflowMap,
): Promise<Result<WorkflowMapData>> {
  const map = known ?? (await ports.workflowMap());
  const project = projectKey ?? map.projectKey;
  const statuses = project === null ? [] : await ports.projectStatuses(project);
  if (statuses === undefined) return unknownProject(project ?? '');
  return ok({ ...map, projectKey: project, statuses });
}

/** No such project, or one the admin cannot browse (Jira answers both alike). */
export function unknownProject(projectKey: string): Result<never> {
  const message = `There is no project ${projectKey}, or you cannot browse it.`;
  return err({ code: 'INVALID_INPUT', message, fieldErrors: { workflowProject: [message] } });
}
