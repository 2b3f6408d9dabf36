import type { LifecycleStage } from './lifecycle-stage.vocabulary';

/**
 * An admin's mapping of lifecycle stages to the Jira workflow's status names (issue 10 item 1). A
 * stage may have several statuses (the first is where the app moves the issue) and several stages
 * may share one ("Done" for done and closed). Names compare exactly, as Jira returns them. A stage
 * without statuses is not shown in Jira; a status without a stage is outside the lifecycle.
 */
export type StageStatusMap = Partial<Record<LifecycleStage, readonly string[]>>;

/**
 * The Jira status the app moves an issue to when it enters `stage`, or null when none is mapped.
 *
 * @example
 * statusForStage({ piloting: ['In Progress', 'Piloting'] }, 'piloting'); // 'In Progress'
 * statusForStage({}, 'paused'); // null
 */
export function statusForStage(map: StageStatusMap, stage: LifecycleStage): string | null {
  return map[stage]?.[0] ?? null;
}
