import type { LifecycleStage } from '../../contracts/lifecycle-settings.contract';
import type { StoredWorkflowMap } from './lifecycle-settings.ports';

/**
 * Both directions of the admins' stage ↔ status mapping, for keeping the lifecycle and the Jira
 * workflow in step: the status an app decision moves the issue to, and the stage a Jira status
 * stands for (`undefined` when unmapped).
 *
 * @example
 * workflowStages(map).statusFor('piloting'); // 'In Progress'
 * workflowStages(map).stageFor('Rejected'); // 'rejected'
 */
export function workflowStages(map: Pick<StoredWorkflowMap, 'stages'>) {
  return {
    statusFor: (stage: LifecycleStage): string | undefined => map.stages.find((s) => s.stage === stage)?.status,
    stageFor: (status: string): LifecycleStage | undefined => map.stages.find((s) => s.status === status)?.stage,
  };
}
