import type { CheckpointVerdict } from '../decision-log/decision.vocabulary';
import { APP_DECISION_EVENTS, type LifecycleEvent } from './lifecycle-event.vocabulary';
import { LIFECYCLE_LABELS } from './lifecycle-labels';
import type { LifecycleStage } from './lifecycle-stage.vocabulary';
import type { StageStatusMap } from './stage-status-map';
import { stagesForStatus } from './stages-for-status';
import { acceptedEvents, transition } from './transition';

/** Where the app's lifecycle stands for one initiative. */
export interface AppLifecycleState {
  stage: LifecycleStage;
  latestVerdict: CheckpointVerdict | null;
  pausedFrom?: LifecycleStage;
}

/** Whether a Jira transition may happen; when it may, the stage the app follows to and by which event. */
export type JiraTransitionJudgement =
  { allowed: true; stage: LifecycleStage; event: LifecycleEvent | null } | { allowed: false; message: string };

/** How to take each decision the CSI panel alone records. */
const HOW_TO: Record<(typeof APP_DECISION_EVENTS)[number], string> = {
  rejected: 'Reject it in the CSI panel, which asks for a reason.',
  'checkpoint-go': 'Record the checkpoint decision in the CSI panel, which asks for a rationale.',
  'checkpoint-no-go': 'Record the checkpoint decision in the CSI panel, which asks for a rationale.',
  'checkpoint-hold': 'Record the checkpoint decision in the CSI panel, which asks for a rationale.',
  paused: 'Pause it in the CSI panel, which asks for a reason.',
  resumed: 'Resume it in the CSI panel, which asks for a reason.',
  terminated: 'Terminate it in the CSI panel, which asks for a reason.',
  reopened: 'Reopen it in the CSI panel, which asks for a reason.',
};

/** The event that normally enters each stage (`proposed` is only ever a start). */
const ENTERED_BY: Record<LifecycleStage, LifecycleEvent | null> = {
  proposed: null,
  'under-review': 'submitted',
  approved: 'approved',
  piloting: 'pilot-started',
  'rolling-out': 'rollout-started',
  done: 'delivered',
  'post-review': 'pir-started',
  closed: 'closed',
  rejected: 'rejected',
  paused: 'paused',
  terminated: 'terminated',
};

const isAppDecision = (event: LifecycleEvent): event is keyof typeof HOW_TO =>
  (APP_DECISION_EVENTS as readonly LifecycleEvent[]).includes(event);

/**
 * The workflow validator's lifecycle question: may Jira move an initiative to status `toStatus`
 * given the app's state? Allowed when the status is outside the lifecycle, when it already matches
 * the app's stage (the app moving Jira after its own decision), or when an event Jira may cause
 * (submit, approve, start, deliver, review, close) leads there; then the app follows. Refused, with
 * how to do it properly, when the move means a decision only the CSI panel records (rejecting needs
 * a reason) or contradicts the lifecycle (starting a terminated initiative, or one whose latest
 * checkpoint is no-go).
 *
 * @example
 * judgeJiraTransition('Rejected', { stage: 'under-review', latestVerdict: null }, [{ stage: 'rejected', status: 'Rejected' }]);
 * // { allowed: false, message: 'Moving it to Rejected would reject it, a decision only the CSI panel records. Reject it in the CSI panel, which asks for a reason.' }
 */
export function judgeJiraTransition(
  toStatus: string,
  state: AppLifecycleState,
  map: StageStatusMap,
): JiraTransitionJudgement {
  const targets = stagesForStatus(map, toStatus);
  if (targets.length === 0 || targets.includes(state.stage)) return { allowed: true, stage: state.stage, event: null };
  const facts = { latestVerdict: state.latestVerdict, pausedFrom: state.pausedFrom };
  // The events whose move leads to a target stage, whatever a reason or a verdict would add.
  const leading = acceptedEvents(state.stage).filter((event) => {
    const probe = transition(state.stage, event, { ...facts, reason: 'probe', latestVerdict: null });
    return probe.ok && targets.includes(probe.value);
  });
  for (const event of leading) {
    const result = transition(state.stage, event, facts);
    if (!isAppDecision(event) && result.ok) return { allowed: true, stage: result.value, event };
  }
  const decision = leading.find(isAppDecision);
  if (decision !== undefined) {
    return {
      allowed: false,
      message: `Moving it to ${toStatus} would ${LIFECYCLE_LABELS.event[decision]}, a decision only the CSI panel records. ${HOW_TO[decision]}`,
    };
  }
  for (const event of leading) {
    const result = transition(state.stage, event, facts);
    if (!result.ok) return { allowed: false, message: result.error.message };
  }
  return { allowed: false, message: contradiction(state, targets[0] as LifecycleStage) };
}

function contradiction(state: AppLifecycleState, target: LifecycleStage): string {
  const event = ENTERED_BY[target];
  if (event === null)
    return 'An initiative never returns to proposed; to stop this one, reject or terminate it in the CSI panel.';
  const result = transition(state.stage, event, { reason: 'probe', latestVerdict: state.latestVerdict });
  return result.ok ? `This initiative cannot move to ${LIFECYCLE_LABELS.stage[target]} now.` : result.error.message;
}
