import { verdictOfWord, type CheckpointVerdict } from '../../domain/decision-log/decision.vocabulary';
import type { LifecycleEvent } from '../../domain/lifecycle/lifecycle-event.vocabulary';
import { verdictOfEvent } from '../../domain/lifecycle/verdict-events';
import type { LifecycleStage } from '../../domain/lifecycle/lifecycle-stage.vocabulary';
import { statusForStage, type StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { stagesForStatus } from '../../domain/lifecycle/stages-for-status';
import { transition, type LifecycleRefusal } from '../../domain/lifecycle/transition';
import { ok, type Result } from '../../domain/result';
import type { InitiativeRecord, LifecycleRecord } from '../initiative-record';

export type { LifecycleRecord } from '../initiative-record';
export type { LifecycleRefusal } from '../../domain/lifecycle/transition';

/** The stage a Jira status category stands for when no admin mapped the status (see {@link lifecycleOf}). */
const BY_CATEGORY: Record<string, LifecycleStage> = {
  new: 'under-review',
  indeterminate: 'piloting',
  done: 'done',
};

/** The verdict in the record's `latestCheckpoint` copy ("Week 4: NO-GO"), or null. */
function verdictOfCopy(copy: string | null): CheckpointVerdict | null {
  if (copy === null) return null;
  const word = copy.slice(copy.lastIndexOf(':') + 1).trim();
  return verdictOfWord(word);
}

/** The stage the issue's Jira status stands for: the admins' mapping first, else its status category. */
function stageOfStatus(record: Pick<InitiativeRecord, 'status' | 'statusCategory'>, stages: StageStatusMap) {
  return stagesForStatus(stages, record.status)[0] ?? BY_CATEGORY[record.statusCategory] ?? 'under-review';
}

/**
 * Where an initiative stands in its lifecycle (issue 10 item 1). A record written since the
 * lifecycle exists carries it (`record.lifecycle`, the source of truth). An older record gets it
 * derived, explicitly and in this order:
 * 1. a recorded rejection → `rejected`;
 * 2. else the latest pause / resume / terminate decision in its recent decisions: a pause →
 *    `paused` (from the stage its Jira status stands for), a termination → `terminated`; a resume
 *    falls through to the status;
 * 3. else the stage its Jira status is mapped to in `stages` (the admins' workflow mapping);
 * 4. else by the status category: `new` → `under-review`, `indeterminate` → `piloting`,
 *    `done` → `done` (and an unknown category → `under-review`).
 * `latestVerdict` comes from the record's latest checkpoint copy ("Week 4: NO-GO"); `since` is the
 * decision's time, or when the issue last changed in Jira (the epoch when unknown); `jiraStatus`
 * is the status the stage is mapped to, if any.
 *
 * @example
 * lifecycleOf({ ...record, lifecycle: undefined, rejection: null, status: 'In Progress', statusCategory: 'indeterminate' }, []);
 * // { stage: 'piloting', since: '...', latestVerdict: null }
 */
export function lifecycleOf(
  record: Pick<
    InitiativeRecord,
    'lifecycle' | 'rejection' | 'decisions' | 'status' | 'statusCategory' | 'latestCheckpoint' | 'factsVersion'
  >,
  stages: StageStatusMap = [],
): LifecycleRecord {
  if (record.lifecycle) return record.lifecycle;
  const latestVerdict = verdictOfCopy(record.latestCheckpoint);
  const shown = (stage: LifecycleStage) => statusForStage(stages, stage) ?? undefined;
  const derived = (stage: LifecycleStage, since: string, pausedFrom?: LifecycleStage): LifecycleRecord => {
    const jiraStatus = shown(stage);
    return {
      stage,
      since,
      latestVerdict,
      ...(pausedFrom ? { pausedFrom } : {}),
      ...(jiraStatus ? { jiraStatus } : {}),
    };
  };
  if (record.rejection) return derived('rejected', record.rejection.at);
  const fromStatus = stageOfStatus(record, stages);
  const decision = record.decisions.find((d) => ['pause', 'resume', 'terminate'].includes(d.type));
  if (decision?.type === 'pause') return derived('paused', decision.at, fromStatus);
  if (decision?.type === 'terminate') return derived('terminated', decision.at);
  return derived(fromStatus, new Date(record.factsVersion?.updated ?? 0).toISOString());
}

/** What a lifecycle move needs besides the record and the event. */
export interface MoveOptions {
  /** The reason recorded with the decision (rejecting, pausing, resuming, terminating, reopening). */
  reason?: string;
  /** When the move happens (ISO). */
  at: string;
  /** The admins' stage → status mapping (`deps.workflow.stages()`). */
  stages: StageStatusMap;
}

/**
 * Applies a lifecycle event to an initiative: the domain's `transition` decides the next stage or
 * refuses (nothing changes then). A checkpoint event sets `latestVerdict`; a pause remembers the
 * stage it paused (`pausedFrom`, which a resume returns to); `since` moves only when the stage does.
 * `jiraStatus` becomes the status the new stage is mapped to: the projection moves the Jira issue
 * there. A stage without a mapped status leaves Jira's status where it is (`jiraStatus` absent).
 * Pure: the caller writes the record (in the transaction of the decision it records).
 *
 * @example
 * moveLifecycle(record, 'rejected', { reason: 'Duplicate of CSI-3', at, stages });
 * // ok({ ...record, lifecycle: { stage: 'rejected', since: at, latestVerdict: null, jiraStatus: 'Rejected' } })
 */
export function moveLifecycle(
  record: InitiativeRecord,
  event: LifecycleEvent,
  { reason, at, stages }: MoveOptions,
): Result<InitiativeRecord, LifecycleRefusal> {
  const state = lifecycleOf(record, stages);
  const moved = transition(state.stage, event, {
    ...(reason !== undefined ? { reason } : {}),
    latestVerdict: state.latestVerdict,
    ...(state.pausedFrom ? { pausedFrom: state.pausedFrom } : {}),
  });
  if (!moved.ok) return moved;
  const stage = moved.value;
  const jiraStatus = statusForStage(stages, stage);
  const lifecycle: LifecycleRecord = {
    stage,
    since: stage === state.stage ? state.since : at,
    latestVerdict: verdictOfEvent(event) ?? state.latestVerdict,
    ...(stage === 'paused' ? { pausedFrom: state.stage } : {}),
    ...(jiraStatus !== null ? { jiraStatus } : {}),
  };
  return ok({ ...record, lifecycle });
}
