import type { LifecycleStage } from './lifecycle-stage.vocabulary';

/**
 * An admin's mapping of lifecycle stages to the Jira workflow's status names (issue 10 item 1), as
 * pairs in the order the admin saved them (the shape of the lifecycle settings' `stages`). A stage
 * may have several statuses (the first is where the app moves the issue) and several stages may
 * share one ("Done" for done and closed). Names compare exactly, as Jira returns them. A stage
 * without a status is not shown in Jira; a status without a stage is outside the lifecycle.
 */
export type StageStatusMap = ReadonlyArray<{ stage: LifecycleStage; status: string }>;

/**
 * The Jira status the app moves an issue to when it enters `stage`, or null when none is mapped.
 *
 * @example
 * statusForStage([{ stage: 'piloting', status: 'In Progress' }, { stage: 'piloting', status: 'Piloting' }], 'piloting'); // 'In Progress'
 * statusForStage([], 'paused'); // null
 */
export function statusForStage(map: StageStatusMap, stage: LifecycleStage): string | null {
  return map.find((pair) => pair.stage === stage)?.status ?? null;
}
