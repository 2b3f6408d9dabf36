import { LIFECYCLE_STAGES, type LifecycleStage } from './lifecycle-stage.vocabulary';
import type { StageStatusMap } from './stage-status-map';

/**
 * The stages an admin mapped to the Jira status `status`, in lifecycle order; empty when the status
 * is outside the lifecycle.
 *
 * @example
 * stagesForStatus([{ stage: 'closed', status: 'Done' }, { stage: 'done', status: 'Done' }], 'Done'); // ['done', 'closed']
 * stagesForStatus([{ stage: 'done', status: 'Done' }], 'Backlog'); // []
 */
export function stagesForStatus(map: StageStatusMap, status: string): LifecycleStage[] {
  return LIFECYCLE_STAGES.filter((stage) => map.some((pair) => pair.stage === stage && pair.status === status));
}
