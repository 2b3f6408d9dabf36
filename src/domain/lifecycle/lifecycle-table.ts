import type { LifecycleEvent } from './lifecycle-event.vocabulary';
import type { LifecycleStage } from './lifecycle-stage.vocabulary';

/** Where an event leads: a stage, or back to the stage the initiative was paused from. */
export type LifecycleTarget = LifecycleStage | 'stage-before-pause';

/**
 * The lifecycle's moves: for each stage, the events it accepts and where they lead; an event not
 * listed is refused from that stage. `transition` adds the rules that depend on facts (a reason, the
 * latest checkpoint's verdict). A checkpoint no-go sends a pilot or rollout back to `approved` (its
 * rollback procedure becomes tracked work); starting again needs a later checkpoint that is not no-go.
 *
 * @example
 * LIFECYCLE_TABLE.approved['pilot-started']; // 'piloting'
 */
export const LIFECYCLE_TABLE: Record<LifecycleStage, Partial<Record<LifecycleEvent, LifecycleTarget>>> = {
  proposed: { submitted: 'under-review', rejected: 'rejected' },
  'under-review': { approved: 'approved', rejected: 'rejected' },
  approved: {
    'pilot-started': 'piloting',
    'checkpoint-go': 'approved',
    'checkpoint-no-go': 'approved',
    'checkpoint-hold': 'approved',
    paused: 'paused',
    terminated: 'terminated',
  },
  piloting: {
    'checkpoint-go': 'piloting',
    'checkpoint-no-go': 'approved',
    'checkpoint-hold': 'piloting',
    'rollout-started': 'rolling-out',
    paused: 'paused',
    terminated: 'terminated',
  },
  'rolling-out': {
    'checkpoint-go': 'rolling-out',
    'checkpoint-no-go': 'approved',
    'checkpoint-hold': 'rolling-out',
    delivered: 'done',
    paused: 'paused',
    terminated: 'terminated',
  },
  done: { 'pir-started': 'post-review', closed: 'closed' },
  'post-review': { closed: 'closed' },
  closed: {},
  rejected: { reopened: 'under-review' },
  paused: { resumed: 'stage-before-pause', terminated: 'terminated' },
  terminated: { reopened: 'under-review' },
};
