import type { CheckpointVerdict } from '../decision-log/decision.vocabulary';
import { err, ok, type Result } from '../result';
import { checkText } from '../shared/check-text';
import { LIFECYCLE_EVENTS, type LifecycleEvent } from './lifecycle-event.vocabulary';
import { LIFECYCLE_LABELS } from './lifecycle-labels';
import type { LifecycleStage } from './lifecycle-stage.vocabulary';
import { LIFECYCLE_TABLE } from './lifecycle-table';

/** What `transition` needs besides the stage and the event; each part only where a rule uses it. */
export interface LifecycleFacts {
  /** The reason recorded with the decision: required to reject, pause, resume, terminate or reopen. */
  reason?: string;
  /** The verdict of the latest decided checkpoint; `null` or absent when none was decided. */
  latestVerdict?: CheckpointVerdict | null;
  /** The stage a paused initiative was paused from (the app records it); `approved` when unknown. */
  pausedFrom?: LifecycleStage;
}

/** Why a move is refused, with a message for the person who tried it. */
export interface LifecycleRefusal {
  code: 'LIFECYCLE_REFUSED' | 'REASON_REQUIRED' | 'CHECKPOINT_NO_GO';
  message: string;
}

const NEEDS_REASON: readonly LifecycleEvent[] = ['rejected', 'paused', 'resumed', 'terminated', 'reopened'];
const DELIVERY: readonly LifecycleStage[] = ['piloting', 'rolling-out'];
const PAUSABLE: readonly LifecycleStage[] = ['approved', 'piloting', 'rolling-out'];
const REASON_RULE = { max: 4000, required: true };

/** The events a stage accepts, in vocabulary order. */
export function acceptedEvents(stage: LifecycleStage): LifecycleEvent[] {
  return LIFECYCLE_EVENTS.filter((event) => LIFECYCLE_TABLE[stage][event] !== undefined);
}

function hintFor(stage: LifecycleStage): string {
  if (stage === 'rejected' || stage === 'terminated') {
    return 'Reopen it in the CSI panel first (a recorded decision with a reason).';
  }
  if (stage === 'paused') return 'Resume it in the CSI panel first (a recorded decision with a reason).';
  if (stage === 'closed') return 'Nothing more happens to a closed initiative; propose a new one instead.';
  return `From here you can ${acceptedEvents(stage)
    .map((event) => LIFECYCLE_LABELS.event[event])
    .join(', ')}.`;
}

/**
 * The lifecycle state machine: where `event` takes an initiative in `stage`, or why it may not.
 * The moves are {@link LIFECYCLE_TABLE}; on top of it, rejecting, pausing, resuming, terminating and
 * reopening need a reason with visible text, and nothing enters piloting or rolling out while the
 * latest checkpoint is no-go. A resume returns to `facts.pausedFrom` (`approved` when that is unknown
 * or not a stage one can pause from). Nothing leaves `rejected` or `terminated` except a reopen, so a
 * rejected or terminated initiative reaches delivery only through a recorded decision. Total and pure.
 *
 * @example
 * transition('approved', 'pilot-started'); // { ok: true, value: 'piloting' }
 * transition('rejected', 'pilot-started').ok; // false: 'This initiative is rejected: it cannot start the pilot. Reopen it ...'
 * transition('under-review', 'rejected', { reason: ' ' }).ok; // false (REASON_REQUIRED)
 */
export function transition(
  stage: LifecycleStage,
  event: LifecycleEvent,
  facts: LifecycleFacts = {},
): Result<LifecycleStage, LifecycleRefusal> {
  const target = LIFECYCLE_TABLE[stage][event];
  if (target === undefined) {
    return err({
      code: 'LIFECYCLE_REFUSED',
      message: `This initiative is ${LIFECYCLE_LABELS.stage[stage]}: it cannot ${LIFECYCLE_LABELS.event[event]}. ${hintFor(stage)}`,
    });
  }
  if (NEEDS_REASON.includes(event)) {
    const problem = checkText((facts.reason ?? '').trim(), REASON_RULE);
    if (problem !== null) {
      return err({ code: 'REASON_REQUIRED', message: `Give a reason to ${LIFECYCLE_LABELS.event[event]}: ${problem}` });
    }
  }
  const next =
    target === 'stage-before-pause'
      ? facts.pausedFrom && PAUSABLE.includes(facts.pausedFrom)
        ? facts.pausedFrom
        : 'approved'
      : target;
  if (DELIVERY.includes(next) && next !== stage && facts.latestVerdict === 'no-go') {
    return err({
      code: 'CHECKPOINT_NO_GO',
      message: `The latest checkpoint is no-go: record a go or hold at a new checkpoint in the CSI panel before you ${LIFECYCLE_LABELS.event[event]}.`,
    });
  }
  return ok(next);
}
